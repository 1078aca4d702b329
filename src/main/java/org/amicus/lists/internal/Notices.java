package org.amicus.lists.internal;

import java.util.List;
import java.util.Map;

import org.amicus.mail.Outbox;
import org.amicus.mail.Outgoing;
import org.amicus.platform.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What Amicus itself writes to one person about a list, always in that person's language. */
@Component
class Notices {

    private final Outbox outbox;
    private final MessageSource messages;
    private final String baseUrl;

    Notices(Outbox outbox, MessageSource messages, @Value("${amicus.mail.base-url}") String baseUrl) {
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

    private void send(MailingList list, String address, String name, Language language, String key, Object... args) {
        String subject = messages.getMessage(key + ".subject", args, language.locale());
        String text = messages.getMessage(key + ".text", args, language.locale());
        outbox.enqueue(new Outgoing(subject, list.address(), list.name(), null, null,
                Map.of(language, new Outgoing.Content(subject, text, null)),
                List.of(new Outgoing.Recipient(address, name, language, Map.of()))));
    }
}
