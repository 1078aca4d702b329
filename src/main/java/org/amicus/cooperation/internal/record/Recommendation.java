package org.amicus.cooperation.internal.record;

import java.util.Map;

import org.amicus.platform.Language;

/** One of the Assembly's 66 recommendations on cooperation, with its text in the languages known. */
public record Recommendation(int number, Map<Language, String> texts, String source) {

    public String text(Language language) {
        String t = texts.get(language);
        return t == null || t.isBlank() ? texts.get(Language.EN) : t;
    }
}
