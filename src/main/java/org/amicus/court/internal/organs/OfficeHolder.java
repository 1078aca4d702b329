package org.amicus.court.internal.organs;

import java.time.LocalDate;

/** A person in an office of an organ from one date until another (null: still in office), from the CRM when personId is set. */
public record OfficeHolder(long id, Organ organ, String office, String personName, Long personId, LocalDate from, LocalDate until,
        String source) {

    public boolean holdsOn(LocalDate day) {
        return !from.isAfter(day) && (until == null || !until.isBefore(day));
    }
}
