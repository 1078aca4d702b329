package org.amicus.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;

/**
 * Abuse limits of the public forms, shared by every node behind the load balancer: so many uses per
 * client (an address, a network, a link) in a fixed window. Each node counts in memory and writes its
 * counts back in batches (every {@value #FLUSH_MILLIS} ms, or sooner after {@value #BATCH} uses): one
 * statement adds every touched counter's new uses, and the same transaction reads back what every
 * other node changed since this node's last flush. A limit check is the shared total as of the last
 * flush plus this node's uses not yet written, so a client who spreads its uses over several nodes
 * gets at most what the other nodes admitted in one flush interval beyond its share (docs/campaigns.md,
 * "Abuse limits shared by every node"). A use counts even when the caller's work is rolled back. Clients are stored as
 * SHA-256 hashes, and counters are forgotten once their window has passed.
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

    static final long FLUSH_MILLIS = 100;
    static final int BATCH = 250;
    /** Counters kept per node; beyond, idle ones are forgotten (and such a client counts as new until the next flush). */
    private static final int KEPT = 100_000;
    /** How far back each read looks before the last one, for the other nodes' flushes that committed late. */
    private static final Duration LATE_COMMITS = Duration.ofSeconds(1);
    private static final int KEYS_PER_STATEMENT = 1000;
    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

    private record Key(String limit, String hash, long windowStart) {
    }

    /** A counter as the database holds it after a flush. */
    private record Row(Key key, int hits, long windowEnd) {
    }

    private record Read(OffsetDateTime at, List<Row> rows) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();
    private final Map<Key, Counter> counters = new ConcurrentHashMap<>();
    private final AtomicInteger unwritten = new AtomicInteger();
    private final ReentrantLock flushing = new ReentrantLock();
    /** Guarded by {@link #flushing}: the number of this node's flushes, and the database time of the last read. */
    private long flushes;
    private OffsetDateTime lastRead;

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
        Key key = key(limit, client);
        while (true) {
            Counter counter = counters.computeIfAbsent(key, k -> new Counter(windowEnd(limit, k)));
            Boolean admitted = counter.use(limit.max());
            if (admitted == null) {
                continue; // forgotten by a flush meanwhile: count on a fresh one
            }
            if (admitted && unwritten.incrementAndGet() >= BATCH && flushing.tryLock()) {
                try {
                    write();
                } finally {
                    flushing.unlock();
                }
            }
            return admitted;
        }
    }

    /** Whether the client has used its whole share of this window, without counting a use (for limits counted only on failures). */
    public boolean spent(Limit limit, String client) {
        Counter counter = counters.get(key(limit, client));
        return counter != null && counter.total() >= limit.max();
    }

    /** Writes this node's new uses and reads the other nodes' counts (on a schedule, and when a node stops). */
    @Scheduled(fixedDelay = FLUSH_MILLIS, initialDelay = FLUSH_MILLIS)
    @PreDestroy
    public void flush() {
        flushing.lock();
        try {
            write();
        } finally {
            flushing.unlock();
        }
    }

    private void write() {
        Map<Key, Integer> sent = new HashMap<>();
        counters.forEach((key, counter) -> {
            int uses = counter.send();
            if (uses > 0) {
                sent.put(key, uses);
            }
        });
        int uses = sent.values().stream().mapToInt(Integer::intValue).sum();
        unwritten.addAndGet(-uses);
        String flush = node + ':' + ++flushes;
        Read read;
        try {
            read = ownTransaction.execute(tx -> {
                OffsetDateTime now = jdbc.sql("select current_timestamp").query(OffsetDateTime.class).single();
                List<Key> keys = new ArrayList<>(sent.keySet());
                for (int from = 0; from < keys.size(); from += KEYS_PER_STATEMENT) {
                    add(keys.subList(from, Math.min(keys.size(), from + KEYS_PER_STATEMENT)), sent, flush);
                }
                OffsetDateTime since = (lastRead == null ? now : lastRead).minus(LATE_COMMITS);
                List<Row> rows = jdbc.sql("""
                        select limit_name, key_hash, window_start, hits, expires_at from rate_limit_count
                         where changed_at > ? and (changed_by = ? or changed_by not like ?)""")
                    .params(since, flush, node + ":%")
                    .query((rs, n) -> new Row(new Key(rs.getString(1), rs.getString(2), rs.getLong(3)), rs.getInt(4),
                        Timestamps.read(rs, "expires_at").getEpochSecond()))
                    .list();
                return new Read(now, rows);
            });
        } catch (DataAccessException e) {
            // Another node inserting the same new counter, or a deadlock between two flushes: the uses stay counted here for the next flush.
            sent.forEach((key, n) -> counters.get(key).unsent(n)); // a counter being written is never dropped
            unwritten.addAndGet(uses);
            log.warn("Could not write the abuse limit counts, trying again at the next flush: {}", e.getMessage());
            return;
        }
        lastRead = read.at();
        for (Row row : read.rows()) {
            Counter counter = counters.size() < KEPT ? counters.computeIfAbsent(row.key(), k -> new Counter(row.windowEnd()))
                : counters.get(row.key());
            if (counter != null) {
                counter.written(sent.getOrDefault(row.key(), 0), row.hits());
            }
        }
        forget(clock.instant().getEpochSecond());
    }

    /** One statement for these counters: their new uses added, marked as changed by this flush. */
    private void add(List<Key> keys, Map<Key, Integer> sent, String flush) {
        StringBuilder values = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (Key key : keys) {
            values.append(values.isEmpty() ? "" : ", ").append(
                    "(cast(? as varchar(60)), cast(? as char(64)), cast(? as bigint), cast(? as integer), cast(? as timestamp with time zone))");
            params.addAll(List.of(key.limit(), key.hash(), key.windowStart(), sent.get(key),
                    Timestamps.param(Instant.ofEpochSecond(counters.get(key).windowEnd))));
        }
        params.add(flush);
        params.add(flush);
        jdbc.sql("merge into rate_limit_count c using (values " + values + ") d (limit_name, key_hash, window_start, hits, expires_at)"
                + " on c.limit_name = d.limit_name and c.key_hash = d.key_hash and c.window_start = d.window_start"
                + " when matched then update set hits = c.hits + d.hits, changed_by = ?, changed_at = current_timestamp"
                + " when not matched then insert (limit_name, key_hash, window_start, hits, expires_at, changed_by, changed_at)"
                + " values (d.limit_name, d.key_hash, d.window_start, d.hits, d.expires_at, ?, current_timestamp)")
            .params(params).update();
    }

    /** Counters of past windows, and idle ones beyond {@link #KEPT}, are dropped. */
    private void forget(long now) {
        int over = counters.size() - KEPT;
        for (Map.Entry<Key, Counter> entry : counters.entrySet()) {
            boolean past = entry.getValue().windowEnd <= now;
            if ((past || over > 0) && entry.getValue().retire()) {
                counters.remove(entry.getKey(), entry.getValue());
                over--;
            }
        }
    }

    private Key key(Limit limit, String client) {
        long seconds = limit.window().toSeconds();
        return new Key(limit.name(), hash(client), clock.instant().getEpochSecond() / seconds * seconds);
    }

    private static long windowEnd(Limit limit, Key key) {
        return key.windowStart() + limit.window().toSeconds();
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

    /** One client's count on this node: the shared total as of the last flush, uses being written, uses not yet sent. */
    private static final class Counter {
        final long windowEnd;
        private int shared;
        private int sending;
        private int unsent;
        private boolean retired;

        Counter(long windowEnd) {
            this.windowEnd = windowEnd;
        }

        /** True if admitted, false if the share is used, null if this counter was dropped meanwhile. */
        synchronized Boolean use(int max) {
            if (retired) {
                return null;
            }
            if (total() >= max) {
                return false;
            }
            unsent++;
            return true;
        }

        synchronized int total() {
            return shared + sending + unsent;
        }

        synchronized int send() {
            int uses = unsent;
            sending += uses;
            unsent = 0;
            return uses;
        }

        /** The database's total after a flush, which includes every use this node has written (counts only grow within a window). */
        synchronized void written(int uses, int total) {
            sending -= uses;
            shared = Math.max(shared, total);
        }

        synchronized void unsent(int uses) {
            sending -= uses;
            unsent += uses;
        }

        synchronized boolean retire() {
            retired = retired || sending + unsent == 0;
            return retired;
        }
    }
}
