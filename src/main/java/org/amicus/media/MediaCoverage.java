package org.amicus.media;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** What other modules may read of media monitoring: the stories tagged with some states over a period. */
public interface MediaCoverage {

    /** A story as a campaign page lists it: its first appearance's address and outlet, its stance (PRO, ANTI, NEUTRAL). */
    record CoveredStory(long id, String title, String language, Instant publishedAt, String url, String outlet, String stance) {
    }

    /** The stories found, newest first, and how many there are in all. */
    record Coverage(long total, List<CoveredStory> newest) {
    }

    /**
     * Stories tagged with any of the states (ISO3) and published from {@code from} to {@code to} (both days
     * included, UTC; {@code to} null: until now): the {@code limit} newest and the total.
     */
    Coverage ofStates(Collection<String> iso3s, LocalDate from, LocalDate to, int limit);
}
