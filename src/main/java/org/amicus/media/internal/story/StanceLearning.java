package org.amicus.media.internal.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.ShippedCsv;
import org.amicus.platform.Timestamps;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reviewers teach the stance classifier. A label is kept with who gave it and when; a correction
 * supersedes it (the old row stays). One story in five (by id) is held out: its label is never
 * trained on and measures the classifier, with the shipped evaluation set
 * (data/media/stance-evaluation.csv, written for this purpose and never trained on). After each
 * label the classifier retrains, and the stories nobody reviewed are guessed again in the
 * background, so the review queue (least confident first) moves to what the classifier now doubts.
 */
@Component
public class StanceLearning implements DisposableBean {

    static final String EVALUATION = "data/media/stance-evaluation.csv";
    private static final int REGUESSED = 2000;

    private final JdbcClient jdbc;
    private final Stories stories;
    private final StoryIndex index;
    private final StanceModel model;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "media-stance");
        t.setDaemon(true);
        return t;
    });
    private final java.util.concurrent.atomic.AtomicBoolean guessing = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile long trainedAtLabel = -1;

    StanceLearning(JdbcClient jdbc, Stories stories, StoryIndex index, StanceModel model, AuditTrail audit,
            TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.stories = stories;
        this.index = index;
        this.model = model;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** A reviewer's stance for a story; returns whether the story is held out (measures, never teaches). */
    public boolean label(long storyId, Stance stance, String reviewer) {
        Story before = stories.story(storyId);
        boolean heldOut = storyId % 5 == 0;
        transactions.executeWithoutResult(t -> {
            jdbc.sql("update media_stance_label set superseded_at = ? where story_id = ? and superseded_at is null")
                .params(Timestamps.now(), storyId).update();
            jdbc.sql("insert into media_stance_label (story_id, stance, held_out, labelled_by, labelled_at) values (?, ?, ?, ?, ?)")
                .params(storyId, stance.name(), heldOut, reviewer, Timestamps.now()).update();
            stories.setStance(storyId, stance, 1.0, "STAFF");
            audit.record(new Change("media_story", String.valueOf(storyId), "stance", before.stance() + " (" + before.stanceBy() + ")",
                    stance.name(), null, before.title()));
        });
        index.put(stories.indexed(stories.story(storyId)));
        retrain();
        if (guessing.compareAndSet(false, true)) {
            background.submit(() -> {
                guessing.set(false);
                guessAgain();
            });
        }
        return heldOut;
    }

    /** Retrains from every current label that is not held out. */
    public synchronized void retrain() {
        long newest = newestLabel();
        List<StanceModel.Example> examples = jdbc.sql("""
                select s.title, s.body, l.stance from media_stance_label l join media_story s on s.id = l.story_id
                where l.superseded_at is null and l.held_out = false order by l.id""")
            .query((rs, n) -> new StanceModel.Example(Stories.text(rs.getString("title"), rs.getString("body")),
                    Stance.valueOf(rs.getString("stance"))))
            .list();
        model.train(examples);
        trainedAtLabel = newest;
    }

    /** Labels given on another node (or before a restart) reach this node's classifier here. */
    @Scheduled(fixedDelayString = "${amicus.media.stance.check:PT1M}", initialDelayString = "PT20S")
    void catchUp() {
        if (newestLabel() != trainedAtLabel) {
            retrain();
        }
    }

    private long newestLabel() {
        return jdbc.sql("select coalesce(max(id), 0) from media_stance_label").query(Long.class).single();
    }

    /** Guesses again the newest stories nobody reviewed. */
    void guessAgain() {
        record Unreviewed(long id, String text, Stance stance) {
        }
        List<Unreviewed> list = jdbc.sql("select id, title, body, stance from media_story where stance_by <> 'STAFF' order by id desc"
                + " fetch first " + REGUESSED + " rows only")
            .query((rs, n) -> new Unreviewed(rs.getLong("id"), Stories.text(rs.getString("title"), rs.getString("body")),
                    Stance.valueOf(rs.getString("stance"))))
            .list();
        for (Unreviewed u : list) {
            StanceModel.Guess g = model.classify(u.text());
            stories.setStance(u.id(), g.stance(), g.confidence(), model.trainedOn() > 0 ? "MODEL" : "RULES");
            if (g.stance() != u.stance()) {
                stories.find(u.id()).ifPresent(s -> index.put(stories.indexed(s)));
            }
        }
    }

    /** One story the classifier got wrong. */
    public record Miss(String language, String title, Stance expected, Stance guessed, double confidence) {
    }

    /** The classifier's measured accuracy for one language on one held-out set. */
    public record Accuracy(String language, int correct, int total) {

        public double percent() {
            return total == 0 ? 0 : 100.0 * correct / total;
        }
    }

    /** Accuracy per language on both held-out sets, and every miss. */
    public record Evaluation(List<Accuracy> shipped, List<Accuracy> staff, List<Miss> misses, int trainedOn) {
    }

    public Evaluation evaluate() {
        List<Miss> misses = new ArrayList<>();
        Map<String, int[]> shipped = new TreeMap<>();
        for (var row : ShippedCsv.rows(EVALUATION)) {
            score(row.get("language"), row.get("title"), Stories.text(row.get("title"), row.get("text")),
                    Stance.valueOf(row.get("stance")), shipped, misses);
        }
        Map<String, int[]> staff = new TreeMap<>();
        jdbc.sql("""
                select s.title, s.body, s.language, l.stance from media_stance_label l join media_story s on s.id = l.story_id
                where l.superseded_at is null and l.held_out = true""")
            .query(rs -> {
                score(rs.getString("language") == null ? "?" : rs.getString("language"), rs.getString("title"),
                        Stories.text(rs.getString("title"), rs.getString("body")), Stance.valueOf(rs.getString("stance")), staff, misses);
            });
        return new Evaluation(accuracies(shipped), accuracies(staff), misses, model.trainedOn());
    }

    private void score(String language, String title, String text, Stance expected, Map<String, int[]> counts, List<Miss> misses) {
        StanceModel.Guess g = model.classify(text);
        int[] c = counts.computeIfAbsent(language, k -> new int[2]);
        c[1]++;
        if (g.stance() == expected) {
            c[0]++;
        } else {
            misses.add(new Miss(language, title, expected, g.stance(), g.confidence()));
        }
    }

    private static List<Accuracy> accuracies(Map<String, int[]> counts) {
        return counts.entrySet().stream().map(e -> new Accuracy(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
