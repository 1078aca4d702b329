package org.amicus.media.internal.story;

import java.time.Instant;
import java.util.Set;

/** What the search index holds of a story: its text, and what the filters select on. */
record IndexedStory(long id, String title, String body, String language, Stance stance, Instant published, Set<Long> sources,
        Set<String> countries, Set<Tag> tags) {
}
