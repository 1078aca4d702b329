package org.amicus.media;

import java.time.Instant;
import java.util.List;

/**
 * The monitored coverage that cites something the coalition published: for the press office's
 * follow-up of a release (the hook the publications module reads).
 */
public interface PressCoverage {

    /** One outlet's item: where it appeared, its headline and when. */
    record Item(String url, String outlet, String headline, Instant publishedAt) {

        /** The day it appeared, in UTC. */
        public java.time.LocalDate day() {
            return publishedAt == null ? null : java.time.LocalDate.ofInstant(publishedAt, java.time.ZoneOffset.UTC);
        }
    }

    /**
     * Items published from {@code since} whose headline or text contains {@code phrase} (case ignored)
     * or whose text contains {@code url}, newest first, at most {@code limit}.
     */
    List<Item> citing(String phrase, String url, Instant since, int limit);
}
