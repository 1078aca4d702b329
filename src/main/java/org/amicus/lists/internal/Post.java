package org.amicus.lists.internal;

import java.util.List;

import org.amicus.platform.Language;

/**
 * A post as it arrives, by mail or from the web, before moderation.
 *
 * @param references the Message-IDs of the References header, oldest first
 * @param automatic  the message says it was sent by a program (RFC 3834 Auto-Submitted, Precedence bulk/junk/list)
 * @param loop       the message already went through this list (its List-Id or X-Loop)
 * @param spam       the receiving mail server marked it as spam (X-Spam-Flag / X-Spam-Status)
 */
public record Post(String fromAddress, String fromName, String subject, String body, String messageId, String inReplyTo,
        List<String> references, Language language, List<Attachment> attachments, boolean automatic, boolean loop, boolean spam) {

    public record Attachment(String filename, String contentType, byte[] data) {
    }

    public long attachmentBytes() {
        return attachments.stream().mapToLong(a -> a.data().length).sum();
    }
}
