package org.amicus.media.internal.story;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage, the passage's place as a norm) computed without
 * the hash Lucene builds for every candidate passage: that hash allocates a 32 KB block each time,
 * and in profiles of story searches it took more time than the search itself. A passage holds a
 * few matches, so counting the distinct terms by comparing them costs nothing.
 */
final class PassageScores extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] inDoc = passage.getMatchTermFreqsInDoc();
        float score = 0;
        for (int i = 0; i < matches; i++) {
            boolean seenBefore = false;
            for (int j = 0; j < i && !seenBefore; j++) {
                seenBefore = terms[j].bytesEquals(terms[i]);
            }
            if (seenBefore) {
                continue;
            }
            int inPassage = 1;
            for (int j = i + 1; j < matches; j++) {
                if (terms[j].bytesEquals(terms[i])) {
                    inPassage++;
                }
            }
            score += tf(inPassage, passage.getLength()) * weight(contentLength, inDoc[i]);
        }
        return score * norm(passage.getStartOffset());
    }
}
