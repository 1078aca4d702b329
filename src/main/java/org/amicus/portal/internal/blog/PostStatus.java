package org.amicus.portal.internal.blog;

/** Where a post stands between its author and the public. */
public enum PostStatus {
    /** Waiting for an editor. */
    SUBMITTED,
    /** Sent back to the author with a note. */
    CHANGES_REQUESTED,
    /** Approved, to appear at its publication time. */
    SCHEDULED,
    /** On the blog. */
    PUBLISHED,
    /** Taken off the blog or refused by an editor. */
    WITHDRAWN;

    /** The author may still change the text. */
    public boolean editableByAuthor() {
        return this == SUBMITTED || this == CHANGES_REQUESTED;
    }
}
