package org.amicus.media;

import java.time.Instant;
import java.util.List;

/** Recent coverage for the public portal: headlines and links of stories outlets published, never the stored text. */
public interface MediaCoverage {

    /** A story as a press review lists it: its headline, the first outlet that carried it and the link there. */
    record Clip(long storyId, String title, String language, Instant published, String outlet, String url) {
    }

    /** The newest stories tagged with the state (ISO3), at most {@code limit}. */
    List<Clip> aboutState(String iso3, int limit);
}
