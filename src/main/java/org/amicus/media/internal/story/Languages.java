package org.amicus.media.internal.story;

import static java.lang.Character.UnicodeScript.ARABIC;
import static java.lang.Character.UnicodeScript.BENGALI;
import static java.lang.Character.UnicodeScript.CYRILLIC;
import static java.lang.Character.UnicodeScript.GEORGIAN;
import static java.lang.Character.UnicodeScript.HEBREW;
import static java.lang.Character.UnicodeScript.LATIN;

import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * The language of a story (Lingua), among the coalition's five and the languages of the situation
 * countries that Lingua knows. Lingua is asked only about the languages written in the sample's
 * script (its rules would rule out the others, at a cost per word and language): a script written by
 * one of them tells the language alone, and text in several scripts goes to all of them. The
 * detectors are built at the first story, not at start-up, and each language model is read only
 * when first needed.
 */
@Component
class Languages {

    /** A language told apart: its ISO 639-1 code and the script it is written in. */
    record Known(String code, UnicodeScript script) {
    }

    static final Map<Language, Known> KNOWN = Map.ofEntries(known(Language.ENGLISH, "en", LATIN), known(Language.FRENCH, "fr", LATIN),
            known(Language.SPANISH, "es", LATIN), known(Language.ARABIC, "ar", ARABIC), known(Language.PORTUGUESE, "pt", LATIN),
            known(Language.UKRAINIAN, "uk", CYRILLIC), known(Language.RUSSIAN, "ru", CYRILLIC), known(Language.GEORGIAN, "ka", GEORGIAN),
            known(Language.BENGALI, "bn", BENGALI), known(Language.PERSIAN, "fa", ARABIC), known(Language.TAGALOG, "tl", LATIN),
            known(Language.SWAHILI, "sw", LATIN), known(Language.GANDA, "lg", LATIN), known(Language.HEBREW, "he", HEBREW));

    private static final List<Language> ALL = List.copyOf(KNOWN.keySet());

    /** The known languages written in each script. */
    private static final Map<UnicodeScript, List<Language>> WRITERS = ALL.stream()
        .collect(Collectors.groupingBy(l -> KNOWN.get(l).script(), Collectors.toList()));

    /**
     * Enough text to tell a language; more only costs time (Lingua's time grows with the words). On
     * 8,450 texts in the fourteen languages, 150 characters gave the language 300 gave for 98.7% of
     * them, and the right one as often (docs/benchmarks.md, media, 28 November afternoon).
     */
    static final int SAMPLE = 150;
    /**
     * Function words are cheap to count, so when the sample's do not decide, the first 600 characters'
     * are counted before Lingua is asked (the rule then decides 62% of the catalogue texts of
     * docs/benchmarks.md instead of 51%).
     */
    static final int WORDS_SAMPLE = 600;

    /** Letters Persian writes and Arabic does not (pe, che, zhe, gaf, and Persian's own kaf and ye). */
    private static final String PERSIAN_ONLY = "\u067E\u0686\u0698\u06AF\u06A9\u06CC";
    /** Fewer letters than this are left to Lingua, whatever their script. */
    private static final int ENOUGH_LETTERS = 20;

    /** A detector per set of candidates, built at first use. */
    private final Map<List<Language>, LanguageDetector> detectors = new ConcurrentHashMap<>();

    /**
     * The language's code; when the text does not tell, the fallback (the source's language, else the
     * one its feed or page declares), null when there is none.
     * Latin-script text is first read for its function words, and goes to Lingua only when they do
     * not decide.
     */
    String detect(String text, String fallback) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        Optional<UnicodeScript> script = script(sample);
        if (script.isPresent() && script.get() == ARABIC && arabicNotPersian(sample)) {
            return "ar";
        }
        String byWords = script.isPresent() && script.get() == LATIN ? byFunctionWords(text) : null;
        return byWords != null ? byWords : lingua(sample, script, fallback);
    }

    /** The language the function words of a Latin-script text tell: the sample's, else the longer sample's; null when neither. */
    static String byFunctionWords(String text) {
        String found = FunctionWords.language(text.length() > SAMPLE ? text.substring(0, SAMPLE) : text);
        return found != null || text.length() <= SAMPLE ? found
                : FunctionWords.language(text.length() > WORDS_SAMPLE ? text.substring(0, WORDS_SAMPLE) : text);
    }

    /** Lingua's answer among the languages of the sample's script (all when it has several or none). */
    String lingua(String sample, Optional<UnicodeScript> script, String fallback) {
        List<Language> writers = script.map(s -> WRITERS.getOrDefault(s, List.of())).orElse(List.of());
        Language found = writers.size() == 1 ? writers.get(0) : detector(writers.isEmpty() ? ALL : writers)
            .detectLanguageOf(sample);
        Known known = KNOWN.get(found);
        return known != null ? known.code() : fallback;
    }

    /**
     * Enough Arabic letters and none that only Persian writes: of the languages told apart, only
     * Arabic writes so, and Lingua would weigh every trigram of it against Persian to say the same.
     */
    static boolean arabicNotPersian(String sample) {
        int letters = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (PERSIAN_ONLY.indexOf(c) >= 0) {
                return false;
            }
            if (c >= 128 && Character.isLetter(c) && UnicodeScript.of(c) == ARABIC) {
                letters++;
            }
        }
        return letters >= ENOUGH_LETTERS;
    }

    /**
     * The script of at least four fifths of the sample's letters, empty when none has as many or there
     * are no letters. A name or an acronym in Latin letters in an Arabic story (Darfur, ICC) leaves it
     * Arabic; text half in one script and half in another goes to every language.
     */
    static Optional<UnicodeScript> script(String sample) {
        int[] counts = new int[SCRIPTS.length];
        int letters = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (Character.isLetter(c)) {
                counts[(c < 128 ? LATIN : UnicodeScript.of(c)).ordinal()]++;
                letters++;
            }
        }
        for (int s = 0; s < counts.length; s++) {
            if (counts[s] > 0 && 5 * counts[s] >= 4 * letters) {
                return Optional.of(SCRIPTS[s]);
            }
        }
        return Optional.empty();
    }

    private static final UnicodeScript[] SCRIPTS = UnicodeScript.values();

    private static Map.Entry<Language, Known> known(Language language, String code, UnicodeScript script) {
        return Map.entry(language, new Known(code, script));
    }

    private LanguageDetector detector(List<Language> candidates) {
        return detectors.computeIfAbsent(candidates,
                c -> LanguageDetectorBuilder.fromLanguages(c.toArray(Language[]::new)).withLowAccuracyMode().build());
    }
}
