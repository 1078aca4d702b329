package org.amicus.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The five languages of the coalition, in the order the language switch shows them. */
public enum Language {
    EN("English", false), FR("Français", false), ES("Español", false), AR("العربية", true), PT("Português", false);

    private final String nativeName;
    private final boolean rightToLeft;

    Language(String nativeName, boolean rightToLeft) {
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String nativeName() {
        return nativeName;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> wanted.equals(l.code()) || wanted.startsWith(l.code() + "-")).findFirst();
    }

    /** The supported language for a locale, English when the locale is not one of the five. */
    public static Language of(Locale locale) {
        return locale == null ? EN : fromCode(locale.getLanguage()).orElse(EN);
    }
}
