package org.amicus.media.internal.story;

import java.util.Map;

import org.springframework.stereotype.Component;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * The language of a story (Lingua), among the coalition's five and the languages of the situation
 * countries that Lingua knows. The detector is built at the first story, not at start-up, and each
 * language model is read only when first needed.
 */
@Component
class Languages {

    /** ISO 639-1 codes of the languages told apart, with Lingua's name for each. */
    static final Map<Language, String> KNOWN = Map.ofEntries(Map.entry(Language.ENGLISH, "en"), Map.entry(Language.FRENCH, "fr"),
            Map.entry(Language.SPANISH, "es"), Map.entry(Language.ARABIC, "ar"), Map.entry(Language.PORTUGUESE, "pt"),
            Map.entry(Language.UKRAINIAN, "uk"), Map.entry(Language.RUSSIAN, "ru"), Map.entry(Language.GEORGIAN, "ka"),
            Map.entry(Language.BENGALI, "bn"), Map.entry(Language.PERSIAN, "fa"), Map.entry(Language.TAGALOG, "tl"),
            Map.entry(Language.SWAHILI, "sw"), Map.entry(Language.GANDA, "lg"), Map.entry(Language.HEBREW, "he"));

    /** Enough text to tell a language; more only costs time. */
    private static final int SAMPLE = 300;

    private volatile LanguageDetector detector;

    /** Letters Persian writes and Arabic does not (pe, che, zhe, gaf, and Persian's own kaf and ye). */
    private static final String PERSIAN_ONLY = "\u067E\u0686\u0698\u06AF\u06A9\u06CC";
    /** Fewer letters than this are left to Lingua, whatever their script. */
    private static final int ENOUGH_LETTERS = 20;

    /** The language's code, the source's language when the text does not tell, null when neither does. */
    String detect(String text, String sourceLanguage) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        if (arabicOnly(sample)) {
            return "ar";
        }
        Language found = detector().detectLanguageOf(sample);
        String code = KNOWN.get(found);
        return code != null ? code : sourceLanguage;
    }

    /**
     * Arabic script without a letter only Persian uses: of the languages told apart, only Arabic
     * writes so, and Lingua would weigh every trigram of it against Persian to say the same.
     */
    static boolean arabicOnly(String sample) {
        int letters = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.UnicodeScript.of(c) != Character.UnicodeScript.ARABIC || PERSIAN_ONLY.indexOf(c) >= 0) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= ENOUGH_LETTERS;
    }

    private LanguageDetector detector() {
        LanguageDetector d = detector;
        if (d == null) {
            synchronized (this) {
                if (detector == null) {
                    detector = LanguageDetectorBuilder.fromLanguages(KNOWN.keySet().toArray(Language[]::new))
                        .withLowAccuracyMode().build();
                }
                d = detector;
            }
        }
        return d;
    }
}
