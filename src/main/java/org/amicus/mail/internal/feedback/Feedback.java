package org.amicus.mail.internal.feedback;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.amicus.mail.DeliveryFeedback;
import org.amicus.mail.DeliveryFeedback.Kind;
import org.amicus.mail.internal.queue.Suppressions;
import org.amicus.platform.Timestamps;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what comes back about a recipient (bounces, complaints, unsubscribes), keeps the bounce
 * score the way GNU Mailman does, suppresses where needed and publishes {@link DeliveryFeedback}.
 * Bounce score: each day with a bounce adds 1 if one was hard, else 0.5; a gap of more than seven
 * days without bounces starts the score again; at 5 delivery is disabled (Mailman's defaults:
 * bounce_score_threshold 5, bounce_info_stale_after 7 days).
 */
@Component
public class Feedback {

    static final double THRESHOLD = 5.0;
    static final Duration STALE_AFTER = Duration.ofDays(7);

    private record Recipient(String address, String listId) {
    }

    private final JdbcClient jdbc;
    private final Suppressions suppressions;
    private final ApplicationEventPublisher events;

    Feedback(JdbcClient jdbc, Suppressions suppressions, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.suppressions = suppressions;
        this.events = events;
    }

    /** A 5xx reply from the relay while sending: a hard bounce, known at once. */
    @Transactional
    public void rejectedAtSending(long recipientId, String address, int code, String reply) {
        record(Kind.HARD_BOUNCE, recipientId, address, String.valueOf(code), reply);
    }

    /** A bounce or complaint received by mail. The recipient row comes from the return path when it is ours. */
    @Transactional
    public void received(Kind kind, Long recipientId, String address, String status, String detail) {
        // A delay warning (soft) leaves the row as it is: the remote server still holds the message.
        if (recipientId != null && kind == Kind.HARD_BOUNCE) {
            jdbc.sql("update mail_recipient set state = 'BOUNCED', smtp_reply = ? where id = ? and state in ('SENT', 'SENDING')")
                .params(truncate(kind + " " + status + " " + detail), recipientId).update();
        }
        record(kind, recipientId, address, status, detail);
    }

    /** The one-click unsubscribe (or its confirmation page) for a recipient row; false for an unknown row. */
    @Transactional
    public boolean unsubscribe(long recipientId) {
        return recipient(recipientId).map(r -> {
            record(Kind.UNSUBSCRIBE, recipientId, r.address(), null, "one-click unsubscribe");
            return true;
        }).orElse(false);
    }

    private void record(Kind kind, Long recipientId, String address, String status, String detail) {
        String listId = recipientId == null ? null : recipient(recipientId).map(Recipient::listId).orElse(null);
        jdbc.sql("""
                insert into mail_feedback (received_at, kind, address, recipient_id, list_id, status, detail)
                values (?, ?, ?, ?, ?, ?, ?)""")
            .params(Timestamps.now(), kind.name(), Suppressions.key(address), recipientId, listId, truncate(status),
                    truncate(detail))
            .update();
        double score = bounceScore(address, listId);
        boolean disable = kind == Kind.COMPLAINT || kind == Kind.UNSUBSCRIBE
                || (kind == Kind.HARD_BOUNCE || kind == Kind.SOFT_BOUNCE) && score >= THRESHOLD;
        if (disable) {
            // A complaint stops all mail to the address; an unsubscribe or dead address, that list's mail.
            suppressions.add(address, kind == Kind.COMPLAINT ? null : listId, kind.name(), detail);
        }
        events.publishEvent(new DeliveryFeedback(kind, Suppressions.key(address), listId, status, detail, score, disable));
    }

    /** Mailman's score for the address on the list, from the bounces recorded. */
    double bounceScore(String address, String listId) {
        String sql = "select received_at, kind from mail_feedback where address = ? and kind in ('HARD_BOUNCE', 'SOFT_BOUNCE') and "
                + (listId == null ? "list_id is null" : "list_id = ?") + " order by received_at";
        List<Object[]> rows = jdbc.sql(sql)
            .params(listId == null ? List.of(Suppressions.key(address)) : List.of(Suppressions.key(address), listId))
            .query((rs, n) -> new Object[] { Timestamps.read(rs, "received_at"), rs.getString("kind") }).list();
        TreeMap<LocalDate, Double> byDay = new TreeMap<>();
        for (Object[] row : rows) {
            double value = "HARD_BOUNCE".equals(row[1]) ? 1.0 : 0.5;
            byDay.merge(((Instant) row[0]).atOffset(ZoneOffset.UTC).toLocalDate(), value, Math::max);
        }
        double score = 0;
        LocalDate last = null;
        for (var day : byDay.entrySet()) {
            if (last != null && day.getKey().isAfter(last.plusDays(STALE_AFTER.toDays()))) {
                score = 0;
            }
            score += day.getValue();
            last = day.getKey();
        }
        return score;
    }

    private Optional<Recipient> recipient(long id) {
        return jdbc.sql("select r.address, s.list_id from mail_recipient r join mail_send s on s.id = r.send_id where r.id = ?")
            .param(id).query((rs, n) -> new Recipient(rs.getString("address"), rs.getString("list_id"))).optional();
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
