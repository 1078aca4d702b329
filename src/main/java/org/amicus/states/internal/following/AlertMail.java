package org.amicus.states.internal.following;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.amicus.mail.DeliveryFeedback;
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
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Alerts by e-mail: each change to a followed state reaches every follower with an address at once,
 * one e-mail per change and follower, in the language they chose for their account. Each follow is
 * its own list for the mail engine (List-Id "follow-{id}"), so the one-click unsubscribe of an
 * alert ends that follow and nothing else, and following the state again (a new follow) is not
 * held back by the engine's suppression of the old list.
 */
@Component
class AlertMail {

    private static final Logger log = LoggerFactory.getLogger(AlertMail.class);
    private static final Pattern LIST_ID = Pattern.compile("<follow-(\\d+)\\.");

    private final Following following;
    private final UserContacts users;
    private final Outbox outbox;
    private final AlertTexts texts;
    private final Tracker tracker;
    private final MessageSource messages;
    private final String baseUrl;
    private final String domain;
    private final String from;

    AlertMail(Following following, UserContacts users, Outbox outbox, AlertTexts texts, Tracker tracker,
            MessageSource messages, @Value("${amicus.mail.base-url}") String baseUrl,
            @Value("${amicus.mail.bounce-domain}") String domain,
            @Value("${amicus.following.mail-from:alerts@${amicus.mail.bounce-domain}}") String from) {
        this.following = following;
        this.users = users;
        this.outbox = outbox;
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
        if (feedback.kind() == DeliveryFeedback.Kind.UNSUBSCRIBE && feedback.listId() != null) {
            Matcher m = LIST_ID.matcher(feedback.listId());
            if (m.find()) {
                following.stop(Long.parseLong(m.group(1)));
            }
        }
    }

    private void send(String iso3, String kind, String subject, String component, LocalDate date, String action,
            String page) {
        List<Following.Follower> followers = following.followers(iso3);
        if (followers.isEmpty()) {
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
        for (Following.Follower follower : followers) {
            Optional<UserContacts.Contact> to = users.contact(follower.username()).filter(c -> c.email() != null);
            if (to.isEmpty()) {
                continue;
            }
            var recipient = new Outgoing.Recipient(to.get().email(), to.get().displayName(), to.get().language(), Map.of());
            var list = new Outgoing.ListHeaders("Amicus " + iso3 + " <follow-" + follower.id() + "." + domain + ">", null,
                    null, null);
            try {
                outbox.enqueue(new Outgoing("Alert " + iso3 + " to " + follower.username(), from, "Amicus", null, list,
                        contents, List.of(recipient)));
            } catch (RejectedInput bad) {
                // A malformed address on one account must not hold back the others' alerts.
                log.warn("Alert e-mail for {} not queued: {}", follower.username(), bad.getMessage());
            }
        }
    }
}
