package org.amicus.members.internal.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A name's consonant skeleton, the same for Arabic and for its Latin spellings: "Mohamed",
 * "Mohammed", "Muhammad" and "محمد" are all "mhmd"; "Al-Bashir", "El Bashir" and "البشير" are
 * "l" + "bsr". Arabic writes short vowels not at all and Latin spellings disagree on them, so
 * vowels (and the long-vowel letters alif, waw, ya, and ayn/hamza) are dropped, letters that
 * Latin spellings confuse share one class (s/sh/ش/ص/ث, t/ت/ط, d/dh/د/ض/ذ, k/q/kh/c, j/g/gh,
 * z/ظ/ز, f/v/ph) and doubled classes count once. The article "al-" written as one word with
 * the name is split off, as Latin spellings write it apart. It finds more than the exact words
 * do, so searches rank it below them.
 */
final class Skeleton {

    private Skeleton() {
    }

    /**
     * One key per word of the text; words with no consonant give none, and neither do words with a
     * digit: those are codes and addresses, whose few letters would match unrelated names.
     */
    static List<String> of(String text) {
        List<String> keys = new ArrayList<>();
        if (text == null) {
            return keys;
        }
        String names = String.join(" ", Arrays.stream(text.split("\\s+")).filter(w -> w.chars().noneMatch(Character::isDigit)).toList());
        for (String word : names.split("[^\\p{L}]+")) {
            String w = fold(word);
            if (w.startsWith("ال") && w.length() > 3) {
                add(keys, "l");
                w = w.substring(2);
            }
            add(keys, key(w));
        }
        return keys;
    }

    private static void add(List<String> keys, String key) {
        if (!key.isEmpty() && !keys.contains(key)) {
            keys.add(key);
        }
    }

    private static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    static String key(String w) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
            char k;
            if (next == 'h' && "sckgtdpz".indexOf(c) >= 0) {
                k = switch (c) {
                    case 's', 'c', 'z' -> 's';
                    case 'k' -> 'k';
                    case 'g' -> 'j';
                    case 't' -> 's';
                    case 'd' -> 'd';
                    default -> 'f';
                };
                i++;
            } else {
                k = letter(c, i == w.length() - 1);
            }
            if (k != 0 && (out.isEmpty() || out.charAt(out.length() - 1) != k)) {
                out.append(k);
            }
        }
        return out.toString();
    }

    /** The consonant class of one letter, 0 for a vowel or a letter a spelling may leave out. */
    private static char letter(char c, boolean last) {
        return switch (c) {
            case 'b', 'p', 'ب', 'پ' -> 'b';
            case 't', 'ت', 'ط' -> 't';
            case 'ة' -> last ? 0 : 't';
            case 'd', 'د', 'ض', 'ذ' -> 'd';
            case 's', 'c', 'x', 'س', 'ص', 'ش', 'ث' -> 's';
            case 'z', 'ز', 'ظ' -> 'z';
            case 'k', 'q', 'ك', 'ق', 'خ' -> 'k';
            case 'j', 'g', 'ج', 'غ', 'گ' -> 'j';
            case 'h', 'ح', 'ه' -> 'h';
            case 'f', 'v', 'ف' -> 'f';
            case 'l', 'ل' -> 'l';
            case 'm', 'م' -> 'm';
            case 'n', 'ن' -> 'n';
            case 'r', 'ر' -> 'r';
            default -> 0;
        };
    }
}
