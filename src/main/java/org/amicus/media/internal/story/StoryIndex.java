package org.amicus.media.internal.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The full-text index of stories (Lucene): title and text in a field per language, each with its
 * language's analyser (stemming, stop words; Arabic normalised), other languages with the standard
 * analyser; filters on source, language, country, situation, state, stance and date. Kept on disk
 * under the data directory; committed every few seconds.
 */
@Component
public class StoryIndex implements DisposableBean {

    static final List<String> ANALYSED = List.of("en", "fr", "es", "ar", "pt");
    private static final int STORED_TEXT = 20_000;

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer;
    private volatile boolean rebuilding;
    /**
     * Every story ingestion wrote with an id up to this one is in the index. A feed's stories are
     * added from several threads, so a newer one can be in before an older one: alerts look only
     * this far, or they would step past the older one.
     */
    private final java.util.concurrent.atomic.AtomicLong complete = new java.util.concurrent.atomic.AtomicLong();

    StoryIndex(@Value("${amicus.media.index-dir:${amicus.data-dir}/index/media}") String dir) throws IOException {
        Map<String, Analyzer> perField = new HashMap<>();
        perField.put("text_en", new EnglishAnalyzer());
        perField.put("text_fr", new FrenchAnalyzer());
        perField.put("text_es", new SpanishAnalyzer());
        perField.put("text_ar", new ArabicAnalyzer());
        perField.put("text_pt", new PortugueseAnalyzer());
        this.analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
        var directory = dir.isBlank() ? new ByteBuffersDirectory() : FSDirectory.open(Path.of(dir));
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64));
        if (hasOffsets(writer)) {
            // written before offsets were dropped: Lucene refuses a field's options changing, so the
            // index starts again and IndexRebuild fills it from the database
            writer.deleteAll();
            writer.commit();
        }
        this.searchers = new SearcherManager(writer, null);
        complete.set(newestId());
    }

    private static boolean hasOffsets(IndexWriter writer) throws IOException {
        try (var reader = org.apache.lucene.index.DirectoryReader.open(writer)) {
            for (var field : org.apache.lucene.index.FieldInfos.getMergedFieldInfos(reader)) {
                if (field.getIndexOptions() == org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What the staff asked for: words (any language) and filters, each null or blank when not used. */
    public record Criteria(String text, Long source, String language, String country, String situation, Stance stance,
            Instant from, Instant to) {

        public boolean hasText() {
            return text != null && !text.isBlank();
        }
    }

    public record Hit(long id, String title, String language, Stance stance, Instant published, String snippet) {
    }

    public record Found(long total, List<Hit> hits) {
    }

    static String field(String language) {
        return "text_" + (language != null && ANALYSED.contains(language) ? language : "any");
    }

    /** Indexes a story again (a new appearance, a new stance): its earlier document is replaced. */
    void put(IndexedStory s) {
        try {
            writer.updateDocument(new Term("key", String.valueOf(s.id())), document(s));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Indexes a story new to the index: no earlier document to look up and delete (while the index
     * is rebuilt, the rebuild may have indexed it already, so it is replaced instead).
     */
    void add(IndexedStory s) {
        if (rebuilding) {
            put(s);
            return;
        }
        try {
            writer.addDocument(document(s));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(IndexedStory s) {
        Document doc = new Document();
        doc.add(new StringField("key", String.valueOf(s.id()), Field.Store.NO));
        doc.add(new StoredField("id", s.id()));
        doc.add(new LongPoint("sid", s.id()));
        doc.add(new NumericDocValuesField("sid", s.id()));
        doc.add(new StoredField("title", s.title()));
        String body = s.body() == null ? "" : s.body();
        // no offsets in the postings: the highlighter analyses the hits' stored text again, which cost
        // searches nothing measurable, while offsets cost ingest an eighth of its time (docs/benchmarks.md)
        doc.add(new TextField(field(s.language()), s.title() + "\n" + (body.length() > STORED_TEXT ? body.substring(0, STORED_TEXT) : body),
                Field.Store.YES));
        doc.add(new StringField("language", s.language() == null ? "" : s.language(), Field.Store.YES));
        doc.add(new StringField("stance", s.stance().name(), Field.Store.YES));
        long published = s.published().toEpochMilli();
        doc.add(new LongPoint("published", published));
        doc.add(new NumericDocValuesField("published", published));
        doc.add(new StoredField("published", published));
        s.sources().forEach(id -> doc.add(new StringField("source", String.valueOf(id), Field.Store.NO)));
        s.countries().forEach(c -> doc.add(new StringField("country", c, Field.Store.NO)));
        for (Tag t : s.tags()) {
            doc.add(new StringField(t.kind().name().toLowerCase(java.util.Locale.ROOT), t.ref(), Field.Store.NO));
        }
        return doc;
    }

    void rebuilding(boolean on) {
        rebuilding = on;
        if (!on) {
            complete.accumulateAndGet(newestId(), Math::max);
        }
    }

    /** Ingestion has indexed every story it wrote up to this id. */
    void completeThrough(long id) {
        complete.accumulateAndGet(id, Math::max);
    }

    /** The highest story id in the index, 0 when empty. */
    private long newestId() {
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs newest = searcher.search(new MatchAllDocsQuery(), 1, new Sort(new SortField("sid", SortField.Type.LONG, true)));
                return newest.scoreDocs.length == 0 ? 0 : (Long) ((org.apache.lucene.search.FieldDoc) newest.scoreDocs[0]).fields[0];
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int size() {
        return writer.getDocStats().numDocs;
    }

    /** Stories matching every criterion, newest first (or best first when words are given), with snippets. */
    public Found search(Criteria c, int offset, int limit) {
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                Query query = query(c);
                Sort sort = c.hasText() ? Sort.RELEVANCE : new Sort(new SortField("published", SortField.Type.LONG, true));
                TopDocs top = searcher.search(query, offset + limit, sort);
                ScoreDoc[] docs = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length), top.scoreDocs.length);
                TopDocs page = new TopDocs(top.totalHits, docs);
                Map<String, String[]> snippets = c.hasText() ? highlight(searcher, query, page, c) : Map.of();
                List<Hit> hits = new ArrayList<>();
                for (int i = 0; i < docs.length; i++) {
                    Document d = searcher.storedFields().document(docs[i].doc);
                    String snippet = null;
                    for (String[] perField : snippets.values()) {
                        if (perField[i] != null) {
                            snippet = perField[i];
                        }
                    }
                    hits.add(new Hit(d.getField("id").numericValue().longValue(), d.get("title"), d.get("language"),
                            Stance.valueOf(d.get("stance")), Instant.ofEpochMilli(d.getField("published").numericValue().longValue()),
                            snippet));
                }
                return new Found(top.totalHits.value, hits);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A story's headline as indexed. */
    Optional<String> title(long id) {
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(new TermQuery(new Term("key", String.valueOf(id))), 1);
                return top.scoreDocs.length == 0 ? Optional.empty()
                        : Optional.ofNullable(searcher.storedFields().document(top.scoreDocs[0].doc).get("title"));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stories after a given id that match, in id order, and the highest id this index holds (where the next check starts). */
    public record NewMatches(List<Long> ids, long through) {
    }

    /**
     * The stories indexed after {@code afterId} that match the criteria, at most {@code limit}, up to
     * the last id below which every story is in the index.
     */
    public NewMatches newMatches(Criteria c, long afterId, int limit) {
        long through = Math.max(afterId, Math.min(newestId(), complete.get()));
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                BooleanQuery.Builder q = new BooleanQuery.Builder().add(query(c), Occur.MUST)
                    .add(LongPoint.newRangeQuery("sid", afterId + 1, through), Occur.FILTER);
                TopDocs found = searcher.search(q.build(), limit, new Sort(new SortField("sid", SortField.Type.LONG)));
                List<Long> ids = new ArrayList<>();
                for (ScoreDoc d : found.scoreDocs) {
                    ids.add((Long) ((org.apache.lucene.search.FieldDoc) d).fields[0]);
                }
                return new NewMatches(ids, through);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String[]> highlight(IndexSearcher searcher, Query query, TopDocs page, Criteria c) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true)).withScorer(new PassageScores()).build();
        String[] fields = textFields(c).toArray(String[]::new);
        int[] passages = new int[fields.length];
        java.util.Arrays.fill(passages, 2);
        return highlighter.highlightFields(fields, query, page, passages);
    }

    /** The text fields a search reads: a language filter means the text is in that language's field. */
    private static List<String> textFields(Criteria c) {
        if (c.language() != null && !c.language().isBlank()) {
            return List.of(field(c.language()));
        }
        List<String> fields = new ArrayList<>();
        ANALYSED.forEach(l -> fields.add(field(l)));
        fields.add(field(null));
        return fields;
    }

    Query query(Criteria c) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        if (c.hasText()) {
            BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
            List<String> fields = textFields(c);
            QueryBuilder builder = new QueryBuilder(analyzer);
            for (String f : fields) {
                Query inField = builder.createBooleanQuery(f, c.text(), Occur.MUST);
                if (inField != null) {
                    anyLanguage.add(inField, Occur.SHOULD);
                }
            }
            q.add(anyLanguage.build(), Occur.MUST);
        } else {
            q.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        filter(q, "source", c.source() == null ? null : String.valueOf(c.source()));
        filter(q, "language", c.language());
        filter(q, "country", c.country());
        filter(q, "situation", c.situation());
        filter(q, "stance", c.stance() == null ? null : c.stance().name());
        if (c.from() != null || c.to() != null) {
            q.add(LongPoint.newRangeQuery("published", c.from() == null ? Long.MIN_VALUE : c.from().toEpochMilli(),
                    c.to() == null ? Long.MAX_VALUE : c.to().toEpochMilli()), Occur.FILTER);
        }
        return q.build();
    }

    private static void filter(BooleanQuery.Builder q, String field, String value) {
        if (value != null && !value.isBlank()) {
            q.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    @Scheduled(fixedDelayString = "${amicus.media.index-commit:PT5S}")
    void commit() {
        try {
            if (writer.hasUncommittedChanges()) {
                writer.commit();
            }
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void destroy() throws IOException {
        searchers.close();
        writer.close();
    }

    /** Forces a refresh so that what was just added is found (tests, after ingestion). */
    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
