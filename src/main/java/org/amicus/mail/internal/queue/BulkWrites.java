package org.amicus.mail.internal.queue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.amicus.platform.Timestamps;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The queue's two writes of many recipient rows at once, each in the form its database does cheapest.
 * <p>
 * A send's recipients: on PostgreSQL by {@code COPY} (no statement to parse and no parameters to bind
 * per row: about half the server's work of multi-row inserts); on H2 by inserts of many rows each.
 * <p>
 * A batch of outcomes (one per recipient row, each with its own state and relay reply) in one round
 * trip. A released row is due again at once, without an attempt counted (DEFERRED, so that it is
 * claimed by itself and not only with its range); only rows still in flight are written. On PostgreSQL
 * the batch is one statement over arrays ({@code unnest}): the server parses, plans and executes once
 * per batch instead of once per row, which was most of its work per message. H2 runs in this JVM, where
 * a statement costs no round trip, and has no {@code update ... from}: a JDBC batch.
 */
@Component
class BulkWrites {

    private static final String RECIPIENT_COLUMNS = """
            send_id, address, display_name, domain, language, fields_json, state, attempts, next_attempt, queued_at, done_at""";
    /** Characters of COPY text sent at a time. */
    private static final int PIECE = 128 * 1024;
    /** Rows per insert statement on H2: 11 parameters each, far below any driver's limit. */
    private static final int ROWS_PER_INSERT = 500;

    private final JdbcTemplate template;
    private volatile Boolean postgres;

    BulkWrites(JdbcTemplate template) {
        this.template = template;
    }

    /** Writes recipient rows, each holding a value for every one of {@link #RECIPIENT_COLUMNS} in order. */
    void recipients(List<Object[]> rows) {
        if (isPostgres()) {
            template.execute((ConnectionCallback<Long>) c -> copy(c, rows));
            return;
        }
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            List<Object> params = new ArrayList<>(chunk.size() * 11);
            chunk.forEach(row -> params.addAll(java.util.Arrays.asList(row)));
            template.update("insert into mail_recipient (" + RECIPIENT_COLUMNS + ") values "
                    + String.join(",", java.util.Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
                    params.toArray());
        }
    }

    /**
     * COPY in its text format, a tab between values and \\N for null, sent in pieces of about 128K
     * characters: their buffers stay under half a G1 region of a 512 MB heap, so none is a humongous
     * object, allocated straight in the old generation (pieces of 1 MB made three per piece).
     */
    private static long copy(Connection c, List<Object[]> rows) throws SQLException {
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy mail_recipient (" + RECIPIENT_COLUMNS + ") from stdin");
        try {
            StringBuilder text = new StringBuilder(PIECE + 4096);
            // The rows share their timestamps (the moment of queueing): each distinct value is written out once.
            Map<Object, String> times = new IdentityHashMap<>();
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    text.append(i == 0 ? "" : "\t");
                    Object value = row[i];
                    copyValue(text, value instanceof OffsetDateTime t ? times.computeIfAbsent(t, Object::toString) : value);
                }
                text.append('\n');
                if (text.length() >= PIECE) {
                    send(in, text);
                }
            }
            send(in, text);
            return in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private static void send(CopyIn in, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    /** One value in COPY's text format: backslash, tab and line breaks escaped (most values have none). */
    private static void copyValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        String s = value.toString();
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            String escaped = escape(s.charAt(i));
            if (escaped != null) {
                out.append(s, from, i).append(escaped);
                from = i + 1;
            }
        }
        out.append(s, from, s.length());
    }

    private static String escape(char ch) {
        return switch (ch) {
            case '\\' -> "\\\\";
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> null;
        };
    }

    void outcomes(List<Outcome> outcomes) {
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
