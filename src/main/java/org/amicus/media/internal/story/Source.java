package org.amicus.media.internal.story;

import java.time.Instant;

/**
 * A place stories come from: a feed, a news sitemap, or the staff entering items by hand. Health is
 * what the last polls found: the last success, the last error (a message code and its detail), how
 * many polls in a row failed, and how many items arrived in the last seven days.
 */
public record Source(long id, String name, Kind kind, String url, String language, String country, Long outletId,
        int pollMinutes, String etag, String lastModified, Instant nextPollAt, Instant lastSuccessAt, Instant lastErrorAt,
        String lastError, int failures, double itemsPerDay) {

    public enum Kind {
        FEED, SITEMAP, MANUAL,
        /** News alerts forwarded by e-mail to an address of Amicus's (url is mailto:the address). */
        EMAIL
    }

    /** The message code of the last error (what the health column shows), without its detail. */
    public String lastErrorCode() {
        return lastError == null ? null : lastError.split(" ", 2)[0];
    }

    public boolean failing() {
        return failures > 0;
    }
}
