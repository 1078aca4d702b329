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

/**
 * Two limiters on one database are two nodes: each counts in memory and shares its counts at each flush,
 * so a client's share is counted across both, give or take what the other node admitted since its last flush.
 */
@SpringBootTest
class RateLimitsTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    final MovableClock clock = new MovableClock(Instant.parse("2100-06-01T10:00:00Z"));
    final Limit threeAnHour = new Limit("test-" + UUID.randomUUID().toString().substring(0, 8), 3, Duration.ofHours(1));

    @Test
    void twoNodesShareOneLimitOnceBothHaveFlushed() {
        RateLimits nodeA = new RateLimits(jdbc, transactions, clock);
        RateLimits nodeB = new RateLimits(jdbc, transactions, clock);
        String client = "198.51.100." + (int) (Math.random() * 250);

        assertThat(nodeA.admit(threeAnHour, client)).isTrue();
        flush(nodeA, nodeB);
        assertThat(nodeB.admit(threeAnHour, client)).isTrue();
        flush(nodeB, nodeA);
        assertThat(nodeA.admit(threeAnHour, client)).isTrue();
        flush(nodeA, nodeB);
        assertThat(nodeB.admit(threeAnHour, client)).as("the fourth use, on the node that saw only one").isFalse();
        assertThat(nodeB.spent(threeAnHour, client)).isTrue();
        assertThat(nodeA.admit(threeAnHour, client)).isFalse();
        assertThat(nodeA.admit(threeAnHour, client + "1")).as("another client").isTrue();
        assertThat(hits(client)).as("each admitted use counted once").isEqualTo(3);

        clock.move(Duration.ofHours(1));
        assertThat(nodeB.admit(threeAnHour, client)).as("the next window").isTrue();
    }

    @Test
    void betweenFlushesEachNodeCountsOnlyItsOwnUsesAndAfterwardsTheSharedTotal() {
        RateLimits nodeA = new RateLimits(jdbc, transactions, clock);
        RateLimits nodeB = new RateLimits(jdbc, transactions, clock);
        String client = "198.51.100.200";
        for (RateLimits node : List.of(nodeA, nodeB)) {
            assertThat(node.admit(threeAnHour, client)).isTrue();
            assertThat(node.admit(threeAnHour, client)).as("two uses within one flush interval, on each node").isTrue();
        }
        flush(nodeA, nodeB, nodeA);
        assertThat(hits(client)).as("the over-admission of one flush interval is counted").isEqualTo(4);
        assertThat(nodeA.admit(threeAnHour, client)).as("the other node's uses, read at the flush").isFalse();
        assertThat(nodeB.admit(threeAnHour, client)).isFalse();
        assertThat(hits(client)).isEqualTo(4);
    }

    @Test
    void concurrentUsesOnANodeAreAdmittedExactlyUpToTheLimitAndWrittenOnceWhileItFlushes() throws Exception {
        RateLimits nodeA = new RateLimits(jdbc, transactions, clock);
        RateLimits nodeB = new RateLimits(jdbc, transactions, clock);
        Limit twenty = new Limit(threeAnHour.name(), 20, Duration.ofMinutes(1));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> uses = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                int use = i;
                uses.add(() -> {
                    if (use % 5 == 0) {
                        nodeA.flush();
                    }
                    return nodeA.admit(twenty, "203.0.113.9");
                });
            }
            assertThat(admitted(pool.invokeAll(uses))).isEqualTo(20);
            flush(nodeA, nodeB);
            assertThat(hits("203.0.113.9")).as("each admitted use written once, none lost in a flush").isEqualTo(20);

            List<Callable<Boolean>> onTheOtherNode = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                onTheOtherNode.add(() -> nodeB.admit(twenty, "203.0.113.9"));
            }
            assertThat(admitted(pool.invokeAll(onTheOtherNode))).as("the other node, after its flush").isZero();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theClientIsStoredOnlyAsAHashAndPastWindowsAreForgotten() {
        RateLimits node = new RateLimits(jdbc, transactions, clock);
        node.admit(threeAnHour, "192.0.2.77");
        node.flush();
        assertThat(jdbc.sql("select count(*) from rate_limit_count where limit_name = ? and key_hash like '%192.0.2.77%'")
            .param(threeAnHour.name()).query(Integer.class).single()).isZero();
        assertThat(rows()).isEqualTo(1);

        clock.move(Duration.ofHours(2));
        node.forgetPastWindows();
        assertThat(rows()).isZero();
    }

    private static void flush(RateLimits... nodes) {
        for (RateLimits node : nodes) {
            node.flush();
        }
    }

    private static int admitted(List<Future<Boolean>> uses) throws Exception {
        int admitted = 0;
        for (Future<Boolean> use : uses) {
            admitted += use.get() ? 1 : 0;
        }
        return admitted;
    }

    private int hits(String client) {
        return jdbc.sql("select coalesce(sum(hits), 0) from rate_limit_count where limit_name = ? and key_hash = ?")
            .params(threeAnHour.name(), sha256(client)).query(Integer.class).single();
    }

    private static String sha256(String client) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(client.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
