package org.amicus.media.internal.story;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import org.amicus.media.internal.fetch.FeedItem;
import org.amicus.media.internal.fetch.UrlNormaliser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns items into stories: an item whose normalised URL was seen is a duplicate; one whose text is
 * a near-duplicate of a recent story (SimHash) becomes another appearance of it; otherwise a new
 * story, its language detected, tagged, its stance guessed, indexed. Each item commits on its own,
 * so one bad item never loses the others.
 */
@Component
public class Ingestion {

    /** Near-duplicates are looked for among stories first seen this recently. */
    static final Duration RECENT = Duration.ofDays(30);
    private static final int LONGEST_BODY = 200_000;

    private final Stories stories;
    private final StoryIndex index;
    private final Languages languages;
    private final Gazetteer gazetteer;
    private final StanceModel stance;
    private final TransactionTemplate transactions;
    private volatile NearDuplicates recent;

    Ingestion(Stories stories, StoryIndex index, Languages languages, Gazetteer gazetteer, StanceModel stance,
            TransactionTemplate transactions) {
        this.stories = stories;
        this.index = index;
        this.languages = languages;
        this.gazetteer = gazetteer;
        this.stance = stance;
        this.transactions = transactions;
    }

    /** What one batch of items gave. */
    public record Outcome(int stories, int appearances, int duplicates) {

        Outcome plus(Outcome o) {
            return new Outcome(stories + o.stories, appearances + o.appearances, duplicates + o.duplicates);
        }
    }

    public Outcome ingest(Source source, List<FeedItem> items) {
        Outcome total = new Outcome(0, 0, 0);
        for (FeedItem item : items) {
            total = total.plus(one(source, item));
        }
        return total;
    }

    private Outcome one(Source source, FeedItem item) {
        String url = UrlNormaliser.normalise(item.link());
        String title = cut(item.title().isBlank() ? firstWords(item.text()) : item.title(), 1000);
        String body = cut(item.text(), LONGEST_BODY);
        String key = sha256(url != null ? url : "text:" + title + "\n" + body);
        if (stories.seen(key)) {
            return new Outcome(0, 0, 1);
        }
        String[] bodyWords = SimHash.words(body);
        long fingerprint = SimHash.of(bodyWords.length >= 30 ? body : title + " " + body);
        Instant published = published(item.published());
        Long journalist = gazetteer.journalist(item.byline());
        OptionalLong twin = near().find(fingerprint);
        try {
            if (twin.isPresent()) {
                transactions.executeWithoutResult(t -> stories.appear(twin.getAsLong(), source, url, key, title, item.byline(), journalist,
                        published));
                index.put(stories.indexed(stories.story(twin.getAsLong())));
                return new Outcome(0, 1, 0);
            }
            String text = Stories.text(title, body);
            String language = languages.detect(text, source.language());
            Set<Tag> tags = gazetteer.tags(text);
            StanceModel.Guess guess = stance.classify(text);
            String by = stance.trainedOn() > 0 ? "MODEL" : "RULES";
            long id = transactions.execute(t -> {
                long storyId = stories.insert(title, body, language, published, fingerprint, guess, by);
                stories.appear(storyId, source, url, key, title, item.byline(), journalist, published);
                stories.tag(storyId, tags);
                return storyId;
            });
            near().add(id, fingerprint);
            index.put(new IndexedStory(id, title, body, language, guess.stance(), published, Set.of(source.id()),
                    source.country() == null ? Set.of() : Set.of(source.country()), tags));
            return new Outcome(1, 0, 0);
        } catch (DuplicateKeyException e) {
            // the same item arrived by another feed at the same moment
            return new Outcome(0, 0, 1);
        }
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
