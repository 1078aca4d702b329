package org.amicus.publications.internal.record;

import java.time.Instant;

import org.amicus.platform.Language;

/**
 * An article in one language. A translation keeps the source's revision, title and body it was made
 * from, so that a later change to the source can be shown as a difference.
 */
public record ArticleText(Language language, String title, String bodyHtml, String actionLabel, int sourceRevision,
        String sourceTitle, String sourceBody, Instant updatedAt, String updatedBy) {
}
