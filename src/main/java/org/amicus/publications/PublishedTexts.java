package org.amicus.publications;

import java.time.Instant;
import java.util.List;
import java.util.Set;

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

    /** The kinds of record, as the audit trail names them, whose changes change these texts: press items, editions, their articles. */
    Set<String> RECORD_TYPES = Set.of("press", "edition", "article");

    /**
     * The public page a change to a record of {@link #RECORD_TYPES} touches, and its texts as
     * {@link #pressItems()} and {@link #editions()} give them now: none while it is not public, or once removed.
     */
    Touched touched(String recordType, long recordId);

    /** @param path the press item's or the edition's page, as in {@link Text#path()} */
    record Touched(String path, List<Text> texts) {
    }
}
