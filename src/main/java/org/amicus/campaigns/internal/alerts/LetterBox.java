package org.amicus.campaigns.internal.alerts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.amicus.campaigns.internal.strategy.Checks;
import org.amicus.mail.Outbox;
import org.amicus.mail.Outgoing;
import org.amicus.platform.Language;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.Timestamps;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Letters supporters write to the official holding the target office today (or to each seat of a group
 * of offices, one letter row per official): sent through the mail
 * engine (from the coalition's address, replies going to the supporter) within a daily cap per
 * official, or handed to the supporter to send themselves. The letter, the cap and the queued mail
 * commit together or not at all.
 */
@Service
public class LetterBox {

    /** What a supporter typed. {@code delivery} is SEND or HAND. */
    public record Draft(String name, String email, String country, String subject, String body, String delivery) {
    }

    /** A letter written: to whom (one official, or each seat of a group), and for a letter handed over, the text. */
    public record Written(List<Alerts.Target> targets, boolean sent, String subject, String body) {
    }

    private final JdbcClient jdbc;
    private final Alerts alerts;
    private final AlertSignatures signatures;
    private final Outbox outbox;
    private final TransactionTemplate tx;
    private final String from;

    LetterBox(JdbcClient jdbc, Alerts alerts, AlertSignatures signatures, Outbox outbox, TransactionTemplate tx,
            @Value("${amicus.campaigns.from-address:campaigns@localhost}") String from) {
        this.jdbc = jdbc;
        this.alerts = alerts;
        this.signatures = signatures;
        this.outbox = outbox;
        this.tx = tx;
        this.from = from;
    }

    public Written write(Alert alert, Draft d, Language language) {
        if (!alert.open() || alert.kind() != Alert.Kind.LETTER) {
            throw new RejectedInput("alert", "alerts.closed");
        }
        Checks checks = new Checks();
        String name = Letters.headerField(checks, "name", d.name(), 200);
        String email = Letters.email(checks, d.email());
        String country = signatures.country(checks, d.country(), alert.targetState() == null && alert.targetGroup() == null);
        String subject = Letters.headerField(checks, "subject", d.subject(), 300);
        String body = checks.required("body", d.body(), 8000);
        boolean send = !"HAND".equalsIgnoreCase(d.delivery());
        checks.orThrow();
        List<Alerts.Target> targets = alerts.targets(alert, alert.targetState() != null ? alert.targetState() : country);
        LocalDate today = LocalDate.now();
        if (send) {
            targets.forEach(t -> openCounter(t.official().id(), today));
        }
        tx.executeWithoutResult(status -> {
            Long sendId = null;
            if (send) {
                for (Alerts.Target t : targets) {
                    int raised = jdbc.sql("update official_daily_letters set letters = letters + 1 where official_id = ? and sent_on = ? and letters < ?")
                        .params(t.official().id(), today, alert.dailyCap()).update();
                    if (raised == 0) {
                        throw new RejectedInput("delivery", "alerts.dailyCapReached", t.official().name());
                    }
                }
                sendId = outbox.enqueue(new Outgoing("Letter, alert " + alert.slug(), from, name, email, null,
                        Map.of(language, new Outgoing.Content(subject, body, null)),
                        targets.stream().map(t -> new Outgoing.Recipient(t.official().primaryEmail(), t.official().name(),
                                Language.fromCode(t.official().preferredLanguage()).orElse(language), Map.of())).toList()));
            }
            for (Alerts.Target t : targets) {
                jdbc.sql("""
                        insert into alert_letter (alert_id, sender_email, sender_name, sender_country, official_id, office, office_state, subject,
                        body, delivery, mail_send_id, written_on, written_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(alert.id(), email, name, country, t.official().id(), t.office(), t.state(), subject, body, send ? "SEND" : "HAND",
                            sendId, today, Timestamps.now())
                    .update();
            }
        });
        return new Written(targets, send, subject, body);
    }

    /** The day's counter for an official, created on its own so that two first letters of the day cannot collide inside a letter's transaction. */
    private void openCounter(long officialId, LocalDate day) {
        try {
            jdbc.sql("insert into official_daily_letters (official_id, sent_on, letters) select ?, ?, 0 where not exists "
                    + "(select 1 from official_daily_letters where official_id = ? and sent_on = ?)")
                .params(officialId, day, officialId, day).update();
        } catch (DuplicateKeyException alreadyOpened) {
            // a concurrent letter opened it: the update in the transaction counts against it
        }
    }

    /** Letters written for an alert. */
    public long count(long alertId) {
        return jdbc.sql("select count(*) from alert_letter where alert_id = ?").param(alertId).query(Long.class).single();
    }
}
