package org.amicus.states.internal.record;

/** The UN regional groups, as the Assembly of States Parties applies them. */
public enum UnRegionalGroup {
    AFRICAN, ASIA_PACIFIC, EASTERN_EUROPEAN, LATIN_AMERICAN_CARIBBEAN, WESTERN_EUROPEAN_OTHERS
}
