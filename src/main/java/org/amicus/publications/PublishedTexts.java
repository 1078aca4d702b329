package org.amicus.publications;

import java.time.Instant;
import java.util.List;

import org.amicus.platform.Language;

/** What the portal's search, feeds and sitemap read of publications and press: only what the public may already see. */
public interface PublishedTexts {

    /**
     * A released press item or a published edition in one language.
     *
     * @param kind PRESS_RELEASE, MEDIA_ADVISORY, STATEMENT, TALKING_POINTS or EDITION
     * @param path the public page, without the language parameter
     * @param bodyHtml an edition's articles one after the other
     */
    record Text(String kind, long id, Language language, String title, String bodyHtml, Instant publishedAt, String path) {
    }

    /** Every released press item in each language it is written in, newest first. */
    List<Text> pressItems();

    /** Every published edition in each approved language, newest first. */
    List<Text> editions();
}
