package org.amicus.media.internal.story;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.amicus.media.internal.fetch.FeedItem;
import org.amicus.media.internal.fetch.FeedReader;
import org.amicus.media.internal.fetch.Fetched;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The media benchmark (docs/benchmarks.md): media.bench.n generated stories in five languages
 * (10% repeated by URL, 5% syndicated copies), written as RSS 2.0 in feeds of 100 items, go through
 * the whole pipeline (parse, de-duplicate, detect language, tag, classify, store, index); the same
 * texts are indexed by plain Lucene in the same run (the baseline), each side after an untimed
 * warm-up on media.bench.warm-up other stories (2,000; 0 for none). Then 1,000 searches with words
 * and two filters (language, situation) give p50/p95/p99, on the stories ingested and on a second
 * index of media.bench.search-n stories written straight into the story index (search at scale
 * without waiting for the whole pipeline). Off in the normal suite; run with -Dmedia.bench=true.
 */
@SpringBootTest(properties = { "amicus.media.index-dir=target/bench/media-index", "amicus.media.index-commit=PT1M" })
@EnabledIfSystemProperty(named = "media.bench", matches = "true")
class MediaBenchmark {

    static final String[][] WORDS = {
            { "court", "judges", "warrant", "arrest", "victims", "hearing", "trial", "prosecutor", "evidence", "witnesses", "government",
                "minister", "justice", "crimes", "investigation", "appeal", "defence", "detention", "village", "forces", "report" },
            { "cour", "juges", "mandat", "arrestation", "victimes", "audience", "procès", "procureur", "preuves", "témoins",
                "gouvernement", "ministre", "justice", "crimes", "enquête", "appel", "défense", "détention", "village", "forces" },
            { "corte", "jueces", "orden", "detención", "víctimas", "audiencia", "juicio", "fiscal", "pruebas", "testigos", "gobierno",
                "ministro", "justicia", "crímenes", "investigación", "apelación", "defensa", "pueblo", "fuerzas", "informe" },
            { "المحكمة", "القضاة", "مذكرة", "توقيف", "الضحايا", "جلسة", "محاكمة", "المدعي", "الأدلة", "الشهود", "الحكومة", "الوزير",
                "العدالة", "الجرائم", "التحقيق", "الاستئناف", "الدفاع", "الاحتجاز", "القرية", "القوات" },
            { "tribunal", "juízes", "mandado", "prisão", "vítimas", "audiência", "julgamento", "procurador", "provas", "testemunhas",
                "governo", "ministro", "justiça", "crimes", "investigação", "recurso", "defesa", "detenção", "aldeia", "forças" } };
    static final String[] LANGUAGES = { "en", "fr", "es", "ar", "pt" };
    /**
     * A function word (the commonest words of each language) before about half the words, as in the
     * prose of news stories; media.bench.prose=false writes bare lists of content words, as the rounds
     * before 28 November afternoon measured.
     */
    static final boolean PROSE = !"false".equals(System.getProperty("media.bench.prose"));
    static final String[][] FUNCTION_WORDS = { { "the", "of", "and", "to", "in", "a", "that", "was" },
            { "de", "la", "le", "et", "les", "des", "en", "un" }, { "de", "la", "que", "el", "en", "y", "los", "del" },
            { "في", "من", "على", "إلى", "أن", "عن" }, { "de", "a", "o", "que", "e", "do", "da", "em" } };
    static final String[] PLACES = { "Darfur", "Sudan", "Ukraine", "Libya", "Kenya", "Uganda", "Mali", "Georgia", "Burundi",
            "Afghanistan", "Philippines", "Venezuela", "Bangladesh", "Myanmar" };

    @Autowired
    Ingestion ingestion;
    @Autowired
    Sources sources;
    @Autowired
    StoryIndex index;
    @Autowired
    Languages languages;
    @Autowired
    Gazetteer gazetteer;
    @Autowired
    StanceModel stance;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    javax.sql.DataSource dataSource;

    record Generated(String title, String body, String link) {
    }

    @Test
    void ingestAgainstPlainLuceneThenSearchWithTwoFilters() throws Exception {
        int n = Integer.getInteger("media.bench.n", 100_000);
        // first, so that its id (in the result's digest) is the one it had before the warm-up
        Source source = sources.add(new Sources.Draft("Benchmark wire", "FEED", "https://bench.example.org/rss", null, null, null, 60));
        // a long-running server has compiled the pipeline and loaded the language models: both sides
        // first run once, untimed, on other stories from another source
        int warmUp = Integer.getInteger("media.bench.warm-up", 2_000);
        if (warmUp > 0) {
            List<Generated> others = generate(warmUp, new Random(1), "warm-up", "warm-up-copy");
            plainLucene(others);
            ingest(sources.add(new Sources.Draft("Warm-up wire", "FEED", "https://warm-up.example.org/rss", null, null, null, 60)),
                    feeds(others));
        }
        analyseIfPostgres();
        Random random = new Random(42);
        List<Generated> stories = generate(n, random, "news", "copy");
        List<String> feeds = feeds(stories);

        // the baseline: plain Lucene, one text field, the same texts, committed at the end
        long c0 = cpu();
        double luceneSeconds = plainLucene(stories);
        long c1 = cpu();

        long t1 = System.nanoTime();
        Ingestion.Outcome total = ingest(source, feeds);
        double amicusSeconds = (System.nanoTime() - t1) / 1e9;
        long c2 = cpu();

        // where the time goes: each stage alone over the first 2,000 texts
        int sample = Math.min(2000, n);
        long s0 = System.nanoTime();
        for (int i = 0; i < sample; i++) {
            languages.detect(stories.get(i).title() + "\n" + stories.get(i).body(), null);
        }
        long s1 = System.nanoTime();
        for (int i = 0; i < sample; i++) {
            gazetteer.tags(stories.get(i).title() + "\n" + stories.get(i).body());
        }
        long s2 = System.nanoTime();
        for (int i = 0; i < sample; i++) {
            stance.classify(stories.get(i).title() + "\n" + stories.get(i).body());
        }
        long s3 = System.nanoTime();
        for (int i = 0; i < sample; i++) {
            SimHash.of(stories.get(i).body());
        }
        long s4 = System.nanoTime();
        System.out.printf("MEDIA-BENCH per story: language %.2f ms, tags %.2f ms, stance %.2f ms, simhash %.2f ms%n",
                (s1 - s0) / 1e6 / sample, (s2 - s1) / 1e6 / sample, (s3 - s2) / 1e6 / sample, (s4 - s3) / 1e6 / sample);

        long[] took = searches(index, new String[] { "DARFUR" }, random, 1000);
        System.out.printf("MEDIA-BENCH n=%d stories=%d appearances=%d duplicates=%d%n", n, total.stories(), total.appearances(),
                total.duplicates());
        System.out.println("MEDIA-BENCH result " + digest(source));
        System.out.printf("MEDIA-BENCH plain Lucene %.1f s (%.0f/s); Amicus pipeline %.1f s (%.0f/s); ratio %.1f%%%n", luceneSeconds,
                n / luceneSeconds, amicusSeconds, n / amicusSeconds, 100 * luceneSeconds / amicusSeconds);
        // on a shared machine the wall times move with the other work; the JVM's CPU time much less
        System.out.printf("MEDIA-BENCH CPU (all the JVM's threads): plain Lucene %.1f s; Amicus pipeline %.1f s; ratio %.1f%%%n", (c1 - c0) / 1e9,
                (c2 - c1) / 1e9, 100.0 * (c1 - c0) / (c2 - c1));
        System.out.printf("MEDIA-BENCH search (words + language + situation, 25 hits with snippets) over the %d stories indexed: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                index.size(), took[500] / 1e6, took[950] / 1e6, took[990] / 1e6);
    }

    /**
     * A server that has run a while has table statistics (autovacuum, on by default, analyses a table
     * after 10% of its rows changed); the test database has autovacuum off, and without statistics
     * PostgreSQL keeps the plans it made for empty tables.
     */
    void analyseIfPostgres() throws java.sql.SQLException {
        try (var c = dataSource.getConnection()) {
            if (c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                c.createStatement().execute("analyze");
            }
        }
    }

    /** The JVM's CPU time so far, all threads, in nanoseconds. */
    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** n stories in five languages: 10% repeating an earlier URL with a tracking parameter, 5% syndicated copies. */
    static List<Generated> generate(int n, Random random, String host, String copies) {
        List<Generated> stories = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int lang = i % 5;
            if (i > 100 && i % 10 == 0) {
                Generated earlier = stories.get(random.nextInt(i));
                stories.add(new Generated(earlier.title(), earlier.body(), earlier.link() + "?utm_source=bench"));
            } else if (i > 100 && i % 20 == 1) {
                Generated earlier = stories.get(random.nextInt(i));
                stories.add(new Generated("Copy: " + earlier.title(), earlier.body(), "https://" + copies + ".example.org/" + i));
            } else {
                stories.add(new Generated(text(random, lang, 8), text(random, lang, 120 + random.nextInt(200)),
                        "https://" + host + (i % 50) + ".example.org/" + LANGUAGES[lang] + "/story-" + i));
            }
        }
        return stories;
    }

    static List<String> feeds(List<Generated> stories) {
        List<String> feeds = new ArrayList<>();
        for (int i = 0; i < stories.size(); i += 100) {
            feeds.add(rss(stories.subList(i, Math.min(stories.size(), i + 100))));
        }
        return feeds;
    }

    /** Plain Lucene indexing the texts into a new index: its seconds. */
    static double plainLucene(List<Generated> stories) throws Exception {
        Path plain = Files.createTempDirectory("plain-lucene");
        long t0 = System.nanoTime();
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(plain), new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(64))) {
            for (Generated g : stories) {
                Document d = new Document();
                d.add(new TextField("text", g.title() + "\n" + g.body(), Field.Store.YES));
                writer.addDocument(d);
            }
            writer.commit();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * The feeds through the pipeline as the collector's pool of four polls four sources at once: read
     * on a thread of their own, up to four analysed while one is written; written in order.
     */
    Ingestion.Outcome ingest(Source source, List<String> feeds) throws Exception {
        Ingestion.Outcome total = new Ingestion.Outcome(0, 0, 0);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        Deque<Future<List<FeedItem>>> reading = new ArrayDeque<>();
        Deque<CompletableFuture<Ingestion.Outcome>> writing = new ArrayDeque<>();
        int read = 0;
        while (read < feeds.size() || !reading.isEmpty() || !writing.isEmpty()) {
            while (read < feeds.size() && reading.size() < 4) {
                byte[] bytes = feeds.get(read++).getBytes(StandardCharsets.UTF_8);
                reading.add(reader.submit(() -> FeedReader.read(new Fetched(200, URI.create(source.url()), bytes,
                        "application/rss+xml", null, null))));
            }
            if (!reading.isEmpty() && writing.size() < 4) {
                writing.add(ingestion.submit(source, reading.poll().get()));
            } else {
                total = total.plus(writing.poll().join());
            }
        }
        reader.shutdown();
        return total;
    }

    @Test
    void searchWithTwoFiltersAtScale() throws Exception {
        int n = Integer.getInteger("media.bench.search-n", 100_000);
        Random random = new Random(7);
        Path dir = Files.createTempDirectory("media-search-bench");
        StoryIndex big = new StoryIndex(dir.toString());
        String[] situations = { "DARFUR", "UKRAINE", "LIBYA", "KENYA", "MALI", "PALESTINE", "AFGHANISTAN", "VENEZUELA_I" };
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            int lang = i % 5;
            java.util.Set<Tag> tags = java.util.Set.of(new Tag(Tag.Kind.SITUATION, situations[random.nextInt(situations.length)]));
            big.add(new IndexedStory(i + 1, text(random, lang, 8), text(random, lang, 120 + random.nextInt(200)), LANGUAGES[lang],
                    Stance.values()[random.nextInt(3)], java.time.Instant.now().minusSeconds(random.nextInt(86400 * 365)),
                    java.util.Set.of((long) random.nextInt(200)), java.util.Set.of("GBR"), tags));
        }
        big.commit();
        double indexSeconds = (System.nanoTime() - t0) / 1e9;
        long[] alone = searches(big, situations, new Random(11), 1000);
        // under load: searchers at once, as several staff members and the alert checks would be
        int threads = Integer.getInteger("media.bench.search-threads", 4);
        List<java.util.concurrent.Future<long[]>> running = new ArrayList<>();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        long l0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int seed = 100 + t;
            running.add(pool.submit(() -> searches(big, situations, new Random(seed), 500)));
        }
        long[] loaded = new long[0];
        for (var f : running) {
            long[] part = f.get();
            long[] all = Arrays.copyOf(loaded, loaded.length + part.length);
            System.arraycopy(part, 0, all, loaded.length, part.length);
            loaded = all;
        }
        double loadSeconds = (System.nanoTime() - l0) / 1e9;
        pool.shutdown();
        Arrays.sort(loaded);
        System.out.printf("MEDIA-BENCH search at scale: %d stories indexed in %.1f s (%.0f/s); words + language + situation, 25 hits with snippets: "
                + "one at a time p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; %d at once (%d searches, %.0f/s) p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                n, indexSeconds, n / indexSeconds, alone[alone.length / 2] / 1e6, alone[alone.length * 95 / 100] / 1e6,
                alone[alone.length * 99 / 100] / 1e6, threads, loaded.length, loaded.length / loadSeconds, loaded[loaded.length / 2] / 1e6,
                loaded[loaded.length * 95 / 100] / 1e6, loaded[loaded.length * 99 / 100] / 1e6);
        big.destroy();
    }

    /**
     * What the pipeline stored from the source, to check that a faster pipeline gives the same
     * result: stories by language and stance, and a hash of every story (headline, language, stance,
     * confidence, fingerprint, tags) and appearance (URL, story's headline, outlet) in the order
     * written.
     */
    String digest(Source source) throws Exception {
        var sha = java.security.MessageDigest.getInstance("SHA-256");
        String fromSource = "s.id in (select story_id from media_appearance where source_id = " + source.id() + ")";
        StringBuilder counts = new StringBuilder();
        jdbc.sql("select language, stance, count(*) n from media_story s where " + fromSource
                + " group by language, stance order by language, stance")
            .query(rs -> {
                counts.append(rs.getString(1)).append('/').append(rs.getString(2)).append('=').append(rs.getLong(3)).append(' ');
            });
        long[] tags = { 0 };
        jdbc.sql("select s.title, s.language, s.stance, s.stance_confidence, s.simhash, s.tags from media_story s where %s order by s.id"
            .formatted(fromSource))
            .query(rs -> {
                // the tags as the rounds before 28 November evening digested them, from a table of one row per tag
                List<Tag> of = Tag.read(rs, "tags");
                tags[0] += of.size();
                String joined = of.isEmpty() ? null : String.join(",", of.stream().map(Tag::key).toList());
                sha.update((rs.getString(1) + '|' + rs.getString(2) + '|' + rs.getString(3) + '|' + rs.getDouble(4) + '|' + rs.getLong(5) + '|'
                        + joined + '\n').getBytes(StandardCharsets.UTF_8));
            });
        jdbc.sql("select a.url_key, s.title, a.source_id from media_appearance a join media_story s on s.id = a.story_id where "
                + fromSource + " order by a.id")
            .query(rs -> {
                sha.update((rs.getString(1) + '|' + rs.getString(2) + '|' + rs.getLong(3) + '\n').getBytes(StandardCharsets.UTF_8));
            });
        return counts + "tags=" + tags[0] + " sha=" + java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    /** Searches with two words of one language, that language and a situation as filters; each one's time, sorted. */
    static long[] searches(StoryIndex index, String[] situations, Random random, int count) {
        long[] took = new long[count];
        for (int i = 0; i < count; i++) {
            int lang = i % 5;
            String words = WORDS[lang][random.nextInt(WORDS[lang].length)] + " " + WORDS[lang][random.nextInt(WORDS[lang].length)];
            long s = System.nanoTime();
            index.search(new StoryIndex.Criteria(words, null, LANGUAGES[lang], null, situations[i % situations.length], null, null, null), 0, 25);
            took[i] = System.nanoTime() - s;
        }
        Arrays.sort(took);
        return took;
    }

    static String text(Random random, int lang, int words) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                b.append(w % 17 == 0 ? ". " : " ");
            }
            if (PROSE && random.nextBoolean()) {
                b.append(FUNCTION_WORDS[lang][random.nextInt(FUNCTION_WORDS[lang].length)]).append(' ');
            }
            b.append(random.nextInt(40) == 0 ? PLACES[random.nextInt(PLACES.length)] : WORDS[lang][random.nextInt(WORDS[lang].length)]);
        }
        return b.toString();
    }

    static String rss(List<Generated> items) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Bench</title>"
                + "<link>https://bench.example.org/</link>");
        for (Generated g : items) {
            x.append("<item><title>").append(g.title()).append("</title><link>").append(g.link().replace("&", "&amp;"))
                .append("</link><description>").append(g.body()).append("</description><pubDate>Tue, 24 Nov 2026 09:30:00 GMT</pubDate></item>");
        }
        return x.append("</channel></rss>").toString();
    }
}
