package org.amicus.members.internal.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.springframework.stereotype.Service;

/** Finds organisations and people: words in names (any script, accents folded), filters that combine. */
@Service
public class Search {

    /** One result: a record's type ("organisation" or "person"), id and what a list shows of it. */
    public record Hit(String type, long id, String name, String nameLatin, String country, List<String> kinds, String detail) {
    }

    public record Page(long total, int page, int size, List<Hit> hits) {

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    private static final Sort BY_NAME = new Sort(new SortField("sort", SortField.Type.STRING));

    private final SearchIndex index;
    private final Analyzer analyzer = new NameAnalyzer();

    Search(SearchIndex index) {
        this.index = index;
    }

    /** False while the index is first being built; results may then be incomplete. */
    public boolean ready() {
        return index.ready();
    }

    public Page page(MemberQuery q, int page, int size) {
        Query query = query(q);
        boolean byScore = q.q() != null && !q.q().isBlank();
        return index.read(searcher -> {
            int wanted = (page + 1) * size;
            TopDocs top = byScore ? searcher.search(query, wanted) : searcher.search(query, wanted, BY_NAME);
            StoredFields stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>();
            for (int i = page * size; i < top.scoreDocs.length; i++) {
                hits.add(hit(stored, top.scoreDocs[i]));
            }
            return new Page(top.totalHits.value, page, size, hits);
        });
    }

    /** Every match, organisations and people, as keys ("o:12", "p:34"); for exports and smart groups. */
    public List<Hit> all(MemberQuery q) {
        Query query = query(q);
        return index.read(searcher -> {
            int n = Math.max(1, searcher.count(query));
            TopDocs top = searcher.search(query, n, BY_NAME);
            StoredFields stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                hits.add(hit(stored, sd));
            }
            return hits;
        });
    }

    /** The people a query finds: matching people, and the people of matching organisations (resolved by the caller). */
    public Set<Long> ids(MemberQuery q, String type) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Hit h : all(q)) {
            if (h.type().equals(type)) {
                ids.add(h.id());
            }
        }
        return ids;
    }

    private static Hit hit(StoredFields stored, ScoreDoc sd) throws IOException {
        var d = stored.document(sd.doc);
        String key = d.get("key");
        return new Hit(d.get("type"), Long.parseLong(key.substring(2)), d.get("name"), emptyAsNull(d.get("nameLatin")),
                emptyAsNull(d.get("country")), List.of(d.getValues("kind")), emptyAsNull(d.get("detail")));
    }

    Query query(MemberQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        List<String> words = words(q.q());
        if (!words.isEmpty()) {
            b.add(byName(words, Skeleton.of(q.q())), Occur.MUST);
        }
        filter(b, "type", q.type(), Case.LOWER);
        filter(b, "kind", q.kind(), Case.UPPER);
        filter(b, "country", q.country(), Case.UPPER);
        filter(b, "region", q.region(), Case.LOWER);
        filter(b, "language", q.language(), Case.LOWER);
        filter(b, "team", q.team(), Case.AS_IS);
        filter(b, "tag", q.tag(), Case.LOWER);
        filter(b, "status", q.status(), Case.UPPER);
        q.custom().forEach((key, value) -> filter(b, MemberQuery.CUSTOM + key, value, Case.LOWER));
        BooleanQuery query = b.build();
        // Filters alone match on their own (a query of FILTER clauses only); nothing at all means everything.
        return query.clauses().isEmpty() ? new MatchAllDocsQuery() : query;
    }

    /**
     * Every word in the names (exact or as a prefix), or else every word's consonant skeleton
     * ("Mohamed" finds "محمد"), ranked below.
     */
    private static Query byName(List<String> words, List<String> skeletons) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : words) {
            BooleanQuery.Builder w = new BooleanQuery.Builder();
            w.add(new BoostQuery(new TermQuery(new Term("text", word)), 2f), Occur.SHOULD);
            w.add(new PrefixQuery(new Term("text", word)), Occur.SHOULD);
            all.add(w.build(), Occur.MUST);
        }
        if (skeletons.isEmpty()) {
            return all.build();
        }
        BooleanQuery.Builder sounds = new BooleanQuery.Builder();
        skeletons.forEach(k -> sounds.add(new TermQuery(new Term("skeleton", k)), Occur.MUST));
        return new BooleanQuery.Builder().add(new BoostQuery(all.build(), 4f), Occur.SHOULD)
            .add(new BoostQuery(sounds.build(), 0.5f), Occur.SHOULD).build();
    }

    private enum Case {
        LOWER, UPPER, AS_IS
    }

    private static void filter(BooleanQuery.Builder b, String field, String values, Case c) {
        if (values == null || values.isBlank()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String v : values.split(",")) {
            String t = v.strip();
            t = c == Case.LOWER ? t.toLowerCase(Locale.ROOT) : c == Case.UPPER ? t.toUpperCase(Locale.ROOT) : t;
            any.add(new TermQuery(new Term(field, t)), Occur.SHOULD);
        }
        b.add(any.build(), Occur.FILTER);
    }

    List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            Set<String> seen = new HashSet<>();
            while (ts.incrementToken()) {
                if (seen.add(term.toString())) {
                    words.add(term.toString());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return words;
    }

    private static String emptyAsNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
