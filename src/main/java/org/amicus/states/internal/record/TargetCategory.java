package org.amicus.states.internal.record;

/** The four kinds of state the 2009 plan targets for ratification. */
public enum TargetCategory {
    MAJOR_MIDDLE_POWER, UNDER_REPRESENTED_REGION, AT_RISK, ON_THE_VERGE
}
