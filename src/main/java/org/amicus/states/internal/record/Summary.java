package org.amicus.states.internal.record;

import java.time.LocalDate;
import java.util.Map;

/** The counts on one date, overall and by UN regional group, and the distance to two-thirds of the UN. */
public record Summary(LocalDate asOf, Counts counts, int unMembers, Map<UnRegionalGroup, Counts> byGroup) {

    /** Two-thirds of the UN membership, rounded up: 129 of 193, the plan's "super-majority". */
    public int twoThirdsTarget() {
        return (int) Math.ceil(unMembers * 2 / 3.0);
    }

    public int distanceToTwoThirds() {
        return Math.max(0, twoThirdsTarget() - counts.statesParties());
    }
}
