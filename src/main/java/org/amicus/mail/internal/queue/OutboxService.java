package org.amicus.mail.internal.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.amicus.mail.Outbox;
import org.amicus.mail.Outgoing;
import org.amicus.mail.SendProgress;
import org.amicus.mail.internal.MailSettings;
import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.Language;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.RejectedInput.Problem;
import org.amicus.platform.Timestamps;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox other modules use: checks a send whole before anything is written, then queues it. */
@Service
class OutboxService implements Outbox {

    private static final Duration RATE_WINDOW = Duration.ofSeconds(60);

    private final Queue queue;
    private final Suppressions suppressions;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final MailSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    OutboxService(Queue queue, Suppressions suppressions, AuditTrail audit, JdbcClient jdbc, MailSettings settings,
            ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.queue = queue;
        this.suppressions = suppressions;
        this.audit = audit;
        this.jdbc = jdbc;
        this.settings = settings;
        this.events = events;
        this.transaction = transaction;
    }

    @Override
    public long enqueue(Outgoing outgoing) {
        return insert(outgoing, null);
    }

    @Override
    public long sendToAdded(long sendId, List<Outgoing.Recipient> recipients) {
        Set<String> had = new HashSet<>();
        queue.recipients(sendId, List.of()).forEach(r -> had.add(Suppressions.key(r.address())));
        List<Outgoing.Recipient> added = recipients.stream().filter(r -> !had.contains(Suppressions.key(r.address()))).toList();
        return insert(followUp(sendId, added, "added"), sendId);
    }

    @Override
    public long resendFailed(long sendId) {
        var failed = queue.recipients(sendId, List.of(RecipientState.FAILED, RecipientState.BOUNCED));
        return insert(followUp(sendId, failed, "resent"), sendId);
    }

    private Outgoing followUp(long sendId, List<Outgoing.Recipient> recipients, String why) {
        SendTemplate t = queue.template(sendId);
        String name = jdbc.sql("select name from mail_send where id = ?").param(sendId).query(String.class).single();
        return new Outgoing(truncate(name + " (" + why + ")", 300), t.fromAddress(), t.fromName(), t.replyTo(), t.list(),
                queue.contents(sendId), recipients, t.conversation());
    }

    /**
     * Writes a checked send. A large one (more than {@code queue.chunk} recipients) is committed a chunk
     * at a time, so that delivery starts with the first chunk instead of after the last; until the last
     * the send is marked as still queueing and cannot finish. A caller inside its own transaction gets
     * one transaction for all, as nothing of it is visible before that caller commits.
     */
    private long insert(Outgoing outgoing, Long follows) {
        Outgoing checked = check(outgoing);
        List<Outgoing.Recipient> all = checked.recipients();
        int chunk = Math.max(1, settings.queue().chunk());
        if (all.size() <= chunk || TransactionSynchronizationManager.isActualTransactionActive()) {
            return transaction.execute(s -> {
                long id = queue.open(checked, follows, false);
                write(id, checked, all, true, true);
                return id;
            });
        }
        long id = transaction.execute(s -> queue.open(checked, follows, true));
        int from = 0;
        try {
            while (from < all.size()) {
                int to = Math.min(all.size(), from + chunk);
                List<Outgoing.Recipient> part = all.subList(from, to);
                boolean first = from == 0;
                boolean last = to == all.size();
                transaction.executeWithoutResult(s -> write(id, checked, part, first, last));
                from = to;
            }
        } catch (RuntimeException e) {
            int queued = from;
            transaction.executeWithoutResult(s -> {
                queue.interrupted(id);
                audit.record(new Change("mail-send", String.valueOf(id), "queueing interrupted", null,
                        Map.of("queued", queued, "recipients", all.size()), null,
                        "Queueing of send " + checked.name() + " stopped after " + queued + " of " + all.size() + " recipients"));
            });
            throw e;
        }
        return id;
    }

    /** Writes recipients of the send, the last of them with the audit record; either way the dispatcher hears of them. */
    private void write(long id, Outgoing send, List<Outgoing.Recipient> part, boolean first, boolean last) {
        List<Outgoing.Recipient> all = send.recipients();
        queue.add(id, part, send.list() == null ? null : send.list().id(), suppressions::suppressed, first, last);
        if (last) {
            audit.record(new Change("mail-send", String.valueOf(id), "queued", null,
                    Map.of("name", send.name(), "recipients", all.size()), null,
                    "Queued send " + send.name() + " to " + all.size() + " recipients"));
        }
        events.publishEvent(new SendChanged(id));
    }

    /** Every problem of the send at once; addresses are normalised and repeated ones kept once. */
    static Outgoing check(Outgoing o) {
        List<Problem> problems = new ArrayList<>();
        if (o.name() == null || o.name().isBlank()) {
            problems.add(new Problem(0, "name", "mail.error.required"));
        }
        String from = Addresses.normalise(o.fromAddress()).orElse(null);
        if (from == null) {
            problems.add(new Problem(0, "fromAddress", "mail.error.address", String.valueOf(o.fromAddress())));
        }
        if (o.replyTo() != null && Addresses.normalise(o.replyTo()).isEmpty()) {
            problems.add(new Problem(0, "replyTo", "mail.error.address", o.replyTo()));
        }
        if (Addresses.breaksHeader(o.fromName())) {
            problems.add(new Problem(0, "fromName", "mail.error.lineBreak"));
        }
        if (o.list() != null && (Addresses.breaksHeader(o.list().id()) || Addresses.breaksHeader(o.list().archive())
                || Addresses.breaksHeader(o.list().post()) || Addresses.breaksHeader(o.list().unsubscribe()))) {
            problems.add(new Problem(0, "list", "mail.error.lineBreak"));
        }
        if (o.conversation() != null && !o.conversation().valid()) {
            problems.add(new Problem(0, "conversation", "mail.error.messageId"));
        }
        if (o.contents() == null || o.contents().isEmpty()) {
            problems.add(new Problem(0, "subject", "mail.error.noContent"));
        } else {
            o.contents().forEach((language, c) -> {
                if (c.subject() == null || c.subject().isBlank() || c.text() == null || c.text().isBlank()) {
                    problems.add(new Problem(0, "subject", "mail.error.contentMissing", language.code()));
                } else if (Addresses.breaksHeader(c.subject())) {
                    problems.add(new Problem(0, "subject", "mail.error.lineBreak"));
                }
                if (c.digest().stream().anyMatch(d -> Addresses.normalise(d.fromAddress()).isEmpty())) {
                    problems.add(new Problem(0, "digest", "mail.error.digest", language.code()));
                }
            });
        }
        int given = o.recipients() == null ? 0 : o.recipients().size();
        Map<String, Outgoing.Recipient> recipients = new LinkedHashMap<>(given + given / 3 + 1);
        int line = 0;
        for (Outgoing.Recipient r : o.recipients() == null ? List.<Outgoing.Recipient>of() : o.recipients()) {
            line++;
            String address = Addresses.normalise(r.address()).orElse(null);
            if (address == null) {
                problems.add(new Problem(line, "recipients", "mail.error.address", String.valueOf(r.address())));
            } else if (Addresses.breaksHeader(r.name())) {
                problems.add(new Problem(line, "recipients", "mail.error.lineBreak"));
            } else {
                recipients.putIfAbsent(Suppressions.key(address), new Outgoing.Recipient(address, r.name(),
                        r.language() == null ? Language.EN : r.language(), r.fields()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        return new Outgoing(o.name().trim(), from, o.fromName(), o.replyTo(), o.list(), o.contents(),
                List.copyOf(recipients.values()), o.conversation());
    }

    @Override
    public SendProgress progress(long sendId) {
        String state = queue.sendState(sendId);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (RecipientState s : RecipientState.values()) {
            counts.put(s.name(), 0L);
        }
        Instant since = Instant.now().minus(RATE_WINDOW);
        long[] recent = { 0 };
        Instant[] first = { null };
        // One pass over the send's rows: counts by state, those done in the last minute, the first attempt.
        jdbc.sql("""
                select state, count(*) n, sum(case when done_at >= ? and state <> 'SUPPRESSED' then 1 else 0 end) recent,
                    min(sending_at) first_sending
                from mail_recipient where send_id = ? group by state""")
            .params(Timestamps.param(since), sendId)
            .query(rs -> {
                counts.put(rs.getString("state"), rs.getLong("n"));
                recent[0] += rs.getLong("recent");
                Instant sending = Timestamps.read(rs, "first_sending");
                if (sending != null && (first[0] == null || sending.isBefore(first[0]))) {
                    first[0] = sending;
                }
            });
        var times = jdbc.sql("select name, created_at, finished_at, queueing_until, queueing_interrupted from mail_send where id = ?")
            .param(sendId).query((rs, n) -> new Object[] { rs.getString("name"), Timestamps.read(rs, "created_at"),
                Timestamps.read(rs, "finished_at"), Timestamps.read(rs, "queueing_until") != null, rs.getBoolean("queueing_interrupted") })
            .single();
        double window = first[0] == null ? 0 : Math.min(RATE_WINDOW.toMillis(), Math.max(1000, Duration.between(
                first[0].isAfter(since) ? first[0] : since, Instant.now()).toMillis())) / 1000.0;
        double rate = window == 0 ? 0 : recent[0] / window;
        long open = counts.get("QUEUED") + counts.get("SENDING") + counts.get("DEFERRED");
        return new SendProgress(sendId, (String) times[0], state, (Instant) times[1], (Instant) times[2], counts, rate,
                estimate(open, rate), (Boolean) times[3], (Boolean) times[4]);
    }

    @Override
    public Duration estimate(long recipients) {
        return estimate(recipients, 0);
    }

    /** Time to finish at the measured rate, or at the configured rate before one is measured; null if unknown. */
    Duration estimate(long open, double measured) {
        double rate = measured > 0 ? measured : settings.rate().effectivePerSecond();
        return open == 0 ? Duration.ZERO : rate <= 0 ? null : Duration.ofSeconds((long) Math.ceil(open / rate));
    }

    @Override
    @Transactional
    public void pause(long sendId) {
        change(sendId, SendState.ACTIVE, SendState.PAUSED, "paused");
    }

    @Override
    @Transactional
    public void resume(long sendId) {
        change(sendId, SendState.PAUSED, SendState.ACTIVE, "resumed");
    }

    @Override
    @Transactional
    public void cancel(long sendId) {
        String before = queue.sendState(sendId);
        if (SendState.FINISHED.name().equals(before) || SendState.CANCELLED.name().equals(before)) {
            return;
        }
        queue.setState(sendId, SendState.valueOf(before), SendState.CANCELLED);
        queue.failOpen(sendId, "cancelled");
        queue.finishDone();
        events.publishEvent(new SendChanged(sendId));
        audit.record(new Change("mail-send", String.valueOf(sendId), "cancelled", before, SendState.CANCELLED.name(), null,
                "Cancelled send " + sendId));
    }

    private void change(long sendId, SendState from, SendState to, String action) {
        String before = queue.sendState(sendId);
        if (!from.name().equals(before)) {
            throw new RejectedInput("state", "mail.error.state", before);
        }
        queue.setState(sendId, from, to);
        events.publishEvent(new SendChanged(sendId));
        audit.record(new Change("mail-send", String.valueOf(sendId), action, from.name(), to.name(), null,
                action + " send " + sendId));
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
