package org.amicus.campaigns.internal.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;

import org.amicus.platform.RateLimits;
import org.amicus.platform.RejectedInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The limits per address and per network (counted in the shared database, each test in an hour of
 * its own, in the future so that the clean-up of past windows leaves it alone), and the signed time stamp that keeps bots off the forms.
 */
@SpringBootTest
class AbuseGuardTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    AbuseGuard guard;

    @BeforeEach
    void guard() {
        Instant anHourOfOurOwn = Instant.parse("2200-01-01T00:00:00Z").plus(Duration.ofHours(ThreadLocalRandom.current().nextInt(150_000)));
        guard = new AbuseGuard(new RateLimits(jdbc, transactions, Clock.fixed(anHourOfOurOwn, ZoneOffset.UTC)), 2, 3, 3, "test-secret");
    }

    static String code(RejectedInput e) {
        return e.problems().get(0).code();
    }

    @Test
    void anAddressAndItsNetworkEachHaveTheirShare() {
        assertThat(guard.admit("198.51.100.7")).isTrue();
        assertThat(guard.admit("198.51.100.7")).isTrue();
        assertThat(guard.admit("198.51.100.7")).as("third from the same address").isFalse();
        assertThat(guard.admit("198.51.100.8")).as("fourth from the same /24").isFalse();
        assertThat(guard.admit("198.51.101.8")).as("another network").isTrue();
        assertThat(guard.admit("2001:db8:1::1")).isTrue();
        assertThat(guard.admit("2001:db8:1:ffff::2")).isTrue();
        assertThat(guard.admit("2001:db8:1:eeee::3")).isTrue();
        assertThat(guard.admit("2001:db8:1:dddd::4")).as("fourth from the same /48").isFalse();
    }

    @Test
    void aFormSentTooSoonTooLateOrWithAForgedStampIsRefused() {
        long now = System.currentTimeMillis();
        assertThatCode(() -> guard.checkStamp("togo", guard.stampAt("togo", now - 5_000))).doesNotThrowAnyException();
        assertThatThrownBy(() -> guard.checkStamp("togo", guard.stamp("togo")))
            .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(code(e)).isEqualTo("alerts.tooFast"));
        assertThatThrownBy(() -> guard.checkStamp("togo", guard.stampAt("togo", now - 25 * 3600_000L)))
            .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(code(e)).isEqualTo("alerts.formStale"));
        assertThatThrownBy(() -> guard.checkStamp("togo", guard.stampAt("kenya", now - 5_000)))
            .as("a stamp made for another alert").isInstanceOfSatisfying(RejectedInput.class,
                    e -> assertThat(code(e)).isEqualTo("alerts.formStale"));
        assertThatThrownBy(() -> guard.checkStamp("togo", (now - 5_000) + ".forged"))
            .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(code(e)).isEqualTo("alerts.formStale"));
        assertThatThrownBy(() -> guard.checkStamp("togo", null)).isInstanceOf(RejectedInput.class);
        String other = new AbuseGuard(null, 2, 3, 3, "another-node-secret").stampAt("togo", now - 5_000);
        assertThatThrownBy(() -> guard.checkStamp("togo", other)).as("signed with another secret").isInstanceOf(RejectedInput.class);
    }
}
