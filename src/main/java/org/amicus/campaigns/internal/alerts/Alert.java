package org.amicus.campaigns.internal.alerts;

import java.util.Map;

import org.amicus.platform.Language;

/**
 * An action alert: what it asks supporters to do, in each language it is written in, and for a
 * letter the office it goes to, or the group of offices ({@link OfficeGroups}). The target is resolved to
 * whoever holds it on the day a letter goes; a target state left empty means the supporter's own country.
 */
public record Alert(long id, long campaignId, String slug, Kind kind, Status status, String targetOffice, String targetState,
        String targetGroup, int dailyCap, Map<Language, Text> texts) {

    public enum Kind {
        /** Write to a target official: an editable letter. */
        LETTER,
        /** Sign a joint letter as a member organisation. */
        JOINT_LETTER,
        /** Sign a petition as a person. */
        PETITION
    }

    public enum Status {
        DRAFT, PUBLISHED, CLOSED
    }

    public record Text(String title, String appeal, String letterSubject, String letterText) {
    }

    /** The text in the reader's language, or the first language it is written in. */
    public Text text(Language language) {
        Text t = texts.get(language);
        return t != null ? t : texts.values().stream().findFirst().orElse(new Text(slug, "", null, null));
    }

    public boolean open() {
        return status == Status.PUBLISHED;
    }
}
