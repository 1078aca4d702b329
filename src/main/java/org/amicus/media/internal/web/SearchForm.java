package org.amicus.media.internal.web;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.amicus.media.internal.story.Stance;
import org.amicus.media.internal.story.StoryIndex;

/** The search page's parameters, as they come in the query string (so a saved search is that string). */
record SearchForm(String q, Long source, String language, String country, String situation, Stance stance, LocalDate from,
        LocalDate to, Integer page) {

    static final SearchForm EMPTY = new SearchForm(null, null, null, null, null, null, null, null, null);

    StoryIndex.Criteria criteria() {
        return new StoryIndex.Criteria(q, source, language, country, situation, stance,
                from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1));
    }

    int offset(int size) {
        return page == null || page < 1 ? 0 : (page - 1) * size;
    }
}
