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

import org.amicus.mail.Outgoing;
import org.amicus.platform.AuditTrail;
import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbound queue in the database. Nothing about a send lives only in memory: a worker claims
 * recipients by writing a claim token and a lease, and writes each outcome back; a recipient whose
 * lease ran out (its node died) is claimed again. The claim is a conditional update that only takes
 * rows still free, which is correct on H2 and PostgreSQL alike and under several nodes.
 */
@Component
public class Queue {

    private static final String FREE = """
            ((state in ('QUEUED', 'DEFERRED') and next_attempt <= ?) or (state = 'SENDING' and lease_until < ?))""";

    /** Rows per insert statement when a send is queued: 10 parameters each, far below any driver's limit. */
    private static final int ROWS_PER_INSERT = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    Queue(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    /** Writes a checked send with its recipients; suppressed addresses are written as SUPPRESSED. */
    @Transactional
    public long insert(Outgoing o, Long follows, java.util.function.BiPredicate<String, String> suppressed) {
        OffsetDateTime now = Timestamps.now();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into mail_send (created_at, created_by, name, from_address, from_name, reply_to, list_id,
                    list_unsubscribe, list_archive, list_post, state, follows_send_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?)""")
            .params(now, AuditTrail.currentActor(), o.name(), o.fromAddress(), o.fromName(), o.replyTo(),
                    o.list() == null ? null : o.list().id(), o.list() == null ? null : o.list().unsubscribe(),
                    o.list() == null ? null : o.list().archive(), o.list() == null ? null : o.list().post(), follows)
            .update(keys, "id");
        long id = keys.getKey().longValue();
        int order = 0;
        for (var e : o.contents().entrySet()) {
            jdbc.sql("insert into mail_content (send_id, language, fallback, subject, text_body, html_body) values (?, ?, ?, ?, ?, ?)")
                .params(id, e.getKey().code(), order++ == 0, e.getValue().subject(), e.getValue().text(),
                        e.getValue().html())
                .update();
        }
        List<Object[]> rows = new ArrayList<>(o.recipients().size());
        for (Outgoing.Recipient r : o.recipients()) {
            String state = suppressed.test(r.address(), o.list() == null ? null : o.list().id()) ? RecipientState.SUPPRESSED.name() : RecipientState.QUEUED.name();
            rows.add(new Object[] { id, r.address(), r.name(), Addresses.domain(r.address()), r.language().code(),
                    r.fields() == null || r.fields().isEmpty() ? null : json.writeValueAsString(r.fields()), state, now, now,
                    RecipientState.SUPPRESSED.name().equals(state) ? now : null });
        }
        // Many rows per statement (as PostgreSQL's reWriteBatchedInserts would make of a batch): far less work
        // per row than one statement each, on H2 and PostgreSQL alike.
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            List<Object> params = new ArrayList<>(chunk.size() * 10);
            chunk.forEach(row -> params.addAll(java.util.Arrays.asList(row)));
            jdbc.sql("""
                    insert into mail_recipient (send_id, address, display_name, domain, language, fields_json, state, attempts,
                        next_attempt, queued_at, done_at) values """
                    + String.join(",", java.util.Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)")))
                .params(params).update();
        }
        return id;
    }

    /**
     * Claims up to max due recipients of the given active sends for this node, under a lease: first
     * those due (queued or deferred), then those whose lease ran out (their node died). Rows taken by
     * another node between the select and the update are simply not claimed.
     */
    @Transactional
    public List<Claimed> claim(int max, Duration lease, List<Long> sends) {
        OffsetDateTime now = Timestamps.now();
        String in = "send_id in (" + String.join(",", sends.stream().map(String::valueOf).toList()) + ")";
        List<Claimed> due = new ArrayList<>(jdbc.sql("select * from mail_recipient where state in ('QUEUED', 'DEFERRED') and next_attempt <= ? and "
                + in + " fetch first ? rows only").params(now, max).query(this::claimed).list());
        if (due.size() < max) {
            due.addAll(jdbc.sql("select * from mail_recipient where state = 'SENDING' and lease_until < ? and " + in
                    + " fetch first ? rows only").params(now, max - due.size()).query(this::claimed).list());
        }
        if (due.isEmpty()) {
            return List.of();
        }
        List<Long> ids = due.stream().map(Claimed::id).toList();
        String token = UUID.randomUUID().toString();
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        List<Object> params = new ArrayList<>(List.of(token, Timestamps.param(now.toInstant().plus(lease)), now));
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

    /** Claims among every active send (for tools and tests; the dispatcher passes the sends it knows). */
    public List<Claimed> claim(int max, Duration lease) {
        List<Long> sends = jdbc.sql("select id from mail_send where state = 'ACTIVE'").query(Long.class).list();
        return sends.isEmpty() ? List.of() : claim(max, lease, sends);
    }

    private Claimed claimed(ResultSet rs, int n) throws SQLException {
        String fields = rs.getString("fields_json");
        return new Claimed(rs.getLong("id"), rs.getLong("send_id"), rs.getString("address"), rs.getString("display_name"),
                rs.getString("domain"), Language.fromCode(rs.getString("language")).orElse(Language.EN),
                fields == null ? Map.of() : json.readValue(fields, new TypeReference<Map<String, String>>() {
                }), rs.getInt("attempts"));
    }

    /** Writes outcomes in one batch and one transaction. A released row goes back to QUEUED without an attempt counted. */
    @Transactional
    public void record(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        OffsetDateTime now = Timestamps.now();
        List<Object[]> rows = new ArrayList<>(outcomes.size());
        for (Outcome o : outcomes) {
            boolean released = o.state() == RecipientState.QUEUED;
            rows.add(new Object[] { o.state().name(), released ? 0 : 1, truncate(o.reply()),
                    o.nextAttempt() == null ? now : Timestamps.param(o.nextAttempt()), o.state().isFinal() ? now : null,
                    o.recipientId() });
        }
        template.batchUpdate("""
                update mail_recipient set state = ?, attempts = attempts + ?, smtp_reply = coalesce(?, smtp_reply),
                    next_attempt = ?, done_at = ?, claim_token = null, lease_until = null
                where id = ? and state = 'SENDING'""", rows);
    }

    public SendTemplate template(long sendId) {
        var send = jdbc.sql("select * from mail_send where id = ?").param(sendId).query((rs, n) -> new Object[] {
            rs.getString("from_address"), rs.getString("from_name"), rs.getString("reply_to"),
            rs.getString("list_id") == null ? null
                    : new Outgoing.ListHeaders(rs.getString("list_id"), rs.getString("list_unsubscribe"),
                            rs.getString("list_archive"), rs.getString("list_post")) })
            .optional().orElseThrow(() -> new NotFound("mail-send", String.valueOf(sendId)));
        Map<Language, Outgoing.Content> contents = new EnumMap<>(Language.class);
        Language[] fallback = { Language.EN };
        jdbc.sql("select * from mail_content where send_id = ?").param(sendId).query(rs -> {
            Language language = Language.fromCode(rs.getString("language")).orElse(Language.EN);
            if (rs.getBoolean("fallback")) {
                fallback[0] = language;
            }
            contents.put(language, new Outgoing.Content(rs.getString("subject"), rs.getString("text_body"),
                    rs.getString("html_body")));
        });
        return new SendTemplate(sendId, (String) send[0], (String) send[1], (String) send[2],
                (Outgoing.ListHeaders) send[3], contents, fallback[0]);
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

    /** Marks finished every active or cancelled send whose recipients all have a final state. */
    public int finishDone() {
        return jdbc.sql("""
                update mail_send set state = 'FINISHED', finished_at = ? where state in ('ACTIVE', 'CANCELLED')
                and not exists (select 1 from mail_recipient r where r.send_id = mail_send.id
                    and r.state in ('QUEUED', 'SENDING', 'DEFERRED'))""")
            .param(Timestamps.now()).update();
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

    private static String truncate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
