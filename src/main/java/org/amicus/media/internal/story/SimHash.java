package org.amicus.media.internal.story;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A 64-bit fingerprint of a text over its three-word shingles (Charikar's SimHash): syndicated
 * copies with a changed headline or a line added differ in a few bits, different stories in about
 * half of them.
 */
final class SimHash {

    /** At most this many differing bits makes two stories one (about 95% of shingles in common). */
    static final int NEAR = 3;

    private SimHash() {
    }

    static long of(String text) {
        return of(words(text));
    }

    static long of(String[] words) {
        if (words.length < 3) {
            return hash(String.join(" ", words));
        }
        int[] votes = new int[64];
        for (int i = 0; i + 2 < words.length; i++) {
            long h = mix(fnv(fnv(fnv(fnv(fnv(OFFSET, words[i]), " "), words[i + 1]), " "), words[i + 2]));
            for (int b = 0; b < 64; b++) {
                votes[b] += (int) ((h >>> b) & 1) * 2 - 1;
            }
        }
        long fingerprint = 0;
        for (int b = 0; b < 64; b++) {
            if (votes[b] > 0) {
                fingerprint |= 1L << b;
            }
        }
        return fingerprint;
    }

    static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /**
     * Words in lower case without accents or punctuation, in any script. One pass over the text
     * (ingestion reads every story's words three times); only a text with non-ASCII letters is
     * decomposed to drop its accents.
     */
    static String[] words(String text) {
        if (text == null || text.isEmpty()) {
            return new String[0];
        }
        String folded = text;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
                break;
            }
        }
        folded = folded.toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>(folded.length() / 6 + 1);
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean letter = i < folded.length() && wordChar(folded.codePointAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
            if (letter && Character.isSupplementaryCodePoint(folded.codePointAt(i))) {
                i++;
            }
        }
        return words.toArray(String[]::new);
    }

    /** What the regular expression {@code [\p{L}\p{N}]} matches. */
    private static boolean wordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final long OFFSET = 0xcbf29ce484222325L;

    /** 64-bit FNV-1a, mixed (shingles are short). */
    private static long hash(String s) {
        return mix(fnv(OFFSET, s));
    }

    private static long fnv(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
