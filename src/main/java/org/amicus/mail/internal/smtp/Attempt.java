package org.amicus.mail.internal.smtp;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import org.amicus.mail.internal.MailSettings;
import org.amicus.mail.internal.queue.Claimed;
import org.amicus.mail.internal.queue.Outcome;
import org.amicus.mail.internal.queue.RecipientState;

/**
 * What an SMTP failure means for a recipient: a 5xx reply is final (bounced); a 4xx reply or a
 * failed connection is retried later with exponential backoff, until the attempts run out (failed).
 */
final class Attempt {

    private Attempt() {
    }

    /** The relay's reply code, or 0 when the connection itself failed. */
    static int replyCode(IOException e) {
        return e instanceof SmtpConnection.Refused r ? r.code : 0;
    }

    static Outcome failed(Claimed c, int code, String reply, MailSettings.Retry retry) {
        if (code >= 500) {
            return Outcome.of(c.id(), RecipientState.BOUNCED, reply);
        }
        int attempt = c.attempts() + 1;
        if (attempt >= retry.maxAttempts()) {
            return Outcome.of(c.id(), RecipientState.FAILED, reply);
        }
        return new Outcome(c.id(), RecipientState.DEFERRED, reply, Instant.now().plus(backoff(attempt, retry)));
    }

    /** first delay x 2^(attempt-1), at most the maximum delay. */
    static Duration backoff(int attempt, MailSettings.Retry retry) {
        Duration d = retry.firstDelay().multipliedBy(1L << Math.min(attempt - 1, 20));
        return d.compareTo(retry.maxDelay()) > 0 ? retry.maxDelay() : d;
    }

    /** The relay's own reply where it gave one ("550 5.1.1 User unknown"), else what failed. */
    static String describe(IOException e) {
        String text = e instanceof SmtpConnection.Refused ? e.getMessage().replace('\n', ' ')
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
