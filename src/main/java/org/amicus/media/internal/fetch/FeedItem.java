package org.amicus.media.internal.fetch;

import java.time.Instant;

/**
 * One item of a feed or sitemap: plain-text title and text, an absolute link, the byline, the date if
 * given (UTC), and the language its feed or page declares (a lower-case ISO 639 code, null when none).
 */
public record FeedItem(String title, String link, String text, String byline, Instant published, String language) {

    public FeedItem(String title, String link, String text, String byline, Instant published) {
        this(title, link, text, byline, published, null);
    }

    /**
     * The language of a declaration (RSS {@code <language>en-gb}, Atom's {@code xml:lang}, HTML's
     * {@code lang}): its primary subtag in lower case, null when there is none or it is not a code.
     */
    public static String declared(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.trim().split("[-_]", 2)[0].toLowerCase(java.util.Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }
}
