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
 * @param conversation the message's place in a conversation (a list post's copies), or null
 */
public record Outgoing(String name, String fromAddress, String fromName, String replyTo, ListHeaders list,
        Map<Language, Content> contents, List<Recipient> recipients, Conversation conversation) {

    /** A send that starts no conversation: every copy gets its own Message-ID. */
    public Outgoing(String name, String fromAddress, String fromName, String replyTo, ListHeaders list,
            Map<Language, Content> contents, List<Recipient> recipients) {
        this(name, fromAddress, fromName, replyTo, list, contents, recipients, null);
    }

    /**
     * A message in one language. Merge fields are written {{field}}; every recipient also has
     * {{email}}, {{name}} and {{unsubscribe_url}}.
     */
    public record Content(String subject, String text, String html, List<Digested> digest) {

        /** A message as plain text, or as plain text and HTML (multipart/alternative). */
        public Content(String subject, String text, String html) {
            this(subject, text, html, List.of());
        }

        /**
         * With digested messages, a MIME digest (RFC 2046 5.1.5): multipart/mixed of the text (topics and
         * footer, merge fields filled) and a multipart/digest holding each message as message/rfc822; the
         * HTML is then not used.
         */
        public Content {
            digest = digest == null ? List.of() : List.copyOf(digest);
        }
    }

    /** One message of a MIME digest, written as a message/rfc822 part. The Message-ID is kept only when well formed. */
    public record Digested(String fromAddress, String fromName, String subject, java.time.Instant date, String messageId,
            String text) {
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

    /**
     * The copies of a list post keep the post's Message-ID, In-Reply-To and References (as Mailman does), so
     * that readers' mail clients thread them and an answer names the post the archive knows.
     *
     * @param messageId  the post's Message-ID, angle brackets included
     * @param inReplyTo  the Message-ID it answers, or null
     * @param references the conversation's Message-IDs, oldest first (may be empty)
     */
    public record Conversation(String messageId, String inReplyTo, List<String> references) {

        /** RFC 5322 msg-id: "<" id-left "@" id-right ">" in printable ASCII, no space (nothing that could add a header). */
        private static final java.util.regex.Pattern MESSAGE_ID = java.util.regex.Pattern.compile("<[!-;=?-~]{1,400}@[!-;=?-~]{1,400}>");

        /** At most this many References: the first and the newest, as RFC 5322 3.6.4 allows trimming. */
        public static final int MAX_REFERENCES = 20;

        /**
         * The conversation of a message as received (values trimmed, malformed Message-IDs left out, References
         * trimmed to the first and the newest), or null when its own Message-ID is malformed.
         */
        public static Conversation of(String messageId, String inReplyTo, List<String> references) {
            String own = messageId == null ? null : messageId.strip();
            if (!wellFormed(own)) {
                return null;
            }
            String parent = inReplyTo == null ? null : inReplyTo.strip();
            List<String> refs = references == null ? List.of() : references.stream().map(String::strip).filter(Conversation::wellFormed).toList();
            if (refs.size() > MAX_REFERENCES) {
                List<String> kept = new java.util.ArrayList<>(refs.subList(refs.size() - MAX_REFERENCES + 1, refs.size()));
                kept.add(0, refs.get(0));
                refs = kept;
            }
            return new Conversation(own, wellFormed(parent) ? parent : null, List.copyOf(refs));
        }

        public static boolean wellFormed(String messageId) {
            return messageId != null && MESSAGE_ID.matcher(messageId).matches();
        }

        /** Whether every Message-ID is well formed and the References within bounds. */
        public boolean valid() {
            return wellFormed(messageId) && (inReplyTo == null || wellFormed(inReplyTo)) && references != null
                    && references.size() <= MAX_REFERENCES && references.stream().allMatch(Conversation::wellFormed);
        }
    }
}
