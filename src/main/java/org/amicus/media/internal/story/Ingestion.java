package org.amicus.media.internal.story;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.amicus.media.internal.fetch.FeedItem;
import org.amicus.media.internal.fetch.UrlNormaliser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns items into stories: an item whose normalised URL was seen is a duplicate; one whose text is
 * a near-duplicate of a recent story (SimHash) becomes another appearance of it; otherwise a new
 * story, its language detected, tagged, its stance guessed, indexed. A feed's items are analysed
 * on the workers as soon as they come, and written by one writer thread in one transaction (known
 * URLs looked up in one query, rows inserted in batches); when it fails, each item is written on
 * its own, so one bad item never loses the others.
 */
@Component
public class Ingestion implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Ingestion.class);

    /** Near-duplicates are looked for among stories first seen this recently. */
    static final Duration RECENT = Duration.ofDays(30);
    private static final int LONGEST_BODY = 200_000;

    private final Stories stories;
    private final StoryIndex index;
    private final Languages languages;
    private final Gazetteer gazetteer;
    private final StanceModel stance;
    private final TransactionTemplate transactions;
    private final Workers workers;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "media-writer");
        t.setDaemon(true);
        return t;
    });
    /** Fingerprints of recent stories; only ever added to, so a story found once is found again. */
    private volatile NearDuplicates recent;
    /** The last batch's indexing (read and replaced by the writer thread only). */
    private CompletableFuture<Void> indexed = CompletableFuture.completedFuture(null);

    Ingestion(Stories stories, StoryIndex index, Languages languages, Gazetteer gazetteer, StanceModel stance,
            TransactionTemplate transactions, Workers workers) {
        this.stories = stories;
        this.index = index;
        this.languages = languages;
        this.gazetteer = gazetteer;
        this.stance = stance;
        this.transactions = transactions;
        this.workers = workers;
    }

    /** What one batch of items gave. */
    public record Outcome(int stories, int appearances, int duplicates) {

        Outcome plus(Outcome o) {
            return new Outcome(stories + o.stories, appearances + o.appearances, duplicates + o.duplicates);
        }
    }

    /**
     * One item to write: a new story (analysed) or an appearance of a story, known (twin > 0) or
     * new in this batch (twin = -1 - its place in the batch). Before planning, an item analysed
     * without a twin is a copy of a story already written, left unanalysed.
     */
    private record Planned(FeedItem item, String url, String key, String title, String body, Instant published, Long journalist,
            long fingerprint, long twin, Analysed analysed) {
    }

    private record Analysed(String language, Set<Tag> tags, StanceModel.Guess guess, String by) {
    }

    /** Ingests the items: returns once they are written and indexed. */
    public Outcome ingest(Source source, List<FeedItem> items) {
        try {
            return submit(source, items).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * Starts the items' analysis on the workers at once and queues their writing behind the batches
     * submitted before it: batches submitted together (the collector's pool polls several sources
     * at a time) are analysed while another is written, and written in the order submitted, by one
     * thread, so two feeds never race to insert the same URL.
     */
    CompletableFuture<Outcome> submit(Source source, List<FeedItem> items) {
        List<Map.Entry<String, FeedItem>> fresh = fresh(items);
        Analyses<Planned> analyses = new Analyses<>(fresh.size(), i -> analyse(source, fresh.get(i).getKey(), fresh.get(i).getValue()),
                workers);
        return CompletableFuture.supplyAsync(() -> {
            try {
                Written w = write(source, items.size(), fresh, analyses);
                // indexed by the workers while the next batch is written, after the batch before (a story
                // it added may have an appearance here)
                indexed = indexed.handle((done, failed) -> done).thenRunAsync(() -> index(w), workers::execute);
                return indexed.thenApply(done -> w.outcome());
            } finally {
                analyses.stop();
            }
        }, writer).thenCompose(outcome -> outcome);
    }

    /** What a batch's writing gave, and what the index needs of it: new stories, and stories with a new appearance. */
    private record Written(Outcome outcome, List<IndexedStory> added, List<Long> appeared) {
    }

    private void index(Written w) {
        // Lucene's writer takes documents from several threads at once
        try {
            workers.forEach(w.added(), index::add);
        } finally {
            // the batches before were indexed first: every story up to this batch's newest is in
            w.added().stream().mapToLong(IndexedStory::id).max().ifPresent(index::completeThrough);
        }
        for (long id : w.appeared()) {
            index.put(stories.indexed(stories.story(id)));
        }
    }

    /** Writes a batch in one transaction (each item in its own if that fails). */
    private Written write(Source source, int items, List<Map.Entry<String, FeedItem>> fresh, Analyses<Planned> analyses) {
        // URLs a batch written since this one was submitted has stored
        Set<String> seen = stories.seen(fresh.stream().map(Map.Entry::getKey).toList());
        List<Planned> plans = plans(fresh, seen, analyses);
        int duplicates = items - plans.size();
        long[] ids = new long[plans.size()];
        boolean[] written = new boolean[plans.size()];
        try {
            transactions.executeWithoutResult(t -> write(source, plans, ids, written, 0, plans.size()));
        } catch (DataAccessException batchFailed) {
            Arrays.fill(written, false);
            Arrays.fill(ids, 0);
            for (int i = 0; i < plans.size(); i++) {
                int at = i;
                try {
                    transactions.executeWithoutResult(t -> write(source, plans, ids, written, at, at + 1));
                } catch (DuplicateKeyException e) {
                    // the same item was stored by another node at the same moment
                    duplicates++;
                } catch (DataAccessException e) {
                    log.warn("Media item {} from source {} was not stored", plans.get(at).url(), source.id(), e);
                }
            }
        }
        List<IndexedStory> added = new ArrayList<>();
        List<Long> appeared = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            Planned p = plans.get(i);
            if (!written[i]) {
                continue;
            }
            if (p.analysed() != null) {
                near().add(ids[i], p.fingerprint());
                added.add(new IndexedStory(ids[i], p.title(), p.body(), p.analysed().language(), p.analysed().guess().stance(),
                        p.published(), Set.of(source.id()), source.country() == null ? Set.of() : Set.of(source.country()),
                        p.analysed().tags()));
            } else {
                appeared.add(story(p.twin(), ids));
            }
        }
        return new Written(new Outcome(added.size(), appeared.size(), duplicates), added, appeared);
    }

    /** The items whose URL is not stored yet, the first of each URL in this batch. */
    private List<Map.Entry<String, FeedItem>> fresh(List<FeedItem> items) {
        Map<String, FeedItem> byKey = new LinkedHashMap<>();
        for (FeedItem item : items) {
            byKey.putIfAbsent(key(UrlNormaliser.normalise(item.link()), title(item), cut(item.text(), LONGEST_BODY)), item);
        }
        Set<String> seen = stories.seen(byKey.keySet());
        return byKey.entrySet().stream().filter(e -> !seen.contains(e.getKey())).toList();
    }

    /**
     * The batch's plans in its order, without the URLs seen since: a new story, or an appearance of a
     * story known or new earlier in the batch (near-duplicates decided in the batch's order).
     */
    private List<Planned> plans(List<Map.Entry<String, FeedItem>> fresh, Set<String> seen, Analyses<Planned> analyses) {
        NearDuplicates batch = new NearDuplicates();
        List<Planned> plans = new ArrayList<>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            if (seen.contains(fresh.get(i).getKey())) {
                continue;
            }
            Planned p = analyses.get(i);
            // an item left unanalysed as a copy of a written story finds it again: recent stories are never forgotten
            OptionalLong twin = near().find(p.fingerprint());
            if (twin.isEmpty()) {
                twin = batch.find(p.fingerprint());
            }
            if (twin.isPresent()) {
                plans.add(new Planned(p.item(), p.url(), p.key(), p.title(), p.body(), p.published(), p.journalist(), p.fingerprint(),
                        twin.getAsLong(), null));
            } else {
                batch.add(-1 - plans.size(), p.fingerprint());
                plans.add(p);
            }
        }
        return plans;
    }

    /**
     * Everything a new story needs. A near-duplicate of a story already written is only an appearance
     * of it, so its language, tags and stance (the story's) are not worked out; a near-duplicate of a
     * story new in the same batch is found only when the batch is planned, and keeps its appearance.
     */
    private Planned analyse(Source source, String key, FeedItem item) {
        String title = title(item);
        String body = cut(item.text(), LONGEST_BODY);
        String[] titleWords = SimHash.words(title);
        String[] bodyWords = SimHash.words(body);
        String[] words = Arrays.copyOf(titleWords, titleWords.length + bodyWords.length);
        System.arraycopy(bodyWords, 0, words, titleWords.length, bodyWords.length);
        long fingerprint = SimHash.of(bodyWords.length >= 30 ? bodyWords : words);
        OptionalLong written = near().find(fingerprint);
        String text = Stories.text(title, body);
        return new Planned(item, UrlNormaliser.normalise(item.link()), key, title, body, published(item.published()),
                gazetteer.journalist(item.byline()), fingerprint, 0,
                written.isPresent() ? null
                        : new Analysed(languages.detect(text, source.language() != null ? source.language() : item.language()),
                                gazetteer.tags(words), stance.classify(text, words),
                                stance.trainedOn() > 0 ? "MODEL" : "RULES"));
    }

    private static String title(FeedItem item) {
        return cut(item.title().isBlank() ? firstWords(item.text()) : item.title(), 1000);
    }

    private static String key(String url, String title, String body) {
        return sha256(url != null ? url : "text:" + title + "\n" + body);
    }

    /** Writes plans from..to (exclusive): stories with their tags, then their appearances, each in one batch. */
    private void write(Source source, List<Planned> plans, long[] ids, boolean[] written, int from, int to) {
        List<Integer> at = new ArrayList<>();
        List<Stories.NewStory> fresh = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Planned p = plans.get(i);
            if (p.analysed() != null) {
                at.add(i);
                fresh.add(new Stories.NewStory(p.title(), p.body(), p.analysed().language(), p.published(), p.fingerprint(),
                        p.analysed().guess(), p.analysed().by(), p.analysed().tags()));
            }
        }
        long[] inserted = stories.insert(fresh);
        for (int k = 0; k < inserted.length; k++) {
            ids[at.get(k)] = inserted[k];
        }
        List<Stories.NewAppearance> appearances = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Planned p = plans.get(i);
            appearances.add(new Stories.NewAppearance(story(p.analysed() != null ? ids[i] : p.twin(), ids), source, p.url(), p.key(),
                    p.title(), p.item().byline(), p.journalist(), p.published()));
        }
        stories.appear(appearances);
        Arrays.fill(written, from, to, true);
    }

    /** The story an appearance belongs to: a known id, or a new story's id from this batch. */
    private static long story(long twin, long[] ids) {
        return twin > 0 ? twin : ids[(int) (-1 - twin)];
    }

    /** Dates in the future (a wrong time zone, a typing error) or missing are taken as now. */
    private static Instant published(Instant given) {
        Instant now = Instant.now();
        return given == null || given.isAfter(now.plus(Duration.ofHours(1))) ? now : given;
    }

    private NearDuplicates near() {
        NearDuplicates n = recent;
        if (n == null) {
            synchronized (this) {
                if (recent == null) {
                    NearDuplicates built = new NearDuplicates();
                    stories.fingerprints(Instant.now().minus(RECENT)).forEach(built::add);
                    recent = built;
                }
                n = recent;
            }
        }
        return n;
    }

    @Override
    public void destroy() {
        writer.shutdownNow();
    }

    private static String firstWords(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }

    private static String cut(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
