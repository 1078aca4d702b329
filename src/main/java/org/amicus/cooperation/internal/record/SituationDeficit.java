package org.amicus.cooperation.internal.record;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import org.amicus.cooperation.Situation;

/** A situation on a date: warrants issued, those outstanding, findings of non-compliance and reported travel. */
public record SituationDeficit(Situation situation, int warrants, List<WarrantView> outstanding, List<Finding> findings,
        List<Travel> travels) {

    /** One outstanding warrant per person sought (Omar Al Bashir has two), for naming them. */
    public List<WarrantView> personsSought() {
        return outstanding.stream()
            .collect(Collectors.toMap(v -> v.warrant().suspect(), v -> v, (first, second) -> first, LinkedHashMap::new))
            .values().stream().toList();
    }
}
