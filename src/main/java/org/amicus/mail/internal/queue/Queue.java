package org.amicus.mail.internal.queue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiPredicate;

import org.amicus.mail.Outgoing;
import org.amicus.mail.internal.MailSettings;
import org.amicus.platform.AuditTrail;
import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbound queue in the database. Nothing about a send lives only in memory: a node claims a range
 * of a send's queued recipients (or single deferred ones) under a lease, and writes each outcome back;
 * a claim whose lease ran out (its node died) is claimed again. Claims are conditional updates that only
 * take what is still free, which is correct on H2 and PostgreSQL alike and under several nodes.
 */
@Component
public class Queue {

    private static final String FREE = """
            ((state = 'DEFERRED' and next_attempt <= ?) or (state = 'SENDING' and lease_until < ?))""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final BulkWrites bulk;

    private final Duration queueingLease;
    /** Merge fields as JSON, their serializer and deserializer found once rather than once a recipient. */
    private final ObjectWriter fieldsWriter;
    private final ObjectReader fieldsReader;

    Queue(JdbcClient jdbc, JsonMapper json, BulkWrites bulk, MailSettings settings) {
        this.queueingLease = settings.queue().lease();
        TypeReference<Map<String, String>> fields = new TypeReference<>() {
        };
        this.fieldsWriter = json.writerFor(fields);
        this.fieldsReader = json.readerFor(fields);
        this.jdbc = jdbc;
        this.json = json;
        this.bulk = bulk;
    }

    /**
     * Writes a checked send without its recipients; one to be queued in chunks is marked as still
     * queueing, under a lease as long as a claim's ({@code queue.lease}): a node that writes no chunk for
     * that long has died, and the send counts as interrupted.
     */
    @Transactional
    public long open(Outgoing o, Long follows, boolean inChunks) {
        OffsetDateTime now = Timestamps.now();
        Outgoing.Conversation c = o.conversation();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into mail_send (created_at, created_by, name, from_address, from_name, reply_to, list_id,
                    list_unsubscribe, list_archive, list_post, state, follows_send_id, message_id, in_reply_to, refs, queueing_until)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?)""")
            .params(now, AuditTrail.currentActor(), o.name(), o.fromAddress(), o.fromName(), o.replyTo(),
                    o.list() == null ? null : o.list().id(), o.list() == null ? null : o.list().unsubscribe(),
                    o.list() == null ? null : o.list().archive(), o.list() == null ? null : o.list().post(), follows,
                    c == null ? null : c.messageId(), c == null ? null : c.inReplyTo(),
                    c == null || c.references().isEmpty() ? null : String.join(" ", c.references()),
                    inChunks ? Timestamps.param(now.toInstant().plus(queueingLease)) : null)
            .update(keys, "id");
        long id = keys.getKey().longValue();
        int order = 0;
        for (var e : o.contents().entrySet()) {
            Outgoing.Content content = e.getValue();
            jdbc.sql("""
                    insert into mail_content (send_id, language, fallback, subject, text_body, html_body, content_type, digest_json)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, e.getKey().code(), order++ == 0, content.subject(), content.text(), content.html(), contentType(content),
                        content.digest().isEmpty() ? null : json.writeValueAsString(content.digest()))
                .update();
        }
        return id;
    }

    /**
     * Writes recipients of a send opened by {@link #open} (suppressed addresses as SUPPRESSED) and makes
     * them claimable at commit. The first chunk sets the claim cursor below its rows; every chunk moves
     * the send's last row to the table's last (the sequence gives this transaction's rows ids above every
     * row it could see before, so no row of the send falls outside the range); the last chunk ends the
     * queueing, the others renew its lease.
     */
    @Transactional
    public void add(long sendId, List<Outgoing.Recipient> recipients, String listId, BiPredicate<String, String> suppressed,
            boolean first, boolean last) {
        OffsetDateTime now = Timestamps.now();
        long before = first ? jdbc.sql("select coalesce(max(id), 0) from mail_recipient").query(Long.class).single() : 0;
        List<Object[]> rows = new ArrayList<>(recipients.size());
        for (Outgoing.Recipient r : recipients) {
            boolean suppressedHere = suppressed.test(r.address(), listId);
            rows.add(new Object[] { sendId, r.address(), r.name(), Addresses.domain(r.address()), r.language().code(),
                    r.fields() == null || r.fields().isEmpty() ? null : fieldsWriter.writeValueAsString(r.fields()),
                    (suppressedHere ? RecipientState.SUPPRESSED : RecipientState.QUEUED).name(), 0, now, now, suppressedHere ? now : null });
        }
        bulk.recipients(rows);
        jdbc.sql("""
                update mail_send set claimed_through = case when ? then ? else claimed_through end,
                    last_recipient_id = (select coalesce(max(id), 0) from mail_recipient), queueing_until = ? where id = ?""")
            .params(first, before, last ? null : Timestamps.param(now.toInstant().plus(queueingLease)), sendId).update();
    }

    /** Ends the queueing of a send part-way (its node failed to write a chunk): it goes on with the recipients it has. */
    public void interrupted(long sendId) {
        markInterrupted("id = ? and queueing_until is not null", sendId);
    }

    private void markInterrupted(String where, Object param) {
        jdbc.sql("update mail_send set queueing_until = null, queueing_interrupted = true where " + where).param(param).update();
    }

    /**
     * Claims up to max due recipients of the given active sends for this node, under a lease: first the
     * ranges whose lease ran out (their node died), then deferred rows due again, then the next range of
     * each send's queued rows. A range is claimed by moving the send's cursor and writing one claim row, so
     * a queued recipient costs no write until its outcome; a row taken by another node meanwhile is not
     * claimed (the cursor moves only from the value read, a row only while it is still free).
     * {@code rowsToo} false leaves out the deferred rows: on H2 their query reads every row of the sends
     * (it takes the index on the send, not the one on the state), so the dispatcher asks for them once a
     * poll rather than at every claim; a retry waits a minute or more anyway.
     */
    @Transactional
    public List<Claimed> claim(int max, Duration lease, List<Long> sends, boolean rowsToo) {
        OffsetDateTime now = Timestamps.now();
        OffsetDateTime until = Timestamps.param(now.toInstant().plus(lease));
        String token = UUID.randomUUID().toString();
        String in = "send_id in (" + String.join(",", sends.stream().map(String::valueOf).toList()) + ")";
        List<Claimed> due = new ArrayList<>(takeOverRanges(max, now, until, token, in));
        if (rowsToo && due.size() < max) {
            due.addAll(claimRows(max - due.size(), now, until, token, in));
        }
        for (long send : sends) {
            if (due.size() >= max) {
                break;
            }
            due.addAll(claimRange(send, max - due.size(), until, token));
        }
        return due;
    }

    /** Ranges whose node died: taken over under a new lease; their rows still queued are sent again. */
    private List<Claimed> takeOverRanges(int max, OffsetDateTime now, OffsetDateTime until, String token, String in) {
        List<Claimed> due = new ArrayList<>();
        List<long[]> expired = jdbc.sql("select id, send_id, from_id, to_id from mail_claim where lease_until < ? and " + in)
            .param(now).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) }).list();
        for (long[] c : expired) {
            if (due.size() >= max) {
                break;
            }
            if (jdbc.sql("update mail_claim set claim_token = ?, lease_until = ? where id = ? and lease_until < ?")
                .params(token, until, c[0], now).update() == 0) {
                continue;
            }
            List<Claimed> rows = queuedIn(c[1], c[2], c[3]);
            if (rows.isEmpty()) {
                jdbc.sql("delete from mail_claim where id = ?").param(c[0]).update();
            }
            due.addAll(rows);
        }
        return due;
    }

    /** Deferred rows due again (and rows of a per-row claim whose lease ran out), marked one by one. */
    private List<Claimed> claimRows(int max, OffsetDateTime now, OffsetDateTime until, String token, String in) {
        List<Claimed> due = new ArrayList<>(jdbc.sql("select * from mail_recipient where state = 'DEFERRED' and next_attempt <= ? and "
                + in + " fetch first ? rows only").params(now, max).query(this::claimed).list());
        if (due.size() < max) {
            due.addAll(jdbc.sql("select * from mail_recipient where state = 'SENDING' and lease_until < ? and " + in
                    + " fetch first ? rows only").params(now, max - due.size()).query(this::claimed).list());
        }
        if (due.isEmpty()) {
            return List.of();
        }
        List<Long> ids = due.stream().map(Claimed::id).toList();
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        List<Object> params = new ArrayList<>(List.of(token, until, now));
        params.addAll(ids);
        params.addAll(List.of(now, now));
        int taken = jdbc.sql("update mail_recipient set state = 'SENDING', claim_token = ?, lease_until = ?, sending_at = ? where id in ("
                + marks + ") and " + FREE).params(params).update();
        if (taken == ids.size()) {
            return due;
        }
        // Another node took some rows in the meantime: ours are those among the ids that carry this claim's token.
        List<Object> mine = new ArrayList<>(ids);
        mine.add(token);
        return jdbc.sql("select * from mail_recipient where id in (" + marks + ") and claim_token = ? order by id")
            .params(mine).query(this::claimed).list();
    }

    /** The next run of up to max rows past the send's cursor, its queued ones claimed: one select, one update, one insert. */
    private List<Claimed> claimRange(long send, int max, OffsetDateTime until, String token) {
        long[] bounds = jdbc.sql("select claimed_through, last_recipient_id from mail_send where id = ?").param(send)
            .query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
        long cursor = bounds[0];
        // A run may hold only other sends' rows (queued at the same moment): then the next run, a bounded number of times.
        for (int runs = 0; runs < 20 && cursor < bounds[1]; runs++) {
            List<Row> run = rowsAfter(cursor, bounds[1], max);
            if (run.isEmpty()) {
                return List.of();
            }
            long last = run.get(run.size() - 1).claimed().id();
            if (jdbc.sql("update mail_send set claimed_through = ? where id = ? and claimed_through = ?").params(last, send, cursor)
                .update() == 0) {
                return List.of();
            }
            List<Claimed> rows = queuedOf(send, run);
            if (!rows.isEmpty()) {
                jdbc.sql("insert into mail_claim (send_id, from_id, to_id, claim_token, lease_until) values (?, ?, ?, ?, ?)")
                    .params(send, cursor, last, token, until).update();
                return rows;
            }
            cursor = last;
        }
        return List.of();
    }

    private record Row(Claimed claimed, String state) {
    }

    /**
     * Rows with from < id <= to in id order, whatever their send: a range of the primary key, which both
     * databases read as such (a condition on send_id or state may lead the planner to another index and a
     * scan of the whole send).
     */
    private List<Row> rowsAfter(long from, long to, int max) {
        return jdbc.sql("select * from mail_recipient where id > ? and id <= ? order by id fetch first ? rows only")
            .params(from, to, max).query((rs, n) -> new Row(claimed(rs, n), rs.getString("state"))).list();
    }

    private static List<Claimed> queuedOf(long send, List<Row> rows) {
        return rows.stream().filter(r -> r.claimed().sendId() == send && RecipientState.QUEUED.name().equals(r.state()))
            .map(Row::claimed).toList();
    }

    /** Queued rows of a send with from < id <= to, in id order. */
    private List<Claimed> queuedIn(long send, long from, long to) {
        List<Claimed> queued = new ArrayList<>();
        for (long after = from; after < to;) {
            List<Row> run = rowsAfter(after, to, 1000);
            if (run.isEmpty()) {
                break;
            }
            queued.addAll(queuedOf(send, run));
            after = run.get(run.size() - 1).claimed().id();
        }
        return queued;
    }

    /** Claims among these sends, deferred rows included (for tools and tests). */
    public List<Claimed> claim(int max, Duration lease, List<Long> sends) {
        return claim(max, lease, sends, true);
    }

    /** Claims among every active send (for tools and tests; the dispatcher passes the sends it knows). */
    public List<Claimed> claim(int max, Duration lease) {
        List<Long> sends = jdbc.sql("select id from mail_send where state = 'ACTIVE'").query(Long.class).list();
        return sends.isEmpty() ? List.of() : claim(max, lease, sends);
    }

    private Claimed claimed(ResultSet rs, int n) throws SQLException {
        String fields = rs.getString("fields_json");
        return new Claimed(rs.getLong("id"), rs.getLong("send_id"), rs.getString("address"), rs.getString("display_name"),
                rs.getString("domain"), Language.fromCode(rs.getString("language")).orElse(Language.EN),
                fields == null ? Map.of() : fieldsReader.<Map<String, String>>readValue(fields), rs.getInt("attempts"));
    }

    /** Writes outcomes in one batch and one transaction (see {@link BulkWrites}). */
    @Transactional
    public void record(List<Outcome> outcomes) {
        if (!outcomes.isEmpty()) {
            bulk.outcomes(outcomes);
        }
    }

    private static final TypeReference<List<Outgoing.Digested>> DIGESTED = new TypeReference<>() {
    };

    /** How the renderer writes the content: the stored form of the outgoing message. */
    static String contentType(Outgoing.Content c) {
        return !c.digest().isEmpty() ? "multipart/mixed" : c.html() == null || c.html().isBlank() ? "text/plain" : "multipart/alternative";
    }

    public SendTemplate template(long sendId) {
        var send = jdbc.sql("select * from mail_send where id = ?").param(sendId).query((rs, n) -> new Object[] {
            rs.getString("from_address"), rs.getString("from_name"), rs.getString("reply_to"),
            rs.getString("list_id") == null ? null
                    : new Outgoing.ListHeaders(rs.getString("list_id"), rs.getString("list_unsubscribe"),
                            rs.getString("list_archive"), rs.getString("list_post")),
            rs.getString("message_id") == null ? null : new Outgoing.Conversation(rs.getString("message_id"),
                    rs.getString("in_reply_to"), rs.getString("refs") == null ? List.of() : List.of(rs.getString("refs").split(" "))) })
            .optional().orElseThrow(() -> new NotFound("mail-send", String.valueOf(sendId)));
        Map<Language, Outgoing.Content> contents = new EnumMap<>(Language.class);
        Language[] fallback = { Language.EN };
        jdbc.sql("select * from mail_content where send_id = ?").param(sendId).query(rs -> {
            Language language = Language.fromCode(rs.getString("language")).orElse(Language.EN);
            if (rs.getBoolean("fallback")) {
                fallback[0] = language;
            }
            String digest = rs.getString("digest_json");
            contents.put(language, new Outgoing.Content(rs.getString("subject"), rs.getString("text_body"),
                    rs.getString("html_body"), digest == null ? List.of() : json.readValue(digest, DIGESTED)));
        });
        return new SendTemplate(sendId, (String) send[0], (String) send[1], (String) send[2],
                (Outgoing.ListHeaders) send[3], contents, fallback[0], (Outgoing.Conversation) send[4]);
    }

    /** The content of a send, first language first, to start a follow-up send with. */
    public Map<Language, Outgoing.Content> contents(long sendId) {
        SendTemplate t = template(sendId);
        Map<Language, Outgoing.Content> ordered = new LinkedHashMap<>();
        ordered.put(t.fallback(), t.contents().get(t.fallback()));
        ordered.putAll(t.contents());
        return ordered;
    }

    public Map<Long, SendState> openSends() {
        Map<Long, SendState> states = new java.util.HashMap<>();
        jdbc.sql("select id, state from mail_send where state <> 'FINISHED'")
            .query(rs -> {
                states.put(rs.getLong("id"), SendState.valueOf(rs.getString("state")));
            });
        return states;
    }

    /**
     * Marks finished every active or cancelled send wholly queued whose recipients all have a final state,
     * and drops its claims. A send whose queueing node stopped writing (its lease ran out) is first marked
     * interrupted, so that it can finish with the recipients it has.
     */
    @Transactional
    public int finishDone() {
        OffsetDateTime now = Timestamps.now();
        markInterrupted("queueing_until < ?", now);
        int finished = jdbc.sql("""
                update mail_send set state = 'FINISHED', finished_at = ? where state in ('ACTIVE', 'CANCELLED')
                and queueing_until is null and not exists (select 1 from mail_recipient r where r.send_id = mail_send.id
                    and r.state in ('QUEUED', 'SENDING', 'DEFERRED'))""")
            .param(now).update();
        if (finished > 0) {
            jdbc.sql("delete from mail_claim where send_id in (select id from mail_send where state = 'FINISHED')").update();
        }
        return finished;
    }

    public void setState(long sendId, SendState from, SendState to) {
        jdbc.sql("update mail_send set state = ? where id = ? and state = ?").params(to.name(), sendId, from.name()).update();
    }

    /** Ends every recipient not yet contacted as failed, for a cancelled send. */
    public void failOpen(long sendId, String reply) {
        jdbc.sql("""
                update mail_recipient set state = 'FAILED', smtp_reply = ?, done_at = ?, claim_token = null, lease_until = null
                where send_id = ? and state in ('QUEUED', 'DEFERRED')""").params(reply, Timestamps.now(), sendId).update();
    }

    public String sendState(long sendId) {
        return jdbc.sql("select state from mail_send where id = ?").param(sendId).query(String.class).optional()
            .orElseThrow(() -> new NotFound("mail-send", String.valueOf(sendId)));
    }

    /** Recipients of a send, as follow-ups need them: only those in the given states, or all. */
    public List<Outgoing.Recipient> recipients(long sendId, List<RecipientState> states) {
        String filter = states.isEmpty() ? ""
                : " and state in (" + String.join(",", states.stream().map(s -> "'" + s.name() + "'").toList()) + ")";
        return jdbc.sql("select * from mail_recipient where send_id = ?" + filter + " order by id").param(sendId)
            .query((rs, n) -> {
                Claimed c = claimed(rs, n);
                return new Outgoing.Recipient(c.address(), c.name(), c.language(), c.fields());
            }).list();
    }

    /** One line of the staff's sends list. */
    public record SendRow(long id, String name, String state, Instant createdAt, String createdBy, long recipients,
            long open) {
    }

    public List<SendRow> recent(int limit) {
        return jdbc.sql("""
                select s.id, s.name, s.state, s.created_at, s.created_by,
                    (select count(*) from mail_recipient r where r.send_id = s.id) recipients,
                    (select count(*) from mail_recipient r where r.send_id = s.id and r.state in ('QUEUED', 'SENDING', 'DEFERRED')) open_count
                from mail_send s order by s.id desc fetch first ? rows only""")
            .param(limit)
            .query((rs, n) -> new SendRow(rs.getLong("id"), rs.getString("name"), rs.getString("state"),
                    Timestamps.read(rs, "created_at"), rs.getString("created_by"), rs.getLong("recipients"),
                    rs.getLong("open_count")))
            .list();
    }
}
