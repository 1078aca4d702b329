package org.amicus.publications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.amicus.platform.Language;

/** What the portal shows of publications and press: only published items and public dates. */
public interface PublicationsDigest {

    /** A published press release, statement or media advisory, titled in the reader's language or its source language. */
    record PressNote(long id, String kind, String title, Language shownIn, Instant published) {
    }

    /** A published edition, titled in the reader's language when approved in it. */
    record EditionNote(long id, String publication, String label, String title, Instant published, List<Language> languages) {
    }

    /** A public date of the calendar, next occurrence first. */
    record DateNote(String kind, String title, LocalDate on, LocalDate endsOn, String source) {
    }

    /** The newest published press releases, statements and media advisories (talking points are for members). */
    List<PressNote> latestNews(Language language, int limit);

    List<EditionNote> latestEditions(Language language, int limit);

    List<DateNote> upcomingDates(LocalDate from, int limit);
}
