package org.amicus.lists.internal;

import java.time.Instant;
import java.util.Set;

import org.amicus.platform.Language;

/**
 * One address on one list.
 *
 * @param digestLanguages for a digest, only posts in these languages; empty for every post
 * @param mimeDigest      the digest as MIME (multipart/digest) instead of plain text (RFC 1153)
 * @param token           the subscriber's own secret, in the links to their preferences page
 */
public record Subscription(long id, long listId, String address, String name, Language language, Delivery delivery,
        Set<Language> digestLanguages, boolean mimeDigest, State state, String joinedBy, String token, double bounceScore, Instant changedAt,
        String reason) {

    /** Every message as it is posted, one digest a day, or nothing by mail (the archive on the web). */
    public enum Delivery {
        EACH, DIGEST, WEB
    }

    /** PENDING waits for the double opt-in; DISABLED stopped by bounces; ENDED by the subscriber or staff. */
    public enum State {
        PENDING, ACTIVE, DISABLED, ENDED
    }
}
