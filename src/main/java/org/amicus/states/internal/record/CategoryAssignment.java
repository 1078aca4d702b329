package org.amicus.states.internal.record;

import java.time.Instant;
import java.time.LocalDate;

/** A state placed in one of the plan's target categories from one date, until another (or still). */
public record CategoryAssignment(long id, String iso3, TargetCategory category, LocalDate validFrom, LocalDate validTo,
        String source, Instant recordedAt, String recordedBy) {

    public boolean validOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || validTo.isAfter(date));
    }
}
