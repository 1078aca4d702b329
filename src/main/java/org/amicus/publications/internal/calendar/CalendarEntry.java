package org.amicus.publications.internal.calendar;

import java.time.LocalDate;

/**
 * A day or event the coalition works to. A yearly entry repeats on its month and day; the audience
 * says which feed carries it (PUBLIC, MEMBERS, STAFF); the owner (a staff username, or a name with an
 * e-mail address) is reminded remindDays before. Entries read from another module's record have no
 * id (0) and a {@code ref} naming where they come from ("campaign-target-2026-05"); staff cannot remove them here.
 */
public record CalendarEntry(long id, String kind, String title, LocalDate startsOn, LocalDate endsOn, boolean yearly, String audience,
        String owner, String ownerEmail, Integer remindDays, String source, String ref) {

    /** The entry's identity in feeds and reminders: stable across feeds and nodes. */
    public String uid() {
        return ref != null ? ref : "calendar-event-" + id;
    }

    public boolean stored() {
        return ref == null;
    }

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
