package org.amicus.cooperation.internal.record;

/** How far a State Party meets one of the Assembly's recommendations on cooperation. */
public enum AssessmentStatus {
    MET, PARTLY, NOT_MET, UNKNOWN
}
