package org.amicus.lists.internal;

import java.util.List;
import java.util.Map;

import org.amicus.mail.Outbox;
import org.amicus.mail.Outgoing;
import org.amicus.platform.Language;
import org.amicus.platform.UserContacts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What Amicus itself writes to one person about a list, always in that person's language. */
@Component
class Notices {

    private final Outbox outbox;
    private final MessageSource messages;
    private final String baseUrl;

    private final UserContacts users;

    Notices(Outbox outbox, MessageSource messages, UserContacts users, @Value("${amicus.mail.base-url}") String baseUrl) {
        this.users = users;
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    String baseUrl() {
        return baseUrl;
    }

    /** The double opt-in mail: the link that confirms, and what to do if one did not ask. */
    void confirmation(MailingList list, Subscription s, String confirmToken) {
        send(list, s.address(), s.name(), s.language(), "lists.mail.confirm",
                list.name(), baseUrl + "/lists/confirm/" + confirmToken + "?lang=" + s.language().code());
    }

    /** A moderator refused a post: the reason they gave, in the poster's language. */
    void rejected(MailingList list, String address, Language language, String subject, String reason) {
        send(list, address, null, language, "lists.mail.rejected", list.name(), subject, reason == null ? "" : reason);
    }

    /** A subscriber's post waits for a moderator; strangers and suspected spam are not answered (no backscatter). */
    void held(MailingList list, String address, Language language, String subject, Posts.Hold reason) {
        send(list, address, null, language, "lists.mail.held", list.name(), subject,
                messages.getMessage("lists.hold." + reason, null, language.locale()));
    }

    /**
     * A post waits: each named owner and moderator with an e-mail address is told in their own language, with
     * the link to the held post (approving and rejecting need sign-in there, as forms with CSRF tokens).
     * Every hold is told, suspected spam and strangers included: the moderator decides, the sender is not.
     */
    void heldForModerators(MailingList list, long postId, String from, String subject, Posts.Hold reason) {
        String link = baseUrl + "/staff/lists/" + list.slug() + "/held#held-" + postId;
        java.util.Set<String> told = new java.util.HashSet<>();
        java.util.stream.Stream.concat(list.moderators().stream(), list.owners().stream())
            .map(users::contact).flatMap(java.util.Optional::stream)
            .filter(c -> c.email() != null && !c.email().isBlank() && told.add(c.email().toLowerCase(java.util.Locale.ROOT)))
            .forEach(c -> send(list, c.email(), c.displayName(), c.language(), "lists.mail.moderate", list.name(),
                    subject == null ? "" : subject, from, messages.getMessage("lists.hold." + reason, null, c.language().locale()), link));
    }

    private void send(MailingList list, String address, String name, Language language, String key, Object... args) {
        String subject = messages.getMessage(key + ".subject", args, language.locale());
        String text = messages.getMessage(key + ".text", args, language.locale());
        outbox.enqueue(new Outgoing(subject, list.address(), list.name(), null, null,
                Map.of(language, new Outgoing.Content(subject, text, null)),
                List.of(new Outgoing.Recipient(address, name, language, Map.of()))));
    }
}
