package org.amicus.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Abuse limits of the public forms, shared by every node behind the load balancer: so many uses per
 * client (an address, a network, a link) in a fixed window, counted in the database so that a flood
 * spread over the nodes meets the same limit as one aimed at a single node. Each use is one counted
 * row update in its own transaction (a use counts even when the caller's work is rolled back). In
 * front of the database, each node remembers the counters it saw spent: they only grow until their
 * window ends, so such a client is refused without asking the database again. Clients are stored
 * as SHA-256 hashes, and counters are deleted once their window has passed.
 */
@Component
public class RateLimits {

    /** A limit: at most {@code max} uses per client in each {@code window} (windows start at the epoch). */
    public record Limit(String name, int max, Duration window) {

        public Limit {
            if (name == null || name.isBlank() || name.length() > 60 || max < 0 || window.toSeconds() < 1) {
                throw new IllegalArgumentException("a limit needs a name of at most 60 characters, a max of 0 or more and a window of a second or more");
            }
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final Cache<String, Boolean> spent = Caffeine.newBuilder().expireAfterWrite(Duration.ofHours(1))
        .maximumSize(100_000).build();

    @Autowired
    RateLimits(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this(jdbc, transactions, Clock.systemUTC());
    }

    /** For tests: two of these on one database are two nodes. */
    public RateLimits(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Counts one use by {@code client}; false once the client has had its share of this window. */
    public boolean admit(Limit limit, String client) {
        long windowStart = windowStart(limit);
        String hash = hash(client);
        String local = limit.name() + ':' + hash + ':' + windowStart;
        if (spent.getIfPresent(local) != null) {
            return false;
        }
        int hits = count(limit.name(), hash, windowStart, Instant.ofEpochSecond(windowStart + limit.window().toSeconds()));
        if (hits >= limit.max()) {
            spent.put(local, Boolean.TRUE);
        }
        return hits <= limit.max();
    }

    /** Whether the client has used its whole share of this window, without counting a use (for limits counted only on failures). */
    public boolean spent(Limit limit, String client) {
        long windowStart = windowStart(limit);
        String hash = hash(client);
        if (spent.getIfPresent(limit.name() + ':' + hash + ':' + windowStart) != null) {
            return true;
        }
        return jdbc.sql("select hits from rate_limit_count where limit_name = ? and key_hash = ? and window_start = ?")
            .params(limit.name(), hash, windowStart).query(Integer.class).optional().orElse(0) >= limit.max();
    }

    /** Raises the counter by one and returns it: an update, or the first insert, which a race may turn back into an update. */
    private int count(String name, String hash, long windowStart, Instant expires) {
        Integer hits = increment(name, hash, windowStart);
        if (hits != null) {
            return hits;
        }
        try {
            ownTransaction.executeWithoutResult(tx -> jdbc.sql(
                    "insert into rate_limit_count (limit_name, key_hash, window_start, hits, expires_at) values (?, ?, ?, 1, ?)")
                .params(name, hash, windowStart, Timestamps.param(expires)).update());
            return 1;
        } catch (DuplicateKeyException anotherNodeInsertedFirst) {
            Integer raced = increment(name, hash, windowStart);
            return raced == null ? 1 : raced;
        }
    }

    private Integer increment(String name, String hash, long windowStart) {
        return ownTransaction.execute(tx -> {
            int rows = jdbc.sql("update rate_limit_count set hits = hits + 1 where limit_name = ? and key_hash = ? and window_start = ?")
                .params(name, hash, windowStart).update();
            return rows == 0 ? null : jdbc.sql("select hits from rate_limit_count where limit_name = ? and key_hash = ? and window_start = ?")
                .params(name, hash, windowStart).query(Integer.class).single();
        });
    }

    private long windowStart(Limit limit) {
        long seconds = limit.window().toSeconds();
        return clock.instant().getEpochSecond() / seconds * seconds;
    }

    /** Counters whose window has passed are of no use: deleted every ten minutes. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void forgetPastWindows() {
        jdbc.sql("delete from rate_limit_count where expires_at < ?").param(Timestamps.param(clock.instant())).update();
    }

    private static String hash(String client) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.valueOf(client).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
