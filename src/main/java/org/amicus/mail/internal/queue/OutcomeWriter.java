package org.amicus.mail.internal.queue;

import java.sql.DatabaseMetaData;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a batch of outcomes (one per recipient row, each with its own state and relay reply) in one
 * round trip. A released row is due again at once, without an attempt counted (DEFERRED, so that it is
 * claimed by itself and not only with its range); only rows still in flight are written.
 * <p>
 * On PostgreSQL the batch is one statement over arrays ({@code unnest}): the server parses, plans and
 * executes once per batch instead of once per row, which was most of its work per message. H2 runs in
 * this JVM, where a statement costs no round trip, and has no {@code update ... from}: a JDBC batch.
 */
@Component
class OutcomeWriter {

    private final JdbcTemplate template;
    private volatile Boolean postgres;

    OutcomeWriter(JdbcTemplate template) {
        this.template = template;
    }

    void write(List<Outcome> outcomes) {
        OffsetDateTime now = Timestamps.now();
        int n = outcomes.size();
        Long[] ids = new Long[n];
        String[] states = new String[n];
        Integer[] counted = new Integer[n];
        String[] replies = new String[n];
        OffsetDateTime[] next = new OffsetDateTime[n];
        OffsetDateTime[] done = new OffsetDateTime[n];
        for (int i = 0; i < n; i++) {
            Outcome o = outcomes.get(i);
            boolean released = o.state() == RecipientState.QUEUED;
            ids[i] = o.recipientId();
            states[i] = released ? RecipientState.DEFERRED.name() : o.state().name();
            counted[i] = released ? 0 : 1;
            replies[i] = truncate(o.reply());
            next[i] = o.nextAttempt() == null ? now : Timestamps.param(o.nextAttempt());
            done[i] = o.state().isFinal() ? now : null;
        }
        if (isPostgres()) {
            template.update("""
                    update mail_recipient r set state = u.state, attempts = r.attempts + u.counted,
                        smtp_reply = coalesce(u.reply, r.smtp_reply), next_attempt = u.next_attempt, done_at = u.done_at,
                        sending_at = coalesce(r.sending_at, ?::timestamptz), claim_token = null, lease_until = null
                    from unnest(?::bigint[], ?::varchar[], ?::int[], ?::varchar[], ?::varchar[]::timestamptz[],
                        ?::varchar[]::timestamptz[]) as u(id, state, counted, reply, next_attempt, done_at)
                    where r.id = u.id and r.state in ('QUEUED', 'SENDING')""",
                    now.toString(), ids, states, counted, replies, text(next), text(done));
            return;
        }
        List<Object[]> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new Object[] { states[i], counted[i], replies[i], next[i], done[i], now, ids[i] });
        }
        template.batchUpdate("""
                update mail_recipient set state = ?, attempts = attempts + ?, smtp_reply = coalesce(?, smtp_reply),
                    next_attempt = ?, done_at = ?, sending_at = coalesce(sending_at, ?), claim_token = null, lease_until = null
                where id = ? and state in ('QUEUED', 'SENDING')""", rows);
    }

    /** Timestamps as ISO-8601 text, which PostgreSQL casts to timestamptz (its driver binds no array of them). */
    private static String[] text(OffsetDateTime[] times) {
        String[] text = new String[times.length];
        for (int i = 0; i < times.length; i++) {
            text[i] = times[i] == null ? null : times[i].toString();
        }
        return text;
    }

    private boolean isPostgres() {
        Boolean p = postgres;
        if (p == null) {
            p = template.execute((ConnectionCallback<Boolean>) c -> isPostgres(c.getMetaData()));
            postgres = p;
        }
        return p;
    }

    private static boolean isPostgres(DatabaseMetaData meta) throws java.sql.SQLException {
        return meta.getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
