package org.amicus.cooperation.internal.record;

import java.util.List;

/**
 * What a state owes the Court on a date: the Court's findings against it, the visits of persons
 * sought that it did not arrest while obliged to, the recommendations it does not (or only partly)
 * meet, and the warrants outstanding in situations concerning it.
 */
public record StateDeficit(String iso3, List<Finding> findings, List<Travel> missedArrests, int recommendationsNotMet,
        int recommendationsPartly, List<WarrantView> outstandingInSituations) {

    public boolean isEmpty() {
        return findings.isEmpty() && missedArrests.isEmpty() && recommendationsNotMet == 0 && recommendationsPartly == 0
                && outstandingInSituations.isEmpty();
    }
}
