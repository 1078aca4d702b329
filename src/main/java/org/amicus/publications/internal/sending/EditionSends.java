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
    private final String fromAddress;
    private final String fromName;

    EditionSends(Editions editions, Renderings renderings, Members members, Outbox outbox, JdbcClient jdbc, AuditTrail audit,
            @Value("${amicus.publications.from-address:publications@localhost}") String fromAddress,
            @Value("${amicus.publications.from-name:Amicus}") String fromName) {
        this.editions = editions;
        this.renderings = renderings;
        this.members = members;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.audit = audit;
        this.fromAddress = fromAddress;
        this.fromName = fromName;
    }

    public SendPlan plan(long editionId, long smartGroupId, Language fallback) {
        return plan(editions.edition(editionId), reachable(smartGroupId), fallback);
    }

    /** The group's people an edition may go to, and how many are left out for want of an address or of a newsletter consent. */
    record Reachable(List<PersonRef> readers, int withoutAddress, int withoutConsent) {
    }

    private Reachable reachable(long smartGroupId) {
        List<PersonRef> audience = members.audience(smartGroupId);
        List<PersonRef> withAddress = audience.stream().filter(p -> p.primaryEmail() != null && !p.primaryEmail().isBlank()).toList();
        Set<Long> consenting = members.consenting(withAddress.stream().map(PersonRef::id).toList(), Purpose.NEWSLETTER);
        List<PersonRef> readers = withAddress.stream().filter(p -> consenting.contains(p.id())).toList();
        return new Reachable(readers, audience.size() - withAddress.size(), withAddress.size() - readers.size());
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
        return new SendPlan(lines, readers, reachable.withoutAddress(), reachable.withoutConsent(), chosen, fallbackReaders);
    }

    /**
     * Queues the edition's e-mail. Refused when the edition has no approved translation a reader
     * would get, or when some readers would get the fallback language and the sender has not said
     * they accept it.
     */
    @Transactional
    public List<Long> send(long editionId, long smartGroupId, Language fallback, boolean fallbackAccepted) {
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
        Map<Language, List<Outgoing.Recipient>> recipients = new EnumMap<>(Language.class);
        Map<Language, Integer> fallbacks = new EnumMap<>(Language.class);
        for (PersonRef p : reachable.readers()) {
            Language reads = Language.fromCode(p.preferredLanguage()).orElse(null);
            Language sentIn = reads != null && edition.isApproved(reads) ? reads : fallback;
            recipients.computeIfAbsent(sentIn, k -> new ArrayList<>()).add(new Outgoing.Recipient(p.primaryEmail(), p.name(), sentIn, Map.of()));
            if (sentIn != reads) {
                fallbacks.merge(sentIn, 1, Integer::sum);
            }
        }
        List<Long> sends = new ArrayList<>();
        for (var group : recipients.entrySet()) {
            Language l = group.getKey();
            String name = edition.publication().name() + " · " + edition.label() + " (" + l.code() + ")";
            long sendId = outbox.enqueue(new Outgoing(name, fromAddress, fromName, null, null, Map.of(l, renderings.mail(edition, l)),
                    group.getValue()));
            jdbc.sql("""
                    insert into edition_send (edition_id, language, send_id, recipients, fallback_recipients, smart_group_id, sent_at, sent_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(editionId, l.code(), sendId, group.getValue().size(), fallbacks.getOrDefault(l, 0), smartGroupId, Timestamps.now(),
                        AuditTrail.currentActor())
                .update();
            sends.add(sendId);
        }
        audit.record(new Change("edition", String.valueOf(editionId), "sent", null,
                Map.of("smartGroup", smartGroupId, "sends", sends, "fallback", fallback.code()), null,
                "Edition e-mailed to smart group " + smartGroupId + " (" + plan.readers() + " readers)"));
        return sends;
    }

    /** Per language: the e-mail's recipients, deliveries, bounces and failures from the mail engine, and the web page's views. */
    public List<ReadershipRow> readership(long editionId) {
        Map<Language, Long> views = editions.views(editionId);
        Map<Language, long[]> sums = new EnumMap<>(Language.class);
        jdbc.sql("select language, send_id, recipients, fallback_recipients from edition_send where edition_id = ?").param(editionId)
            .query(rs -> {
                Language l = Language.fromCode(rs.getString("language")).orElseThrow();
                SendProgress p = outbox.progress(rs.getLong("send_id"));
                long[] s = sums.computeIfAbsent(l, k -> new long[7]);
                s[0] += rs.getLong("recipients");
                s[1] += rs.getLong("fallback_recipients");
                s[2] += p.count("SENT");
                s[3] += p.count("BOUNCED");
                s[4] += p.count("FAILED");
                s[5] += p.count("SUPPRESSED");
                s[6] += p.open();
            });
        List<ReadershipRow> rows = new ArrayList<>();
        for (Language l : Language.values()) {
            long[] s = sums.get(l);
            if (s != null || views.containsKey(l)) {
                s = s == null ? new long[7] : s;
                rows.add(new ReadershipRow(l, s[0], s[1], s[2], s[3], s[4], s[5], s[6], views.getOrDefault(l, 0L)));
            }
        }
        return rows;
    }

    public static String csv(List<ReadershipRow> rows) {
        StringBuilder csv = new StringBuilder("language,recipients,fallback_recipients,delivered,bounced,failed,suppressed,pending,web_views\r\n");
        for (ReadershipRow r : rows) {
            csv.append(r.language().code()).append(',').append(r.recipients()).append(',').append(r.fallbackRecipients()).append(',')
                .append(r.delivered()).append(',').append(r.bounced()).append(',').append(r.failed()).append(',').append(r.suppressed())
                .append(',').append(r.pending()).append(',').append(r.webViews()).append("\r\n");
        }
        return csv.toString();
    }
}
