package org.amicus.mail.internal.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.amicus.mail.internal.MailSettings;
import org.amicus.mail.internal.queue.Claimed;
import org.amicus.mail.internal.queue.RecipientState;
import org.amicus.platform.Language;
import org.junit.jupiter.api.Test;

/** What a relay's reply means for a recipient: 5xx is final, 4xx waits longer each time, then gives up. */
class AttemptTest {

    static final MailSettings.Retry RETRY = new MailSettings.Retry(4, Duration.ofMinutes(1), Duration.ofMinutes(5));

    static Claimed after(int attempts) {
        return new Claimed(7, 1, "a@example.org", null, "example.org", Language.EN, Map.of(), attempts);
    }

    @Test
    void aPermanentReplyBouncesAtOnce() {
        assertThat(Attempt.failed(after(0), 550, "550 5.1.1 User unknown", RETRY).state()).isEqualTo(RecipientState.BOUNCED);
    }

    @Test
    void aTemporaryReplyOrABrokenConnectionIsRetriedWithDoublingDelaysUntilTheAttemptsRunOut() {
        assertThat(Attempt.failed(after(0), 451, "451 try later", RETRY).state()).isEqualTo(RecipientState.DEFERRED);
        assertThat(Attempt.failed(after(2), 0, "connection reset", RETRY).state()).isEqualTo(RecipientState.DEFERRED);
        assertThat(Attempt.failed(after(3), 421, "421 closing", RETRY).state()).isEqualTo(RecipientState.FAILED);
        assertThat(Attempt.backoff(1, RETRY)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Attempt.backoff(2, RETRY)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Attempt.backoff(3, RETRY)).isEqualTo(Duration.ofMinutes(4));
        assertThat(Attempt.backoff(30, RETRY)).isEqualTo(Duration.ofMinutes(5));
    }
}
