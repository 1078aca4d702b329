package org.amicus.publications.internal.calendar;

import java.time.LocalDate;

/**
 * A day or event the coalition works to. A yearly entry repeats on its month and day; the audience
 * says which feed carries it (PUBLIC, MEMBERS, STAFF); the owner is reminded remindDays before.
 */
public record CalendarEntry(long id, String kind, String title, LocalDate startsOn, LocalDate endsOn, boolean yearly, String audience,
        String owner, String ownerEmail, Integer remindDays, String source) {

    public static final java.util.List<String> KINDS = java.util.List.of("DAY", "ANNIVERSARY", "ASP_SESSION", "ELECTION", "CAMPAIGN_TARGET",
            "OTHER");
    public static final java.util.List<String> AUDIENCES = java.util.List.of("PUBLIC", "MEMBERS", "STAFF");

    /** The first day of the next occurrence on or after {@code day}, or null when a one-off entry is over. */
    public LocalDate nextOn(LocalDate day) {
        if (!yearly) {
            return (endsOn == null ? startsOn : endsOn).isBefore(day) ? null : startsOn;
        }
        LocalDate thisYear = startsOn.withYear(day.getYear());
        return thisYear.isBefore(day) ? startsOn.withYear(day.getYear() + 1) : thisYear;
    }
}
