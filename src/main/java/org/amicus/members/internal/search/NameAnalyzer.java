package org.amicus.members.internal.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import com.ibm.icu.text.Transliterator;

/**
 * Names in any script: split on spaces, hyphens and punctuation ("Al-Bashir" is "al" + "bashir"),
 * words in other scripts transliterated to Latin (Cyrillic, Greek, Arabic, ...), then accents
 * and case folded, so "Sánchez", "SANCHEZ" and "Санчес" meet. Latin words skip the costly
 * transliteration.
 */
final class NameAnalyzer extends Analyzer {

    private static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin");

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream latin = new ConditionalTokenFilter(tokenizer, in -> new ICUTransformFilter(in, TO_LATIN)) {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

            @Override
            protected boolean shouldFilter() {
                for (int i = 0; i < term.length(); i++) {
                    if (term.charAt(i) > 0x24F) {
                        return true;
                    }
                }
                return false;
            }
        };
        return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(latin));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ICUFoldingFilter(in);
    }
}
