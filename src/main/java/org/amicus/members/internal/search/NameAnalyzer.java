package org.amicus.members.internal.search;

import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import com.ibm.icu.text.Transliterator;

/**
 * Names in any script: split on spaces, hyphens and punctuation ("Al-Bashir" is "al" + "bashir"),
 * words in other scripts transliterated to Latin (Cyrillic, Greek, Arabic, ...), then accents
 * and case folded, so "Sánchez", "SANCHEZ" and "Санчес" meet. Latin words skip the
 * transliterator, and it is loaded (seconds) only when the first such word comes, never at start.
 */
final class NameAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(new ToLatin(tokenizer)));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ICUFoldingFilter(in);
    }

    /** Loads the transliterator ahead of need, off the request threads (the index calls it in the background). */
    static void warmUp() {
        Latin.transliterate("Алексей");
    }

    private static final class ToLatin extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        ToLatin(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            for (int i = 0; i < term.length(); i++) {
                if (term.charAt(i) > 0x24F) {
                    String latin = Latin.transliterate(term.toString());
                    term.setEmpty().append(latin);
                    break;
                }
            }
            return true;
        }
    }

    /** Holder: the class, and so the transliterator, loads on first use. */
    private static final class Latin {

        private static final Transliterator ANY_TO_LATIN = Transliterator.getInstance("Any-Latin");

        static String transliterate(String word) {
            synchronized (ANY_TO_LATIN) {
                return ANY_TO_LATIN.transliterate(word);
            }
        }
    }
}
