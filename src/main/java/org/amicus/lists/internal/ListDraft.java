package org.amicus.lists.internal;

/** A list as staff type it (form or API); every field a string until {@link MailingLists} checks it. */
public record ListDraft(String name, String address, String language, String description, String kind, String archive,
        String smartGroupId, String attachmentLimit, String owners, String moderators, String source) {

    public static ListDraft of(MailingList l) {
        return new ListDraft(l.name(), l.address(), l.language().code(), l.description(), l.kind().name(), l.archive().name(),
                l.smartGroupId() == null ? "" : l.smartGroupId().toString(), String.valueOf(l.attachmentLimit()),
                String.join(", ", l.owners()), String.join(", ", l.moderators()), l.source());
    }
}
