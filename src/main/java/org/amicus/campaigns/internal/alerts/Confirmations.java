package org.amicus.campaigns.internal.alerts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.amicus.mail.Outbox;
import org.amicus.mail.Outgoing;
import org.amicus.platform.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails each new signature its confirmation link, in the signer's language. AlertSignatures arrive by the
 * hundred per second under a busy alert, so they are gathered into one send every few seconds rather
 * than one send each; a signature is claimed row by row, so two nodes never mail it twice.
 */
@Component
class Confirmations {

    private static final int BATCH = 1000;

    private record Pending(long id, long alertId, String email, String name, Language language, String token) {
    }

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final MessageSource messages;
    private final String from;
    private final String baseUrl;

    Confirmations(JdbcClient jdbc, Outbox outbox, MessageSource messages,
            @Value("${amicus.campaigns.from-address:campaigns@localhost}") String from,
            @Value("${amicus.mail.base-url:http://localhost:8080}") String baseUrl) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.messages = messages;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    /** Queues the confirmations of the signatures not yet mailed; the number queued. */
    @Scheduled(fixedDelayString = "${amicus.campaigns.alerts.confirmations-every:PT5S}")
    @Transactional
    public int queue() {
        List<Pending> pending = jdbc.sql("""
                select id, alert_id, email, name, lang, confirm_token from alert_signature where mail_queued = false
                order by id fetch first ? rows only""")
            .param(BATCH)
            .query((rs, n) -> new Pending(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                    Language.fromCode(rs.getString(5)).orElse(Language.EN), rs.getString(6)))
            .list();
        Map<Long, Map<Language, String>> titles = new HashMap<>();
        if (!pending.isEmpty()) {
            jdbc.sql("select alert_id, lang, title from action_alert_text where alert_id in (:ids)")
                .param("ids", pending.stream().map(Pending::alertId).distinct().toList())
                .query((rs, n) -> titles.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Language.class))
                    .put(Language.fromCode(rs.getString(2)).orElse(Language.EN), rs.getString(3)))
                .list();
        }
        List<Outgoing.Recipient> recipients = new ArrayList<>();
        for (Pending p : pending) {
            if (jdbc.sql("update alert_signature set mail_queued = true where id = ? and mail_queued = false").param(p.id()).update() == 1) {
                recipients.add(new Outgoing.Recipient(p.email(), p.name(), p.language(),
                        Map.of("confirm_url", baseUrl + "/act/confirm/" + p.token(), "alert", title(titles.get(p.alertId()), p.language()))));
            }
        }
        if (!recipients.isEmpty()) {
            Map<Language, Outgoing.Content> contents = new EnumMap<>(Language.class);
            for (Language l : Language.values()) {
                contents.put(l, new Outgoing.Content(messages.getMessage("alerts.confirm.subject", null, l.locale()),
                        messages.getMessage("alerts.confirm.text", null, l.locale()), null));
            }
            outbox.enqueue(new Outgoing("Signature confirmations (" + recipients.size() + ")", from, null, null, null, contents, recipients));
        }
        return recipients.size();
    }

    /** The alert's title in the signer's language, else in English, else in the first language it has. */
    private static String title(Map<Language, String> titles, Language language) {
        if (titles == null || titles.isEmpty()) {
            return "";
        }
        return titles.getOrDefault(language, titles.getOrDefault(Language.EN, titles.values().iterator().next()));
    }
}
