package org.amicus.states.internal.documents;

import java.time.Instant;

/** A member expert's comment on a document, visible to staff and members. */
public record ExpertComment(long id, long documentId, String author, String body, Instant createdAt) {
}
