package org.amicus.mail;

import java.util.List;

/** Sends mail through the durable queue. Every method returns once the queue has committed the change. */
public interface Outbox {

    /**
     * Queues a send and returns its id. Recipients on the suppression list are recorded as
     * suppressed and never contacted; a repeated address is kept once.
     *
     * @throws org.amicus.platform.RejectedInput for a malformed address, a subject or name with a
     *         line break, or a send without content
     */
    long enqueue(Outgoing outgoing);

    /** A new send with the same content to these recipients, leaving out anyone the first send had. */
    long sendToAdded(long sendId, List<Outgoing.Recipient> recipients);

    /** A new send with the same content to every recipient of the send that failed or bounced. */
    long resendFailed(long sendId);

    SendProgress progress(long sendId);

    /** The time a send to this many recipients takes at the configured rate, to show before sending; null when no rate is set. */
    java.time.Duration estimate(long recipients);

    void pause(long sendId);

    void resume(long sendId);

    /** Stops a send: recipients not yet sent to end as failed ("cancelled"). */
    void cancel(long sendId);
}
