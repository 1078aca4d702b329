package org.amicus.media.internal.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.amicus.platform.ShippedCsv;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A reviewer labels stories (src/test/resources/media/stance-training.csv, written apart from the
 * evaluation set) and the classifier's accuracy on the held-out evaluation set goes up, in every
 * language.
 */
@SpringBootTest
class StanceLearningTest {

    @Autowired
    Collector collector;
    @Autowired
    StanceLearning learning;
    @Autowired
    StoryIndex index;

    @Test
    void correctingStancesRaisesHeldOutAccuracy() {
        StanceLearning.Evaluation before = learning.evaluate();
        for (var row : ShippedCsv.rows("media/stance-training.csv")) {
            collector.enterByHand(null, row.get("title"), row.get("text"));
            long id = index.search(new StoryIndex.Criteria(null, null, null, null, null, null, null, null), 0, 1).hits().get(0).id();
            learning.label(id, Stance.valueOf(row.get("stance")), "reviewer");
        }
        StanceLearning.Evaluation after = learning.evaluate();

        assertThat(after.trainedOn()).isGreaterThan(30);
        assertThat(correct(after)).isGreaterThan(correct(before));
        for (int i = 0; i < after.shipped().size(); i++) {
            assertThat(after.shipped().get(i).correct()).as(after.shipped().get(i).language())
                .isGreaterThanOrEqualTo(before.shipped().get(i).correct());
        }
        assertThat(after.misses().size()).isLessThan(before.misses().size());
    }

    static int correct(StanceLearning.Evaluation e) {
        return e.shipped().stream().mapToInt(StanceLearning.Accuracy::correct).sum();
    }
}
