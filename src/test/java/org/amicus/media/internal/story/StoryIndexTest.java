package org.amicus.media.internal.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryIndexTest {

    @TempDir
    Path dir;

    /** An index written when the text had offsets in its postings is started again instead of refusing every new story. */
    @Test
    void anIndexWrittenWithOffsetsStartsAgainEmpty() throws Exception {
        FieldType withOffsets = new FieldType(TextField.TYPE_STORED);
        withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        try (IndexWriter old = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(new StandardAnalyzer()))) {
            Document d = new Document();
            d.add(new Field("text_en", "The Court issued a warrant", withOffsets));
            old.addDocument(d);
            old.commit();
        }
        StoryIndex index = new StoryIndex(dir.toString());
        try {
            assertThat(index.size()).isZero();
            index.add(new IndexedStory(1, "Warrant issued", "The Court issued a warrant for the suspect.", "en", Stance.NEUTRAL,
                    Instant.parse("2026-11-20T10:00:00Z"), Set.of(1L), Set.of(), Set.of()));
            var found = index.search(new StoryIndex.Criteria("warrant", null, null, null, null, null, null, null), 0, 10);
            assertThat(found.total()).isEqualTo(1);
            assertThat(found.hits().get(0).snippet()).contains("<mark>");
        } finally {
            index.destroy();
        }
    }

    @Test
    void aNewIndexKeepsItsStories() throws Exception {
        Files.createDirectories(dir);
        StoryIndex index = new StoryIndex(dir.toString());
        index.add(new IndexedStory(7, "Hearing", "A hearing in The Hague.", "en", Stance.NEUTRAL, Instant.parse("2026-11-20T10:00:00Z"),
                Set.of(1L), Set.of(), Set.of()));
        index.commit();
        index.destroy();
        StoryIndex reopened = new StoryIndex(dir.toString());
        try {
            assertThat(reopened.size()).isEqualTo(1);
        } finally {
            reopened.destroy();
        }
    }

    /** A newer story indexed before an older one of the same feed is left for the next check, so the older one is not stepped past. */
    @Test
    void alertsLookOnlyAsFarAsEveryStoryIsIndexed() throws Exception {
        StoryIndex index = new StoryIndex(dir.toString());
        try {
            var all = new StoryIndex.Criteria("warrant", null, null, null, null, null, null, null);
            index.add(story(1));
            index.completeThrough(1);
            index.add(story(3));
            assertThat(index.newMatches(all, 0, 10)).isEqualTo(new StoryIndex.NewMatches(java.util.List.of(1L), 1));
            index.add(story(2));
            index.completeThrough(3);
            assertThat(index.newMatches(all, 1, 10)).isEqualTo(new StoryIndex.NewMatches(java.util.List.of(2L, 3L), 3));
        } finally {
            index.destroy();
        }
    }

    private static IndexedStory story(long id) {
        return new IndexedStory(id, "Warrant " + id, "The Court issued warrant number " + id + ".", "en", Stance.NEUTRAL,
                Instant.parse("2026-11-20T10:00:00Z"), Set.of(1L), Set.of(), Set.of());
    }
}
