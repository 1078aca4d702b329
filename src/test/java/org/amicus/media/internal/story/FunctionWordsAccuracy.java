package org.amicus.media.internal.story;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The function-word rule against Lingua on labelled texts (docs/benchmarks.md, media, round 3): a
 * file of "code TAB text" lines named by media.lang.texts. For each language it prints how many
 * texts the rule decided, how often it agreed with Lingua there, and how many Lingua alone and the
 * rule with Lingua behind it got right. Off in the normal suite.
 */
@EnabledIfSystemProperty(named = "media.lang.texts", matches = ".+")
class FunctionWordsAccuracy {

    @Test
    void ruleAgainstLingua() throws Exception {
        Languages languages = new Languages();
        Map<String, int[]> by = new TreeMap<>();
        List<String> lines = Files.readAllLines(Path.of(System.getProperty("media.lang.texts")));
        for (String line : lines) {
            String code = line.substring(0, line.indexOf('\t'));
            String text = line.substring(line.indexOf('\t') + 1);
            String sample = text.length() > Languages.SAMPLE ? text.substring(0, Languages.SAMPLE) : text;
            var script = Languages.script(sample);
            String lingua = languages.lingua(sample, script, null);
            String rule = script.isPresent() && script.get() == Character.UnicodeScript.LATIN ? Languages.byFunctionWords(text) : null;
            String both = languages.detect(text, null);
            // texts, decided, agreed with Lingua where decided, Lingua right, rule + Lingua right, rule wrong
            int[] c = by.computeIfAbsent(code, k -> new int[6]);
            c[0]++;
            c[1] += rule != null ? 1 : 0;
            c[2] += rule != null && rule.equals(lingua) ? 1 : 0;
            c[3] += code.equals(lingua) ? 1 : 0;
            c[4] += code.equals(both) ? 1 : 0;
            c[5] += rule != null && !rule.equals(code) ? 1 : 0;
            if (rule != null && !rule.equals(lingua)) {
                System.out.printf("LANG-ACCURACY differs: %s rule=%s lingua=%s %s%n", code, rule, lingua, sample);
            }
        }
        int[] all = new int[6];
        by.forEach((code, c) -> {
            print(code, c);
            for (int i = 0; i < all.length; i++) {
                all[i] += c[i];
            }
        });
        print("all", all);
    }

    private static void print(String code, int[] c) {
        System.out.printf("LANG-ACCURACY %s: %d texts, rule decided %d (%.1f%%), agreed with Lingua %d of them, wrong %d; right: Lingua %d "
                + "(%.1f%%), rule then Lingua %d (%.1f%%)%n", code, c[0], c[1], 100.0 * c[1] / c[0], c[2], c[5], c[3], 100.0 * c[3] / c[0],
                c[4], 100.0 * c[4] / c[0]);
    }
}
