package org.amicus.publications.internal.record;

/** A periodical or a series: the Monitor, the Bulletin, a regional newsletter, special brochures. */
public record Publication(long id, String slug, String name, String kind, String frequency, String languages,
        String readership, String source) {
}
