package org.amicus.states.internal.following;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.amicus.mail.DeliveryFeedback;
import org.amicus.mail.ListSuppressions;
import org.amicus.mail.Outbox;
import org.amicus.mail.Outgoing;
import org.amicus.platform.Language;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.UserContacts;
import org.amicus.states.LegislationStageRecorded;
import org.amicus.states.StateFactRecorded;
import org.amicus.states.TreatyEventRecorded;
import org.amicus.states.internal.record.Tracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Alerts by e-mail: each change to a followed state reaches every follower with an address at once,
 * in one send with one recipient per follower, each in the language they chose for their account.
 * The send's list is the state's alerts (List-Id "follow-{iso3}"); the one-click unsubscribe of an
 * alert names the recipient's address and that list, and ends that address's follow of that state
 * and nothing else. Following the state again takes back the engine's suppression of the address
 * on that list, which the unsubscribe left. Alerts sent before they were batched had one list per
 * follow ("follow-{id}"); their unsubscribe still ends that follow.
 */
@Component
class AlertMail {

    private static final Logger log = LoggerFactory.getLogger(AlertMail.class);
    private static final Pattern LIST_ID = Pattern.compile("<follow-(\\d+|[a-z]{3})\\.");

    private final Following following;
    private final UserContacts users;
    private final Outbox outbox;
    private final ListSuppressions suppressions;
    private final TransactionTemplate ownTransaction;
    private final AlertTexts texts;
    private final Tracker tracker;
    private final MessageSource messages;
    private final String baseUrl;
    private final String domain;
    private final String from;

    AlertMail(Following following, UserContacts users, Outbox outbox, ListSuppressions suppressions,
            PlatformTransactionManager transactions, AlertTexts texts, Tracker tracker, MessageSource messages,
            @Value("${amicus.mail.base-url}") String baseUrl,
            @Value("${amicus.mail.bounce-domain}") String domain,
            @Value("${amicus.following.mail-from:alerts@${amicus.mail.bounce-domain}}") String from) {
        this.following = following;
        this.users = users;
        this.outbox = outbox;
        this.suppressions = suppressions;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.texts = texts;
        this.tracker = tracker;
        this.messages = messages;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.domain = domain;
        this.from = from;
    }

    @ApplicationModuleListener
    void on(TreatyEventRecorded e) {
        send(e.iso3(), Alert.TREATY, e.type(), null, e.date(), e.action(), "/states/" + e.iso3());
    }

    @ApplicationModuleListener
    void on(LegislationStageRecorded e) {
        send(e.iso3(), Alert.LEGISLATION, e.stage(), e.component(), e.date(), e.action(),
                "/states/" + e.iso3() + "/legislation");
    }

    @ApplicationModuleListener
    void on(StateFactRecorded e) {
        send(e.iso3(), e.kind(), e.subject(), null, e.date(), e.action(), "/cooperation/states/" + e.iso3());
    }

    /** The one-click unsubscribe of an alert e-mail ends the follow it was sent for. */
    @ApplicationModuleListener
    void on(DeliveryFeedback feedback) {
        if (feedback.kind() != DeliveryFeedback.Kind.UNSUBSCRIBE || feedback.listId() == null) {
            return;
        }
        Matcher m = LIST_ID.matcher(feedback.listId());
        if (!m.find()) {
            return;
        }
        if (Character.isDigit(m.group(1).charAt(0))) {
            following.stop(Long.parseLong(m.group(1)));
            return;
        }
        for (Following.Follower follower : following.followers(m.group(1).toUpperCase(Locale.ROOT))) {
            if (users.contact(follower.username()).map(UserContacts.Contact::email).filter(feedback.address()::equalsIgnoreCase)
                    .isPresent()) {
                following.stop(follower.id());
            }
        }
    }

    /** A new follow: alerts of that state reach the address again, even if it once left them with one click. */
    @EventListener
    void on(Following.Followed followed) {
        users.contact(followed.username()).map(UserContacts.Contact::email)
            .ifPresent(email -> suppressions.lift(email, listIdentifier(followed.iso3())));
    }

    private String listIdentifier(String iso3) {
        return "follow-" + iso3.toLowerCase(Locale.ROOT) + "." + domain;
    }

    private void send(String iso3, String kind, String subject, String component, LocalDate date, String action,
            String page) {
        List<Outgoing.Recipient> recipients = new ArrayList<>();
        for (Following.Follower follower : following.followers(iso3)) {
            users.contact(follower.username()).filter(c -> c.email() != null).ifPresent(
                    to -> recipients.add(new Outgoing.Recipient(to.email(), to.displayName(), to.language(), Map.of())));
        }
        if (recipients.isEmpty()) {
            return;
        }
        Map<Language, Outgoing.Content> contents = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            Locale locale = language.locale();
            String text = texts.text(iso3, kind, subject, component, date, action, locale);
            String state = tracker.record().state(iso3).map(s -> s.name(language)).orElse(iso3);
            contents.put(language, new Outgoing.Content(text, messages.getMessage("alerts.mail.text",
                    new Object[] { text, baseUrl + page + "?lang=" + language.code(), state,
                        baseUrl + "/account/alerts?lang=" + language.code(), "{{unsubscribe_url}}" }, locale), null));
        }
        String name = "Alert: " + contents.get(Language.EN).subject();
        var list = new Outgoing.ListHeaders("Amicus " + iso3 + " <" + listIdentifier(iso3) + ">", null, null, null);
        enqueue(new Outgoing(name.length() > 300 ? name.substring(0, 300) : name, from, "Amicus", null, list, contents,
                recipients));
    }

    /**
     * Queues the send. A malformed address on one account must not hold back the others' alerts: the
     * recipients the refusal names (by their line, counted from 1) are left out and the rest queued.
     * Each try has a transaction of its own, because a refusal marks the transaction it happens in for
     * rollback, and the listener's would then take the retry down with it.
     */
    private void enqueue(Outgoing send) {
        try {
            ownTransaction.executeWithoutResult(status -> outbox.enqueue(send));
        } catch (RejectedInput refused) {
            Set<Integer> lines = refused.problems().stream().filter(p -> "recipients".equals(p.field()) && p.line() > 0)
                .map(RejectedInput.Problem::line).collect(Collectors.toSet());
            List<Outgoing.Recipient> rest = IntStream.range(0, send.recipients().size()).filter(i -> !lines.contains(i + 1))
                .mapToObj(send.recipients()::get).toList();
            log.warn("{}: {} recipient(s) left out, {} still to queue: {}", send.name(), lines.size(), rest.size(),
                    refused.getMessage());
            if (!lines.isEmpty() && !rest.isEmpty()) {
                enqueue(new Outgoing(send.name(), send.fromAddress(), send.fromName(), send.replyTo(), send.list(),
                        send.contents(), rest));
            }
        }
    }
}
