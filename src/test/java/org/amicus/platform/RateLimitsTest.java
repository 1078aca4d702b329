package org.amicus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.amicus.platform.RateLimits.Limit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** Two limiters on one database are two nodes: a client's share is counted once across both. */
@SpringBootTest
class RateLimitsTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    final MovableClock clock = new MovableClock(Instant.parse("2100-06-01T10:00:00Z"));
    final Limit threeAnHour = new Limit("test-" + UUID.randomUUID().toString().substring(0, 8), 3, Duration.ofHours(1));

    @Test
    void twoNodesShareOneLimit() {
        RateLimits nodeA = new RateLimits(jdbc, transactions, clock);
        RateLimits nodeB = new RateLimits(jdbc, transactions, clock);
        String client = "198.51.100." + (int) (Math.random() * 250);

        assertThat(nodeA.admit(threeAnHour, client)).isTrue();
        assertThat(nodeB.admit(threeAnHour, client)).isTrue();
        assertThat(nodeA.admit(threeAnHour, client)).isTrue();
        assertThat(nodeB.admit(threeAnHour, client)).as("the fourth use, on the node that saw only one").isFalse();
        assertThat(nodeA.admit(threeAnHour, client)).isFalse();
        assertThat(nodeA.admit(threeAnHour, client + "1")).as("another client").isTrue();

        clock.move(Duration.ofHours(1));
        assertThat(nodeB.admit(threeAnHour, client)).as("the next window").isTrue();
    }

    @Test
    void concurrentUsesOnTwoNodesAreAdmittedExactlyUpToTheLimit() throws Exception {
        List<RateLimits> nodes = List.of(new RateLimits(jdbc, transactions, clock), new RateLimits(jdbc, transactions, clock));
        Limit twenty = new Limit(threeAnHour.name(), 20, Duration.ofMinutes(1));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> uses = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                RateLimits node = nodes.get(i % 2);
                uses.add(() -> node.admit(twenty, "203.0.113.9"));
            }
            int admitted = 0;
            for (Future<Boolean> use : pool.invokeAll(uses)) {
                admitted += use.get() ? 1 : 0;
            }
            assertThat(admitted).isEqualTo(20);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theClientIsStoredOnlyAsAHashAndPastWindowsAreForgotten() {
        RateLimits node = new RateLimits(jdbc, transactions, clock);
        node.admit(threeAnHour, "192.0.2.77");
        assertThat(jdbc.sql("select count(*) from rate_limit_count where limit_name = ? and key_hash like '%192.0.2.77%'")
            .param(threeAnHour.name()).query(Integer.class).single()).isZero();
        assertThat(rows()).isEqualTo(1);

        clock.move(Duration.ofHours(2));
        node.forgetPastWindows();
        assertThat(rows()).isZero();
    }

    private int rows() {
        return jdbc.sql("select count(*) from rate_limit_count where limit_name = ?").param(threeAnHour.name())
            .query(Integer.class).single();
    }

    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
