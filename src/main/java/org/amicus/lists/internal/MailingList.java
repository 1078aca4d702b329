package org.amicus.lists.internal;

import java.util.List;
import java.util.Locale;

import org.amicus.platform.Language;

/**
 * One listserv. Its slug is the local part of its address (updates-en for updates-en@lists.example.org).
 *
 * @param smartGroupId    a smart group of the members record whose people also receive the list, evaluated at each send
 * @param attachmentLimit total bytes of attachments above which a post is held
 */
public record MailingList(long id, String slug, String name, String address, Language language, String description,
        Kind kind, Archive archive, Long smartGroupId, int attachmentLimit, int digestVolume, int digestIssue,
        List<String> owners, List<String> moderators, String source) {

    /** Announcement: only the list's own people post. Discussion: subscribers post. Moderated: every post is read first. */
    public enum Kind {
        ANNOUNCEMENT, DISCUSSION, MODERATED
    }

    /** Who reads the archive: everyone, signed-in members, or the list's subscribers. */
    public enum Archive {
        PUBLIC, MEMBERS, SUBSCRIBERS
    }

    /** RFC 2919 list identifier: the address with the @ made a dot. */
    public String listId() {
        return address.replace('@', '.').toLowerCase(Locale.ROOT);
    }

    /** The List-Id header: the name and the identifier. */
    public String listIdHeader() {
        return name.replaceAll("[\\r\\n<>\"]", " ") + " <" + listId() + ">";
    }

    /** The mailbox that unsubscribes its sender (the mailto form of List-Unsubscribe). */
    public String leaveAddress() {
        int at = address.indexOf('@');
        return address.substring(0, at) + "-leave" + address.substring(at);
    }
}
