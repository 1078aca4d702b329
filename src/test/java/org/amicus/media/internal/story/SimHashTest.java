package org.amicus.media.internal.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Words folded a character at a time are the words of the whole text normalised at once; the fingerprint is each bit's majority vote. */
class SimHashTest {

    /** Awkward characters: accents precomposed and combining, ligatures, Arabic with vowel signs, Greek, Hangul, halves of pairs. */
    static final String AWKWARD = "aZé\u0301ÉœŒﬁǅİıßΣσςΐ\u0344\u0345ÅÅ\u212B②½ｆ\u00A0 .,'-\tالمَحْكَمَةپ한국어\uD835\uDC00\uD835ў\u0308ё—“”";

    @Test
    void theFingerprintIsEachBitsMajorityOverTheShingles() {
        // A text of three words is one shingle: its fingerprint is that shingle's hash.
        Random random = new Random(5);
        for (int n = 0; n < 300; n++) {
            String[] words = new String[3 + random.nextInt(n < 50 ? 20 : 1500)];
            for (int i = 0; i < words.length; i++) {
                words[i] = "w" + random.nextInt(400);
            }
            int[] ones = new int[64];
            for (int i = 0; i + 2 < words.length; i++) {
                long h = SimHash.of(new String[] { words[i], words[i + 1], words[i + 2] });
                for (int b = 0; b < 64; b++) {
                    ones[b] += (int) (h >>> b) & 1;
                }
            }
            long majority = 0;
            for (int b = 0; b < 64; b++) {
                majority |= 2 * ones[b] > words.length - 2 ? 1L << b : 0;
            }
            assertThat(SimHash.of(words)).as("%d words", words.length).isEqualTo(majority);
        }
    }

    @Test
    void foldingEachCharacterGivesTheWordsOfTheWholeText() {
        Random random = new Random(3);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                b.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x3000) : AWKWARD.charAt(random.nextInt(AWKWARD.length())));
            }
            String text = b.toString();
            assertThat(SimHash.words(text)).as(text).containsExactly(SimHash.wordsOfWholeText(text));
        }
    }
}
