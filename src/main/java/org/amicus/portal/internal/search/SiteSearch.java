package org.amicus.portal.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Language;
import org.amicus.platform.RecordVersion;
import org.amicus.portal.internal.blog.BlogPosts;
import org.amicus.portal.internal.blog.Post;
import org.amicus.portal.internal.blog.RichText;
import org.amicus.portal.internal.cms.CmsPage;
import org.amicus.portal.internal.cms.CmsPages;
import org.amicus.portal.internal.cms.PageText;
import org.amicus.publications.PublishedTexts;
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
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Search across the site's CMS pages, blog posts, press items and publications' editions. Each text
 * is indexed with its own language's analyser (stemming and stop words for English, French,
 * Spanish, Arabic with its normalisation, Portuguese); a query is read by each analyser in turn and
 * finds texts in every language, the reader's language first.
 *
 * The index is in memory, built whole at the first search, then kept up to date change by change:
 * when the record version has moved, the audit trail says which posts, pages, press items and
 * editions changed since (other records, such as media ingest, touch nothing here), and only their
 * documents are read again. Reading the trail rather than listening to local events also takes in
 * the changes made on other nodes.
 */
@Service
public class SiteSearch {

    /** One result: what it is, where, its title and the start of its text. */
    public record Hit(String kind, String path, Language language, String title, String snippet, Instant date) {
    }

    /** The hits of one search, the reader's language first, and how many texts matched in all. */
    public record Results(List<Hit> hits, long total) {
    }

    private static final int SNIPPET = 280;
    private static final String UNIT = "unit";
    private static final String BLOG = "/blog/";
    private static final String CMS = CmsPages.RECORD + ":";
    private static final Map<Language, Analyzer> ANALYZERS = new EnumMap<>(Map.of(Language.EN, new EnglishAnalyzer(),
            Language.FR, new FrenchAnalyzer(), Language.ES, new SpanishAnalyzer(), Language.AR, new ArabicAnalyzer(),
            Language.PT, new PortugueseAnalyzer()));

    /** The records the index is made of, as the audit trail names them. */
    private static final List<String> INDEXED = Stream.concat(Stream.of(BlogPosts.RECORD, CmsPages.RECORD),
            PublishedTexts.RECORD_TYPES.stream()).toList();
    /**
     * A change whose transaction commits after a later one's is below the version already caught up
     * with; reading a few rows back again (reindexing is idempotent) takes it in with the next change.
     */
    private static final long LOOK_BACK = 100;

    private final BlogPosts posts;
    private final CmsPages pages;
    private final PublishedTexts publications;
    private final RecordVersion version;
    private final AuditTrail audit;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** The record version the index holds; -1 before the first search builds it. */
    private volatile long caughtUp = -1;

    SiteSearch(BlogPosts posts, CmsPages pages, PublishedTexts publications, RecordVersion version, AuditTrail audit) throws IOException {
        this.posts = posts;
        this.pages = pages;
        this.publications = publications;
        this.version = version;
        this.audit = audit;
        Map<String, Analyzer> perField = new java.util.HashMap<>();
        ANALYZERS.forEach((l, a) -> perField.put(field(l), a));
        this.writer = new IndexWriter(new ByteBuffersDirectory(),
                new IndexWriterConfig(new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField)));
        this.searchers = new SearcherManager(writer, null);
    }

    public Results search(String text, Language reader, int limit) {
        if (text == null || text.isBlank()) {
            return new Results(List.of(), 0);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        ANALYZERS.forEach((language, analyzer) -> {
            Query q = new QueryBuilder(analyzer).createBooleanQuery(field(language), text.strip(), Occur.MUST);
            if (q != null) {
                any.add(q, Occur.SHOULD);
            }
        });
        try {
            catchUp();
            IndexSearcher searcher = searchers.acquire();
            try {
                var top = searcher.search(any.build(), 500);
                List<Hit> hits = new ArrayList<>();
                for (ScoreDoc sd : top.scoreDocs) {
                    hits.add(hit(searcher.storedFields().document(sd.doc)));
                }
                // stable: within each group, Lucene's order by relevance is kept
                hits.sort(Comparator.comparing((Hit h) -> h.language() != reader));
                return new Results(hits.subList(0, Math.min(limit, hits.size())), top.totalHits.value);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Brings the index to the current record version; a writing transaction's uncommitted rows never enter it. */
    private void catchUp() throws IOException {
        if (version.current() <= caughtUp || TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return;
        }
        synchronized (this) {
            long now = version.current();
            if (now <= caughtUp) {
                return;
            }
            if (caughtUp < 0) {
                writer.deleteAll();
                posts.published(null, false, 100_000).forEach(this::index);
                pages.all().forEach(this::index);
                Stream.concat(publications.pressItems().stream(), publications.editions().stream()).forEach(this::index);
            } else {
                for (AuditTrail.ChangedRecord changed : audit.changedBetween(Math.max(0, caughtUp - LOOK_BACK), now, INDEXED)) {
                    reindex(changed.recordType(), Long.parseLong(changed.recordId()));
                }
            }
            searchers.maybeRefreshBlocking();
            caughtUp = now;
        }
    }

    private void reindex(String recordType, long id) throws IOException {
        if (recordType.equals(BlogPosts.RECORD)) {
            writer.deleteDocuments(new Term(UNIT, BLOG + id));
            if (posts.isPublished(id)) {
                index(posts.get(id));
            }
        } else if (recordType.equals(CmsPages.RECORD)) {
            writer.deleteDocuments(new Term(UNIT, CMS + id));
            pages.find(id).ifPresent(this::index);
        } else {
            PublishedTexts.Touched touched = publications.touched(recordType, id);
            writer.deleteDocuments(new Term(UNIT, touched.path()));
            touched.texts().forEach(this::index);
        }
    }

    private void index(Post p) {
        add(BLOG + p.id(), document(p.story() ? "STORY" : "BLOG", BLOG + p.id(), p.language(), p.title(),
                (p.summary() == null ? "" : p.summary() + " ") + RichText.words(p.bodyHtml()), p.publishedAt()));
    }

    private void index(CmsPage page) {
        page.texts().values().stream().filter(PageText::isPublished).forEach(t -> add(CMS + page.id(),
                document("PAGE", page.path(), t.language(), t.publishedTitle(), RichText.words(t.publishedBody()), t.publishedAt())));
    }

    private void index(PublishedTexts.Text t) {
        add(t.path(), document(t.kind(), t.path(), t.language(), t.title(), RichText.words(t.bodyHtml()), t.publishedAt()));
    }

    /** One document, under the unit it is replaced by: a post's, a CMS page's or a publication's page. */
    private void add(String unit, Document doc) {
        doc.add(new StringField(UNIT, unit, Field.Store.NO));
        try {
            writer.addDocument(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(String kind, String path, Language language, String title, String words, Instant date) {
        Document doc = new Document();
        doc.add(new StringField("kind", kind, Field.Store.YES));
        doc.add(new StoredField("path", path));
        doc.add(new StringField("lang", language.code(), Field.Store.YES));
        doc.add(new StoredField("title", title));
        doc.add(new StoredField("snippet", words.length() <= SNIPPET ? words : words.substring(0, SNIPPET) + "…"));
        if (date != null) {
            doc.add(new StoredField("date", date.toEpochMilli()));
        }
        doc.add(new TextField(field(language), title + "\n" + words, Field.Store.NO));
        return doc;
    }

    private static Hit hit(Document doc) {
        var date = doc.getField("date");
        return new Hit(doc.get("kind"), doc.get("path"), Language.fromCode(doc.get("lang")).orElse(Language.EN), doc.get("title"),
                doc.get("snippet"), date == null ? null : Instant.ofEpochMilli(date.numericValue().longValue()));
    }

    private static String field(Language language) {
        return "text_" + language.code();
    }
}
