package org.amicus.members.internal.importing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.amicus.platform.Language;

/**
 * Countries and languages as people write them in a list: codes (KEN, KE, sw) or names in any of
 * the coalition's five languages ("Kenya", "Sénégal", "Perú", "Brasil", "كينيا"), turned into
 * ISO codes. Anything else is kept as typed, so the checks report it.
 */
final class Codes {

    private static final Map<String, String> COUNTRIES = new HashMap<>();
    private static final Map<String, String> LANGUAGES = new HashMap<>();

    static {
        for (String a2 : Locale.getISOCountries()) {
            Locale country = new Locale("", a2);
            String a3 = country.getISO3Country();
            COUNTRIES.put(a2, a3);
            COUNTRIES.put(a3, a3);
            for (Language l : Language.values()) {
                String name = country.getDisplayCountry(l.locale());
                COUNTRIES.put(Columns.key(name), a3);
                // "Congo (République démocratique du)" is written "République démocratique du Congo".
                var inverted = java.util.regex.Pattern.compile("^(.+) \\((.+)\\)$").matcher(name);
                if (inverted.matches()) {
                    COUNTRIES.put(Columns.key(inverted.group(2) + " " + inverted.group(1)), a3);
                }
            }
        }
        // Official names that lists use where the JDK's (CLDR) names are short forms like "Congo-Kinshasa".
        for (String name : new String[] { "République démocratique du Congo", "RD Congo", "RDC", "Democratic Republic of the Congo",
                "DR Congo", "DRC", "República Democrática do Congo" }) {
            COUNTRIES.put(Columns.key(name), "COD");
        }
        for (String code : Locale.getISOLanguages()) {
            Locale language = new Locale(code);
            LANGUAGES.put(code, code);
            for (Language l : Language.values()) {
                LANGUAGES.put(Columns.key(language.getDisplayLanguage(l.locale())), code);
            }
        }
    }

    private Codes() {
    }

    static String country(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String t = typed.strip();
        String code = COUNTRIES.get(t.toUpperCase(Locale.ROOT));
        return code != null ? code : COUNTRIES.getOrDefault(Columns.key(t), t);
    }

    static String language(String typed) {
        String t = typed.strip();
        String code = LANGUAGES.get(t.toLowerCase(Locale.ROOT));
        return code != null ? code : LANGUAGES.getOrDefault(Columns.key(t), t);
    }
}
