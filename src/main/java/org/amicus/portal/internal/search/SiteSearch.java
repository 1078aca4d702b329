package org.amicus.portal.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.amicus.platform.Language;
import org.amicus.platform.RecordVersion;
import org.amicus.platform.VersionedView;
import org.amicus.portal.internal.blog.BlogPosts;
import org.amicus.portal.internal.blog.RichText;
import org.amicus.portal.internal.cms.CmsPages;
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
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.springframework.stereotype.Service;

/**
 * Search across the site's CMS pages, blog posts, press items and publications' editions. Each text
 * is indexed with its own language's analyser (stemming and stop words for English, French,
 * Spanish, Arabic with its normalisation, Portuguese); a query is read by each analyser in turn and
 * finds texts in every language, the reader's language first. The index is in memory and rebuilt
 * from the record when the record version moves, which at the portal's size (thousands of texts)
 * takes well under a second.
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
    private static final Map<Language, Analyzer> ANALYZERS = new EnumMap<>(Map.of(Language.EN, new EnglishAnalyzer(),
            Language.FR, new FrenchAnalyzer(), Language.ES, new SpanishAnalyzer(), Language.AR, new ArabicAnalyzer(),
            Language.PT, new PortugueseAnalyzer()));

    private final BlogPosts posts;
    private final CmsPages pages;
    private final PublishedTexts publications;
    private final VersionedView<IndexSearcher> index;

    SiteSearch(BlogPosts posts, CmsPages pages, PublishedTexts publications, RecordVersion version) {
        this.posts = posts;
        this.pages = pages;
        this.publications = publications;
        this.index = new VersionedView<>(version, v -> build());
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
            IndexSearcher searcher = index.get();
            var top = searcher.search(any.build(), 500);
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                hits.add(hit(searcher.storedFields().document(sd.doc)));
            }
            // stable: within each group, Lucene's order by relevance is kept
            hits.sort(Comparator.comparing((Hit h) -> h.language() != reader));
            return new Results(hits.subList(0, Math.min(limit, hits.size())), top.totalHits.value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private IndexSearcher build() {
        List<Document> docs = new ArrayList<>();
        posts.published(null, false, 100_000).forEach(p -> docs.add(document(p.story() ? "STORY" : "BLOG", "/blog/" + p.id(), p.language(),
                p.title(), (p.summary() == null ? "" : p.summary() + " ") + RichText.words(p.bodyHtml()), p.publishedAt())));
        pages.all().forEach(page -> page.texts().values().stream().filter(t -> t.isPublished()).forEach(t -> docs.add(
                document("PAGE", page.path(), t.language(), t.publishedTitle(), RichText.words(t.publishedBody()), t.publishedAt()))));
        java.util.stream.Stream.concat(publications.pressItems().stream(), publications.editions().stream()).forEach(t -> docs.add(
                document(t.kind(), t.path(), t.language(), t.title(), RichText.words(t.bodyHtml()), t.publishedAt())));
        Map<String, Analyzer> perField = new java.util.HashMap<>();
        ANALYZERS.forEach((l, a) -> perField.put(field(l), a));
        var directory = new ByteBuffersDirectory();
        try {
            try (var writer = new IndexWriter(directory, new IndexWriterConfig(new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField)))) {
                writer.addDocuments(docs);
            }
            return new IndexSearcher(DirectoryReader.open(directory));
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
