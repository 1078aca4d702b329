package org.amicus.court.internal.questionnaire;

import java.util.Map;

import org.amicus.platform.Language;

/** A question of the coalition's questionnaire, in the languages it has been written in. */
public record Question(long id, long electionId, int position, Map<Language, String> texts) {

    public String text(Language language) {
        String t = texts.get(language);
        return t == null || t.isBlank() ? texts.get(Language.EN) : t;
    }
}
