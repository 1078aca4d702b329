package org.amicus.media.internal.story;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.amicus.mail.Outbox;
import org.amicus.mail.Outgoing;
import org.amicus.platform.Language;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.UserContacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Alerts on saved searches: every few minutes each search whose alert is on runs again over the
 * stories indexed since its last check; what it finds waits in the app (the search's "new" count)
 * and reaches its owner in one e-mail per search and check, in the language of their account,
 * through the mail engine. Owners without an address are told in the app only.
 */
@Component
public class SearchAlerts {

    private static final Logger log = LoggerFactory.getLogger(SearchAlerts.class);
    /** Stories listed in one e-mail at most; the rest are in the app. */
    private static final int PER_MAIL = 20;

    private final SavedSearches saved;
    private final StoryIndex index;
    private final UserContacts users;
    private final Outbox outbox;
    private final MessageSource messages;
    private final String baseUrl;
    private final String from;

    SearchAlerts(SavedSearches saved, StoryIndex index, UserContacts users, Outbox outbox, MessageSource messages,
            @Value("${amicus.mail.base-url}") String baseUrl,
            @Value("${amicus.media.alerts.mail-from:media-alerts@${amicus.mail.bounce-domain}}") String from) {
        this.saved = saved;
        this.index = index;
        this.users = users;
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${amicus.media.alerts.every:PT5M}", initialDelayString = "PT1M")
    public void check() {
        for (SavedSearches.Saved s : saved.alerting()) {
            try {
                StoryIndex.NewMatches found = index.newMatches(SavedSearches.criteria(s.query()), s.checkedThrough(), 500);
                List<Long> added = saved.found(s.id(), found.ids(), found.through());
                if (!added.isEmpty()) {
                    mail(s, added);
                }
            } catch (RuntimeException e) {
                log.warn("Saved search {} could not be checked", s.id(), e);
            }
        }
    }

    private void mail(SavedSearches.Saved s, List<Long> storyIds) {
        Optional<UserContacts.Contact> to = users.contact(s.owner()).filter(c -> c.email() != null);
        if (to.isEmpty()) {
            return;
        }
        Language l = to.get().language();
        String link = baseUrl + "/staff/media/searches/" + s.id() + "?lang=" + l.code();
        StringBuilder text = new StringBuilder(messages.getMessage("media.alert.mail.intro",
                new Object[] { storyIds.size(), s.name() }, l.locale())).append("\n\n");
        StringBuilder html = new StringBuilder("<p>").append(HtmlUtils.htmlEscape(text.toString().strip())).append("</p><ul>");
        for (long id : storyIds.subList(0, Math.min(PER_MAIL, storyIds.size()))) {
            String title = index.title(id).orElse("#" + id);
            String story = baseUrl + "/staff/media/stories/" + id + "?lang=" + l.code();
            text.append("- ").append(title).append("\n  ").append(story).append('\n');
            html.append("<li><a href=\"").append(HtmlUtils.htmlEscape(story)).append("\">").append(HtmlUtils.htmlEscape(title))
                .append("</a></li>");
        }
        String all = messages.getMessage("media.alert.mail.all", new Object[] { link }, l.locale());
        text.append('\n').append(all).append('\n');
        html.append("</ul><p>").append(HtmlUtils.htmlEscape(all)).append("</p>");
        Map<Language, Outgoing.Content> contents = new LinkedHashMap<>();
        contents.put(l, new Outgoing.Content(messages.getMessage("media.alert.mail.subject", new Object[] { storyIds.size(), s.name() },
                l.locale()), text.toString(), html.toString()));
        try {
            outbox.enqueue(new Outgoing("Media alert: " + s.name() + " (" + s.owner() + ")", from, "Amicus", null, null, contents,
                    List.of(new Outgoing.Recipient(to.get().email(), to.get().displayName(), l, Map.of()))));
        } catch (RejectedInput bad) {
            // one account's malformed address must not hold back the other alerts
            log.warn("Media alert for {} not queued: {}", s.owner(), bad.getMessage());
        }
    }
}
