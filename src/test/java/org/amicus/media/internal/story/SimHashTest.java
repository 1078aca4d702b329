package org.amicus.media.internal.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Words folded a character at a time are the words of the whole text normalised at once. */
class SimHashTest {

    /** Awkward characters: accents precomposed and combining, ligatures, Arabic with vowel signs, Greek, Hangul, halves of pairs. */
    static final String AWKWARD = "aZé\u0301ÉœŒﬁǅİıßΣσςΐ\u0344\u0345ÅÅ\u212B②½ｆ\u00A0 .,'-\tالمَحْكَمَةپ한국어\uD835\uDC00\uD835ў\u0308ё—“”";

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
