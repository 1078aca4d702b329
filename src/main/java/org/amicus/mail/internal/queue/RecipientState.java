package org.amicus.mail.internal.queue;

/** Where one recipient of a send stands. SENT, BOUNCED, FAILED and SUPPRESSED are final. */
public enum RecipientState {
    QUEUED, SENDING, SENT, DEFERRED, BOUNCED, FAILED, SUPPRESSED;

    public boolean isFinal() {
        return this != QUEUED && this != SENDING && this != DEFERRED;
    }
}
