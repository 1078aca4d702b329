package org.amicus.members.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.amicus.platform.Timestamps;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The search index of organisations and people, kept in step with the database: each change is
 * indexed once its transaction commits, and every few seconds the index catches up with changes
 * made on other nodes (records whose updated_at moved). Kept on disk under the data directory so
 * that a start does not rebuild it; a missing or inconsistent index is rebuilt in the background
 * while the application serves.
 */
@Component
public class SearchIndex implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final int BATCH = 2000;
    /** Changes committed by slow transactions carry an updated_at a little older than the last catch-up. */
    private static final Duration OVERLAP = Duration.ofSeconds(10);
    /** What the documents hold; an index saved in another format is rebuilt (2: consonant skeletons of names, custom field values). */
    private static final String FORMAT = "2";

    private final IndexSource source;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> new Thread(r, "members-index"));
    private final AtomicBoolean ready = new AtomicBoolean();
    private volatile OffsetDateTime watermark;

    SearchIndex(IndexSource source, @Value("${amicus.members.index-dir:${amicus.data-dir}/index/members}") String dir)
            throws IOException {
        this.source = source;
        var directory = dir.isBlank() ? new ByteBuffersDirectory() : FSDirectory.open(Path.of(dir));
        this.writer = new IndexWriter(directory, new IndexWriterConfig(new NameAnalyzer()).setRAMBufferSizeMB(64));
        this.searchers = new SearcherManager(writer, null);
        String mark = FORMAT.equals(liveData().get("format")) ? liveData().get("watermark") : null;
        background.submit(() -> start(mark == null ? null : OffsetDateTime.parse(mark)));
    }

    private Map<String, String> liveData() {
        Map<String, String> m = new java.util.HashMap<>();
        var data = writer.getLiveCommitData();
        if (data != null) {
            data.forEach(e -> m.put(e.getKey(), e.getValue()));
        }
        return m;
    }

    /** Catch up from the saved watermark; rebuild when there is none or the counts disagree. */
    private void start(OffsetDateTime saved) {
        try {
            NameAnalyzer.warmUp();
            OffsetDateTime began = Timestamps.now();
            if (saved != null) {
                watermark = saved;
                catchUp();
            }
            long live = source.allIds("organisation").size() + source.allIds("person").size();
            if (saved == null || writer.getDocStats().numDocs != live) {
                rebuild();
            }
            watermark = began.minus(OVERLAP);
            ready.set(true);
            log.info("Members search index ready: {} records.", writer.getDocStats().numDocs);
        } catch (RuntimeException | IOException e) {
            log.error("The members search index could not be brought up to date", e);
        }
    }

    private void rebuild() throws IOException {
        synchronized (this) {
            writer.deleteAll();
        }
        index(source.allIds("organisation"), true);
        index(source.allIds("person"), false);
        commit();
    }

    public boolean ready() {
        return ready.get();
    }

    /** Reads these records again and replaces their documents (removes those no longer live). */
    public void index(Collection<Long> ids, boolean organisations) {
        List<Long> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += BATCH) {
            List<Long> batch = all.subList(i, Math.min(all.size(), i + BATCH));
            synchronized (this) {
                var entries = organisations ? source.organisations(batch) : source.people(batch);
                try {
                    for (IndexSource.Entry e : entries) {
                        if (e.document() == null) {
                            writer.deleteDocuments(new Term("key", e.key()));
                        } else {
                            writer.updateDocument(new Term("key", e.key()), e.document());
                        }
                    }
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
        }
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Changes made on other nodes reach this node's index here. */
    @Scheduled(fixedDelayString = "${amicus.members.index-poll:PT3S}")
    void catchUp() {
        OffsetDateTime from = watermark;
        if (from == null) {
            return;
        }
        OffsetDateTime now = Timestamps.now();
        index(source.changedSince("organisation", from), true);
        index(source.changedSince("person", from), false);
        watermark = now.minus(OVERLAP);
        commit();
    }

    private synchronized void commit() {
        try {
            if (watermark != null) {
                writer.setLiveCommitData(Map.of("watermark", watermark.toString(), "format", FORMAT).entrySet());
            }
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a search on the current snapshot of the index. */
    public <T> T read(SearchFunction<T> search) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    public interface SearchFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    @Override
    public void destroy() throws IOException {
        background.shutdownNow();
        searchers.close();
        if (watermark != null) {
            commit();
        }
        writer.close();
    }
}
