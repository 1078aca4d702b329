package org.amicus.portal.internal.cms;

import java.time.Instant;

import org.amicus.platform.Language;

/** A page in one language: the draft being edited and, once published, the text the public reads. */
public record PageText(Language language, String title, String bodyHtml, int revision, Instant publishAt, String publishedTitle,
        String publishedBody, Integer publishedRevision, Instant publishedAt) {

    public boolean isPublished() {
        return publishedRevision != null;
    }

    /** The draft has changes the public does not see yet. */
    public boolean hasUnpublishedChanges() {
        return publishedRevision == null || publishedRevision != revision;
    }

    public boolean isScheduled() {
        return publishAt != null;
    }
}
