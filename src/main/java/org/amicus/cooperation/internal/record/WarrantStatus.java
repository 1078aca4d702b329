package org.amicus.cooperation.internal.record;

/**
 * Where a person sought by the Court stands. AT_LARGE: not in the Court's custody; IN_CUSTODY:
 * arrested by a State, not yet surrendered; SURRENDERED: surrendered or transferred to the Court;
 * APPEARED: appeared under a summons; DECEASED: proceedings ended by death; WITHDRAWN: the warrant
 * was withdrawn or vacated.
 */
public enum WarrantStatus {
    AT_LARGE, IN_CUSTODY, SURRENDERED, APPEARED, DECEASED, WITHDRAWN;

    /** The Court still waits for a State to arrest or surrender the person. */
    public boolean outstanding() {
        return this == AT_LARGE || this == IN_CUSTODY;
    }
}
