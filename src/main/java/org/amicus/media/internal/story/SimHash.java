package org.amicus.media.internal.story;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
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
        return of(words(text));
    }

    static long of(String[] words) {
        if (words.length < 3) {
            return hash(String.join(" ", words));
        }
        int shingles = words.length - 2;
        int[] ones = new int[64];
        // Bit b of a shingle's hash is counted in byte lane b / 8 of lanes[b % 8]: eight additions a shingle
        // instead of sixty-four; a lane holds up to 255, so the lanes are emptied every 255 shingles.
        long[] lanes = new long[8];
        for (int i = 0; i < shingles; i++) {
            long h = mix(fnv(fnv(fnv(fnv(fnv(OFFSET, words[i]), " "), words[i + 1]), " "), words[i + 2]));
            for (int k = 0; k < 8; k++) {
                lanes[k] += (h >>> k) & LANE_LOW_BITS;
            }
            if (i % 255 == 254) {
                empty(lanes, ones);
            }
        }
        empty(lanes, ones);
        long fingerprint = 0;
        for (int b = 0; b < 64; b++) {
            // A bit is set when more than half the shingles set it (each shingle votes +1 or -1).
            if (2 * ones[b] > shingles) {
                fingerprint |= 1L << b;
            }
        }
        return fingerprint;
    }

    /** The lowest bit of each of a long's eight bytes. */
    private static final long LANE_LOW_BITS = 0x0101010101010101L;

    /** Adds the byte lanes' counts to the bits' counts and empties the lanes. */
    private static void empty(long[] lanes, int[] ones) {
        for (int k = 0; k < 8; k++) {
            for (int lane = 0; lane < 8; lane++) {
                ones[lane * 8 + k] += (int) ((lanes[k] >>> (lane * 8)) & 0xFF);
            }
            lanes[k] = 0;
        }
    }

    static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /**
     * Words in lower case without accents or punctuation, in any script. One pass over the text
     * (ingestion reads every story's words once for every stage), each character folded by a table
     * (its NFKD decomposition without marks, in lower case) instead of normalising the whole text;
     * a word whose characters all fold to themselves (most words of most stories) is cut from the
     * text as it is. A text with a character outside the table's reach takes {@link #wordsOfWholeText}.
     */
    static String[] words(String text) {
        if (text == null || text.isEmpty()) {
            return new String[0];
        }
        Word word = new Word(text, new ArrayList<>(text.length() / 6 + 1));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    word.same(i);
                } else if (c >= 'A' && c <= 'Z') {
                    word.built(i);
                    word.built.append((char) (c + 32));
                } else {
                    word.end(i);
                }
                continue;
            }
            String folded = folded(c);
            if (folded == null) {
                return wordsOfWholeText(text);
            }
            if (folded.length() == 1 && folded.charAt(0) == c) {
                if (wordChar(c)) {
                    word.same(i);
                } else {
                    word.end(i);
                }
                continue;
            }
            // folded to something else (or to nothing: a mark), the word so far is copied out of the text
            word.built(i);
            for (int k = 0; k < folded.length(); k++) {
                if (wordChar(folded.charAt(k))) {
                    word.built.append(folded.charAt(k));
                } else {
                    word.end(i);
                }
            }
        }
        word.end(text.length());
        return word.words.toArray(String[]::new);
    }

    /** The word being read: a stretch of the text while each character folds to itself, else built. */
    private static final class Word {

        final String text;
        final List<String> words;
        final StringBuilder built = new StringBuilder(24);
        /** The word so far is the text from here, when not built (-1 otherwise). */
        int start = -1;

        Word(String text, List<String> words) {
            this.text = text;
            this.words = words;
        }

        /** The character at i folds to itself. */
        void same(int i) {
            if (!built.isEmpty()) {
                built.append(text.charAt(i));
            } else if (start < 0) {
                start = i;
            }
        }

        /** The character at i folds to something else: the word so far is built from here on. */
        void built(int i) {
            if (start >= 0) {
                built.append(text, start, i);
                start = -1;
            }
        }

        /** A character that is not part of a word is at i. */
        void end(int i) {
            if (start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            } else if (!built.isEmpty()) {
                words.add(built.toString());
                built.setLength(0);
            }
        }
    }

    /**
     * Each character's folding, filled at first sight (two threads filling one entry write the same
     * string); empty for a character folded away.
     */
    private static final String[] FOLDED = new String[Character.MAX_VALUE + 1];

    /**
     * The character folded as the whole text would fold it, or null when it might not be: a
     * surrogate (half a character), and capital sigma (also in a decomposition), which lower-cases
     * by its place in the word.
     * Folding a character alone is the same otherwise: NFKD decomposes each character on its own and
     * only reorders marks, which are dropped.
     */
    private static String folded(char c) {
        if (Character.isSurrogate(c) || c == '\u03A3') {
            return null;
        }
        String f = FOLDED[c];
        if (f == null) {
            String decomposed = withoutMarks(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD));
            for (int i = 0; i < decomposed.length(); i++) {
                if (Character.isSurrogate(decomposed.charAt(i)) || decomposed.charAt(i) == '\u03A3') {
                    return null;
                }
            }
            f = decomposed.toLowerCase(Locale.ROOT);
            FOLDED[c] = f;
        }
        return f;
    }

    /** The words as the whole text normalised at once gives them (any text; slower). */
    static String[] wordsOfWholeText(String text) {
        String folded = text;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                folded = withoutMarks(Normalizer.normalize(text, Normalizer.Form.NFKD));
                break;
            }
        }
        folded = folded.toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>(folded.length() / 6 + 1);
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            int cp = i < folded.length() ? folded.codePointAt(i) : ' ';
            boolean letter = wordChar(cp);
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
            if (Character.isSupplementaryCodePoint(cp)) {
                i++;
            }
        }
        return words.toArray(String[]::new);
    }

    /** What the regular expression {@code [\p{L}\p{N}]} matches: one look-up of the character's type. */
    private static boolean wordChar(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' || cp >= 'A' && cp <= 'Z';
        }
        return (WORD_TYPES >>> Character.getType(cp) & 1) != 0;
    }

    private static final int WORD_TYPES = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER
            | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;

    /** The text without what {@code \p{M}} matches (accents, Arabic vowel signs), without a regular expression (slower). */
    private static String withoutMarks(String s) {
        StringBuilder kept = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(Character.isHighSurrogate(c) ? s.codePointAt(i) : c);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (!mark) {
                    kept.append(c).append(s.charAt(i + 1));
                }
                i++;
            } else if (!mark) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

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
