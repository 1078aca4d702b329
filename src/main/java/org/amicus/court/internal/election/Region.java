package org.amicus.court.internal.election;

/** The UN regional groups, spelled as the states module spells them. */
public enum Region {
    AFRICAN, ASIA_PACIFIC, EASTERN_EUROPEAN, LATIN_AMERICAN_CARIBBEAN, WESTERN_EUROPEAN_OTHERS
}
