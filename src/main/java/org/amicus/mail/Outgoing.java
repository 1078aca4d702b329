package org.amicus.mail;

import java.util.List;
import java.util.Map;

import org.amicus.platform.Language;

/**
 * One send as a module asks for it: who it is from, the list headers, the content in each language
 * it is written in, and the recipients, each with their language and merge fields. A recipient whose
 * language has no content gets the first content given.
 *
 * @param name     what staff see in the sends list ("Global update (fr), 27 November")
 * @param contents the message per language, the first being the fallback
 * @param list     the list headers, or null for a send that is not from a list
 */
public record Outgoing(String name, String fromAddress, String fromName, String replyTo, ListHeaders list,
        Map<Language, Content> contents, List<Recipient> recipients) {

    /**
     * A message in one language. Merge fields are written {{field}}; every recipient also has
     * {{email}}, {{name}} and {{unsubscribe_url}}.
     */
    public record Content(String subject, String text, String html) {
    }

    /** One recipient with the language they read and their own merge fields. */
    public record Recipient(String address, String name, Language language, Map<String, String> fields) {
    }

    /**
     * The list a send comes from (RFC 2919 List-Id and RFC 2369 headers).
     *
     * @param id          the List-Id, e.g. "Global updates &lt;updates-en.lists.example.org&gt;"
     * @param unsubscribe the list's unsubscribe mailbox, for the mailto form of List-Unsubscribe
     * @param archive     the archive's URL, or null
     * @param post        the address to post to, or null for an announcement list (List-Post: NO)
     */
    public record ListHeaders(String id, String unsubscribe, String archive, String post) {
    }
}
