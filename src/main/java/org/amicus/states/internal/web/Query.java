package org.amicus.states.internal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.amicus.platform.RejectedInput;
import org.amicus.states.internal.record.Tracker;

/** The two dates every tracker question takes: asOf (valid time) and knownAt (recording time). */
record Query(LocalDate asOf, Instant knownAt) {

    /** asOf: an ISO date, today when absent. knownAt: an ISO instant, or a date meaning the end of that day (UTC). */
    static Query of(String asOf, String knownAt) {
        return new Query(asOf == null || asOf.isBlank() ? LocalDate.now(ZoneOffset.UTC) : date("asOf", asOf),
                knownAt == null || knownAt.isBlank() ? Tracker.NOW : instant(knownAt));
    }

    boolean current() {
        return knownAt.equals(Tracker.NOW);
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new RejectedInput(field, "param.badDate", value);
        }
    }

    private static Instant instant(String value) {
        String v = value.trim();
        if (v.length() == 10) {
            return date("knownAt", v).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1);
        }
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new RejectedInput("knownAt", "param.badInstant", value);
        }
    }
}
