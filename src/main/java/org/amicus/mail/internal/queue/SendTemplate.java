package org.amicus.mail.internal.queue;

import java.util.Map;

import org.amicus.mail.Outgoing;
import org.amicus.platform.Language;

/** What every recipient of a send shares: sender, list headers, the content per language, its conversation or null. */
public record SendTemplate(long id, String fromAddress, String fromName, String replyTo, Outgoing.ListHeaders list,
        Map<Language, Outgoing.Content> contents, Language fallback, Outgoing.Conversation conversation) {

    /** A send that starts no conversation. */
    public SendTemplate(long id, String fromAddress, String fromName, String replyTo, Outgoing.ListHeaders list,
            Map<Language, Outgoing.Content> contents, Language fallback) {
        this(id, fromAddress, fromName, replyTo, list, contents, fallback, null);
    }

    public Outgoing.Content content(Language language) {
        return contents.getOrDefault(language, contents.get(fallback));
    }
}
