package org.amicus.publications.internal.sending;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.amicus.mail.Outbox;
import org.amicus.mail.Outgoing;
import org.amicus.mail.SendProgress;
import org.amicus.members.Members;
import org.amicus.members.PersonRef;
import org.amicus.members.Purpose;
import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.Language;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.Timestamps;
import org.amicus.publications.internal.record.Edition;
import org.amicus.publications.internal.record.Editions;
import org.amicus.publications.internal.render.Renderings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends an edition by e-mail to a smart group, each reader in their language: one mail send per
 * language, so the mail engine's progress of each send is the readership of that language.
 */
@Service
public class EditionSends {

    private final Editions editions;
    private final Renderings renderings;
    private final Members members;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ReaderTracking tracking;
    private final String fromAddress;
    private final String fromName;

    EditionSends(Editions editions, Renderings renderings, Members members, Outbox outbox, JdbcClient jdbc, AuditTrail audit,
            ReaderTracking tracking, @Value("${amicus.publications.from-address:publications@localhost}") String fromAddress,
            @Value("${amicus.publications.from-name:Amicus}") String fromName) {
        this.editions = editions;
        this.renderings = renderings;
        this.members = members;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.audit = audit;
        this.tracking = tracking;
        this.fromAddress = fromAddress;
        this.fromName = fromName;
    }

    public SendPlan plan(long editionId, long smartGroupId, Language fallback) {
        return plan(editions.edition(editionId), reachable(smartGroupId), fallback);
    }

    /** The group's people an edition may go to, and how many are left out for want of an address or of a newsletter consent. */
    record Reachable(List<PersonRef> readers, int withoutAddress, int withoutConsent, Set<Long> declinedTracking) {
    }

    private Reachable reachable(long smartGroupId) {
        List<PersonRef> audience = members.audience(smartGroupId);
        List<PersonRef> withAddress = audience.stream().filter(p -> p.primaryEmail() != null && !p.primaryEmail().isBlank()).toList();
        Set<Long> consenting = members.consenting(withAddress.stream().map(PersonRef::id).toList(), Purpose.NEWSLETTER);
        List<PersonRef> readers = withAddress.stream().filter(p -> consenting.contains(p.id())).toList();
        Set<Long> declined = tracking.declined(readers.stream().map(PersonRef::id).toList());
        return new Reachable(readers, audience.size() - withAddress.size(), withAddress.size() - readers.size(), declined);
    }

    static SendPlan plan(Edition edition, Reachable reachable, Language fallback) {
        Language chosen = fallback != null && edition.isApproved(fallback) ? fallback : edition.sourceLanguage();
        Map<Language, Integer> byLanguage = new LinkedHashMap<>();
        int unknown = 0;
        for (PersonRef p : reachable.readers()) {
            Language l = Language.fromCode(p.preferredLanguage()).orElse(null);
            if (l == null) {
                unknown++;
            } else {
                byLanguage.merge(l, 1, Integer::sum);
            }
        }
        List<SendPlan.Line> lines = new ArrayList<>();
        int readers = unknown;
        int fallbackReaders = unknown;
        for (Language l : Language.values()) {
            int n = byLanguage.getOrDefault(l, 0);
            if (n > 0) {
                Language sentIn = edition.isApproved(l) ? l : chosen;
                lines.add(new SendPlan.Line(l, n, sentIn));
                readers += n;
                fallbackReaders += sentIn == l ? 0 : n;
            }
        }
        if (unknown > 0) {
            lines.add(new SendPlan.Line(null, unknown, chosen));
        }
        return new SendPlan(lines, readers, reachable.withoutAddress(), reachable.withoutConsent(), chosen, fallbackReaders,
                reachable.declinedTracking().size());
    }

    /**
     * Queues the edition's e-mail. Refused when the edition has no approved translation a reader
     * would get, or when some readers would get the fallback language and the sender has not said
     * they accept it. With {@code track}, each language's readers who have not declined tracking get
     * a tracked copy (a send of its own), the others a plain one.
     */
    @Transactional
    public List<Long> send(long editionId, long smartGroupId, Language fallback, boolean fallbackAccepted, boolean track) {
        Edition edition = editions.edition(editionId);
        if (fallback == null || !edition.isApproved(fallback)) {
            throw new RejectedInput("fallback", "publications.send.fallbackNotApproved");
        }
        Reachable reachable = reachable(smartGroupId);
        SendPlan plan = plan(edition, reachable, fallback);
        if (plan.readers() == 0) {
            throw new RejectedInput("smartGroupId", "publications.send.nobody");
        }
        if (plan.fallbackReaders() > 0 && !fallbackAccepted) {
            throw new RejectedInput("fallbackAccepted", "publications.send.confirmFallback", plan.fallbackReaders(), fallback.nativeName());
        }
        Map<Language, List<PersonRef>> byLanguage = new EnumMap<>(Language.class);
        Map<Long, Boolean> fallbackReader = new java.util.HashMap<>();
        for (PersonRef p : reachable.readers()) {
            Language reads = Language.fromCode(p.preferredLanguage()).orElse(null);
            Language sentIn = reads != null && edition.isApproved(reads) ? reads : fallback;
            byLanguage.computeIfAbsent(sentIn, k -> new ArrayList<>()).add(p);
            fallbackReader.put(p.id(), sentIn != reads);
        }
        List<Long> sends = new ArrayList<>();
        for (var group : byLanguage.entrySet()) {
            Language l = group.getKey();
            Map<Boolean, List<PersonRef>> split = group.getValue().stream()
                .collect(java.util.stream.Collectors.partitioningBy(p -> track && !reachable.declinedTracking().contains(p.id())));
            Outgoing.Content content = renderings.mail(edition, l);
            if (!split.get(false).isEmpty()) {
                sends.add(queue(edition, l, smartGroupId, content, null, split.get(false), fallbackReader));
            }
            if (!split.get(true).isEmpty()) {
                ReaderTracking.Prepared tracked = tracking.prepare(editionId, l, content, renderings.baseUrl());
                sends.add(queue(edition, l, smartGroupId, tracked.content(), tracked.trackingId(), split.get(true), fallbackReader));
            }
        }
        audit.record(new Change("edition", String.valueOf(editionId), "sent", null,
                Map.of("smartGroup", smartGroupId, "sends", sends, "fallback", fallback.code(), "tracked", track), null,
                "Edition e-mailed to smart group " + smartGroupId + " (" + plan.readers() + " readers)"));
        return sends;
    }

    private long queue(Edition edition, Language l, long smartGroupId, Outgoing.Content content, Long trackingId, List<PersonRef> readers,
            Map<Long, Boolean> fallbackReader) {
        List<Outgoing.Recipient> recipients = readers.stream().map(p -> new Outgoing.Recipient(p.primaryEmail(), p.name(), l,
                trackingId == null ? Map.<String, String>of() : Map.of("track", tracking.field(trackingId, p.id())))).toList();
        String name = edition.publication().name() + " · " + edition.label() + " (" + l.code() + (trackingId == null ? "" : ", tracked") + ")";
        long sendId = outbox.enqueue(new Outgoing(name, fromAddress, fromName, null, null, Map.of(l, content), recipients));
        jdbc.sql("""
                insert into edition_send (edition_id, language, send_id, recipients, fallback_recipients, smart_group_id, sent_at, sent_by,
                  tracking_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(edition.id(), l.code(), sendId, readers.size(), readers.stream().filter(p -> fallbackReader.get(p.id())).count(),
                    smartGroupId, Timestamps.now(), AuditTrail.currentActor(), trackingId)
            .update();
        return sendId;
    }

    /** Per language: the e-mail's recipients, deliveries, bounces and failures from the mail engine, and the web page's views. */
    public List<ReadershipRow> readership(long editionId) {
        Map<Language, Long> views = editions.views(editionId);
        Map<Language, long[]> sums = new EnumMap<>(Language.class);
        jdbc.sql("select language, send_id, recipients, fallback_recipients, tracking_id from edition_send where edition_id = ?")
            .param(editionId)
            .query(rs -> {
                Language l = Language.fromCode(rs.getString("language")).orElseThrow();
                SendProgress p = outbox.progress(rs.getLong("send_id"));
                long[] s = sums.computeIfAbsent(l, k -> new long[11]);
                s[0] += rs.getLong("recipients");
                s[1] += rs.getLong("fallback_recipients");
                s[2] += p.count("SENT");
                s[3] += p.count("BOUNCED");
                s[4] += p.count("FAILED");
                s[5] += p.count("SUPPRESSED");
                s[6] += p.open();
                Long trackingId = rs.getObject("tracking_id", Long.class);
                if (trackingId != null) {
                    ReaderTracking.Counts c = tracking.counts(trackingId);
                    s[7] += rs.getLong("recipients");
                    s[8] += c.opened();
                    s[9] += c.clicked();
                    s[10] += c.clicks();
                }
            });
        List<ReadershipRow> rows = new ArrayList<>();
        for (Language l : Language.values()) {
            long[] s = sums.get(l);
            if (s != null || views.containsKey(l)) {
                s = s == null ? new long[11] : s;
                rows.add(new ReadershipRow(l, s[0], s[1], s[2], s[3], s[4], s[5], s[6], views.getOrDefault(l, 0L), s[7], s[8], s[9], s[10]));
            }
        }
        return rows;
    }

    public static String csv(List<ReadershipRow> rows) {
        StringBuilder csv = new StringBuilder("language,recipients,fallback_recipients,delivered,bounced,failed,suppressed,pending,web_views,"
                + "tracked_recipients,opened,clicked,clicks\r\n");
        for (ReadershipRow r : rows) {
            csv.append(r.language().code()).append(',').append(r.recipients()).append(',').append(r.fallbackRecipients()).append(',')
                .append(r.delivered()).append(',').append(r.bounced()).append(',').append(r.failed()).append(',').append(r.suppressed())
                .append(',').append(r.pending()).append(',').append(r.webViews()).append(',').append(r.trackedRecipients()).append(',')
                .append(r.opened()).append(',').append(r.clicked()).append(',').append(r.clicks()).append("\r\n");
        }
        return csv.toString();
    }
}
