package org.amicus.publications.internal.calendar;

/** A calendar entry as staff type it. */
public record CalendarDraft(String kind, String title, String startsOn, String endsOn, Boolean yearly, String audience, String owner,
        String ownerEmail, Integer remindDays, String source) {
}
