package org.amicus.cooperation.internal.record;

import java.util.List;

import org.amicus.cooperation.Situation;

/** A situation on a date: warrants issued, those outstanding, findings of non-compliance and reported travel. */
public record SituationDeficit(Situation situation, int warrants, List<WarrantView> outstanding, List<Finding> findings,
        List<Travel> travels) {
}
