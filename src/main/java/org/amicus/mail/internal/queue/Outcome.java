package org.amicus.mail.internal.queue;

import java.time.Instant;

/** What happened to one claimed recipient, written back to the queue in batches. */
public record Outcome(long recipientId, RecipientState state, String reply, Instant nextAttempt) {

    public static Outcome sent(long id, String reply) {
        return new Outcome(id, RecipientState.SENT, reply, null);
    }

    public static Outcome of(long id, RecipientState state, String reply) {
        return new Outcome(id, state, reply, null);
    }

    /** Back in the queue without an attempt counted (the send was paused under the worker). */
    public static Outcome released(long id) {
        return new Outcome(id, RecipientState.QUEUED, null, null);
    }
}
