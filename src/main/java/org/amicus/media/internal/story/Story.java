package org.amicus.media.internal.story;

import java.time.Instant;
import java.util.List;

/** A story with every outlet's appearance of it, its tags and its stance (who set it: RULES, MODEL or STAFF). */
public record Story(long id, String title, String body, String language, Instant published, Instant firstSeen, Stance stance,
        double confidence, String stanceBy, List<Appearance> appearances, List<Tag> tags) {

    public record Appearance(long sourceId, String sourceName, String country, String url, String title, String byline,
            Long journalistId, Instant published) {
    }
}
