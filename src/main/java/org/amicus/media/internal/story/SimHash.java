package org.amicus.media.internal.story;

import java.text.Normalizer;
import java.util.Locale;

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
        String[] words = words(text);
        int[] votes = new int[64];
        if (words.length < 3) {
            return hash(String.join(" ", words));
        }
        for (int i = 0; i + 2 < words.length; i++) {
            long h = hash(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]);
            for (int b = 0; b < 64; b++) {
                votes[b] += ((h >>> b) & 1) == 1 ? 1 : -1;
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

    /** Words in lower case without accents or punctuation, in any script. */
    static String[] words(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String cleaned = folded.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return cleaned.isEmpty() ? new String[0] : cleaned.split(" ");
    }

    /** 64-bit FNV-1a, mixed (shingles are short). */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
