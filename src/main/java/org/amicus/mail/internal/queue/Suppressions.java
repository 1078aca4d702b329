package org.amicus.mail.internal.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The suppression list every send respects: addresses that bounced past the threshold, complained
 * or unsubscribed, for one list (its List-Id) or for all mail. Kept in memory for the workers and
 * reloaded from the database every few seconds, so that every node sees every addition.
 */
@Component
public class Suppressions {

    public record Entry(long id, String address, String listId, String reason, String detail, Instant createdAt,
            String createdBy) {
    }

    private static final Duration RELOAD = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private volatile Set<String> active = Set.of();
    private volatile Instant loadedAt = Instant.EPOCH;

    Suppressions(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** True when the address may not receive mail of this list (null: a send outside any list). */
    public boolean suppressed(String address, String listId) {
        if (Instant.now().isAfter(loadedAt.plus(RELOAD))) {
            reload();
        }
        Set<String> now = active;
        return now.contains(entry(address, null)) || listId != null && now.contains(entry(address, listId));
    }

    /** Adds the address unless it is already suppressed there; returns true when it was added. */
    @Transactional
    public boolean add(String address, String listId, String reason, String detail) {
        reload();
        if (active.contains(entry(address, listId))) {
            return false;
        }
        jdbc.sql("insert into mail_suppression (address, list_id, reason, detail, created_at, created_by) values (?, ?, ?, ?, ?, ?)")
            .params(key(address), listId, reason, truncate(detail), Timestamps.now(), AuditTrail.currentActor()).update();
        audit.record(new Change("mail-suppression", key(address), "suppressed", null, reason, null,
                "Suppressed " + key(address) + (listId == null ? "" : " on " + listId) + " (" + reason + ")"));
        reload();
        return true;
    }

    @Transactional
    public void remove(long id) {
        var address = jdbc.sql("select address from mail_suppression where id = ? and removed_at is null").param(id)
            .query(String.class).optional();
        if (address.isPresent()) {
            jdbc.sql("update mail_suppression set removed_at = ?, removed_by = ? where id = ?")
                .params(Timestamps.now(), AuditTrail.currentActor(), id).update();
            audit.record(new Change("mail-suppression", address.get(), "removed", "suppressed", null, null,
                    "Removed " + address.get() + " from the suppression list"));
        }
        reload();
    }

    public List<Entry> list(String search, int limit) {
        String like = "%" + (search == null ? "" : search.trim().toLowerCase(Locale.ROOT)) + "%";
        return jdbc.sql("""
                select * from mail_suppression where removed_at is null and address like ?
                order by created_at desc, id desc fetch first ? rows only""")
            .params(like, limit)
            .query((rs, n) -> new Entry(rs.getLong("id"), rs.getString("address"), rs.getString("list_id"),
                    rs.getString("reason"), rs.getString("detail"), Timestamps.read(rs, "created_at"),
                    rs.getString("created_by")))
            .list();
    }

    private void reload() {
        Set<String> fresh = ConcurrentHashMap.newKeySet();
        jdbc.sql("select address, list_id from mail_suppression where removed_at is null")
            .query(rs -> {
                fresh.add(entry(rs.getString("address"), rs.getString("list_id")));
            });
        active = fresh;
        loadedAt = Instant.now();
    }

    private static String entry(String address, String listId) {
        return (listId == null ? "" : listId) + "\n" + key(address);
    }

    /** Addresses compare without case: mailbox providers treat local parts that way in practice. */
    public static String key(String address) {
        return address.trim().toLowerCase(Locale.ROOT);
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
