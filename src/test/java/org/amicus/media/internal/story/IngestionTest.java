package org.amicus.media.internal.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.amicus.media.FeedServer;
import org.amicus.media.FeedServer.Answer;
import org.amicus.media.internal.fetch.FeedItem;
import org.amicus.media.internal.story.StoryIndex.Criteria;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Staff add real-looking feeds in English, French and Arabic served by a local server: stories
 * arrive de-duplicated (same URL, syndicated copy), in their language, tagged with situations and
 * states, searchable; a hostile or broken source is reported on its health and stops nothing.
 */
@SpringBootTest
class IngestionTest {

    static final FeedServer web = new FeedServer();

    @Autowired
    Sources sources;
    @Autowired
    Collector collector;
    @Autowired
    Stories stories;
    @Autowired
    StoryIndex index;
    @Autowired
    Ingestion ingestion;
    @Autowired
    Gazetteer gazetteer;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @AfterAll
    static void stop() {
        web.close();
    }

    Source source(String name, String kind, String path, String language, String country) {
        return sources.add(new Sources.Draft(name, kind, web.url(path), language, country, null, 60));
    }

    @Test
    void feedsInThreeLanguagesBecomeDeduplicatedTaggedStories() {
        web.serve("/feed.xml", Answer.ok("application/rss+xml", web.fixture("rss2-en.xml", StandardCharsets.UTF_8))
            .withHeader("ETag", "\"en-1\""));
        web.fixture("/wire.xml", "rss2-en-copy.xml", "application/rss+xml");
        web.fixture("/fr/atom.xml", "atom-fr.xml", "application/atom+xml");
        web.fixture("/ar/rss", "rss1-ar.rdf", "application/rdf+xml");
        web.fixture("/news/ukraine-visit", "article.html", "text/html; charset=utf-8");

        Source courier = source("The Daily Courier", "FEED", "/feed.xml", "en", "GBR");
        assertThat(collector.poll(courier.id())).isEqualTo(new Ingestion.Outcome(3, 0, 0));
        // the wire repeats one article by URL (tracking parameters aside) and syndicates another
        assertThat(collector.poll(source("Wire", "FEED", "/wire.xml", "en", "USA").id())).isEqualTo(new Ingestion.Outcome(0, 1, 1));
        Source journal = source("Le Journal du Soir", "FEED", "/fr/atom.xml", "fr", "FRA");
        assertThat(collector.poll(journal.id()).stories()).isEqualTo(2);
        Source masaa = source("صحيفة المساء", "FEED", "/ar/rss", null, "EGY");
        assertThat(collector.poll(masaa.id()).stories()).isEqualTo(1);

        // other tests' stories share the database and the index: each search names its source
        index.refresh();
        var darfur = index.search(new Criteria(null, courier.id(), "en", null, "DARFUR", null, null, null), 0, 10).hits();
        assertThat(darfur).hasSize(1);
        Story story = stories.story(darfur.get(0).id());
        assertThat(story.title()).isEqualTo("Court issues new warrant in Darfur case");
        assertThat(story.appearances()).extracting(Story.Appearance::sourceName).containsExactly("The Daily Courier", "Wire");
        assertThat(story.tags()).contains(new Tag(Tag.Kind.SITUATION, "DARFUR"), new Tag(Tag.Kind.STATE, "SDN"));
        assertThat(story.appearances().get(0).url()).doesNotContain("utm_");

        var french = index.search(new Criteria(null, journal.id(), "fr", null, "DARFUR", null, null, null), 0, 10).hits();
        assertThat(french).extracting(StoryIndex.Hit::title).containsExactly("La Cour pénale internationale et le Darfour");
        var arabic = index.search(new Criteria(null, masaa.id(), "ar", null, "DARFUR", null, null, null), 0, 10).hits();
        assertThat(arabic).hasSize(1);
        assertThat(stories.story(arabic.get(0).id()).tags()).contains(new Tag(Tag.Kind.STATE, "SDN"));

        // the feed gave only a summary: the article's page was read, without its navigation
        var ukraine = index.search(new Criteria("witnesses Kyiv", null, null, null, "UKRAINE", null, null, null), 0, 10).hits();
        assertThat(ukraine).hasSize(1);
        assertThat(ukraine.get(0).snippet()).contains("<mark>");
        assertThat(stories.story(ukraine.get(0).id()).body()).contains("protection of witnesses").doesNotContain("Subscribe");

        // the minister's attack is read as against the Court from the lexicon alone
        var attack = index.search(new Criteria("witch hunt", null, null, null, null, null, null, null), 0, 10).hits();
        assertThat(attack).extracting(StoryIndex.Hit::stance).containsExactly(Stance.ANTI);

        // polled again: the server answers 304 to the ETag, nothing new
        assertThat(collector.poll(courier.id())).isEqualTo(new Ingestion.Outcome(0, 0, 0));
        assertThat(sources.source(courier.id()).lastSuccessAt()).isNotNull();
    }

    /** Text without letters tells no language: the source's is taken, else the one its feed declares. */
    @Test
    void aStoryWhoseTextCannotTellItsLanguageTakesTheSourcesOrElseTheOneItsFeedDeclares() {
        Source undeclared = source("Numbers wire", "FEED", "/numbers.xml", null, null);
        Source spanish = source("Cifras", "FEED", "/cifras.xml", "es", null);
        ingestion.ingest(undeclared, List.of(new FeedItem("2026-11-24 10:30", web.url("/numbers/1"), "", "", null, "fr"),
                new FeedItem("2025-10-23 09:15", web.url("/numbers/2"), "", "", null, null)));
        ingestion.ingest(spanish, List.of(new FeedItem("2024-09-22 08:05", web.url("/cifras/1"), "", "", null, "fr")));
        index.refresh();
        var numbers = index.search(new Criteria(null, undeclared.id(), null, null, null, null, null, null), 0, 10).hits();
        assertThat(numbers).extracting(StoryIndex.Hit::title, StoryIndex.Hit::language)
            .containsExactlyInAnyOrder(tuple("2026-11-24 10:30", "fr"), tuple("2025-10-23 09:15", ""));
        assertThat(index.search(new Criteria(null, spanish.id(), null, null, null, null, null, null), 0, 10).hits())
            .extracting(StoryIndex.Hit::language).containsExactly("es");
    }

    /** Bylines name journalists with a place, a second author or without a middle name; each is linked to the CRM's journalist. */
    @Test
    void aBylineIsLinkedToTheJournalistItNamesAsThePressWritesIt() {
        String family = "Odede" + (char) ('a' + System.nanoTime() % 26) + (char) ('a' + System.nanoTime() / 7 % 26);
        var now = org.amicus.platform.Timestamps.now();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into organisation (kind, name, created_at, updated_at) values ('MEDIA', ?, ?, ?)").params("The Standard " + family, now, now)
            .update(keys, "id");
        long outlet = keys.getKey().longValue();
        jdbc.sql("insert into person (name, outlet_id, created_at, updated_at) values (?, ?, ?, ?)")
            .params("Amina Wairimu " + family, outlet, now, now).update(keys, "id");
        long amina = keys.getKey().longValue();
        gazetteer.forget();
        Source wire = source("Bylines wire", "FEED", "/bylines.xml", "en", "KEN");
        String[] bylines = { "By Amina Odede in Nairobi".replace("Odede", family), "Staff writer and Amina Wairimu " + family,
            "Par Amina " + family + ", à La Haye", "Amina Otieno" };
        for (int i = 0; i < bylines.length; i++) {
            ingestion.ingest(wire, List.of(new FeedItem("Story " + i + " " + family + " on the hearing in The Hague, part " + i,
                    web.url("/bylines/" + family + "/" + i), "Witnesses number " + i * 7919 + " spoke of the trial " + family + i, bylines[i],
                    null)));
        }
        List<Long> linked = jdbc.sql("select journalist_id from media_appearance where source_id = ? order by url")
            .param(wire.id()).query((rs, n) -> (Long) rs.getObject(1, Long.class)).list();
        assertThat(linked).containsExactly(amina, amina, amina, null);
    }

    @Test
    void hostileAndBrokenSourcesAreReportedAndBackedOffWhileOthersGoOn() {
        web.fixture("/evil.xml", "xxe.xml", "text/xml").fixture("/bomb.xml", "bomb.xml", "text/xml")
            .fixture("/page.html", "article.html", "text/html").fixture("/old/rss", "rss091.xml", "text/xml")
            .serve("/down", new Answer(503, "text/plain", new byte[0], java.util.Map.of(), java.time.Duration.ZERO))
            .redirect("/loop", "/loop");
        List<Source> bad = List.of(source("Evil", "FEED", "/evil.xml", "en", null), source("Bomb", "FEED", "/bomb.xml", "en", null),
                source("Not a feed", "FEED", "/page.html", "en", null), source("Down", "FEED", "/down", "en", null),
                source("Loop", "FEED", "/loop", "en", null));
        Source good = source("Old Gazette", "FEED", "/old/rss", "en", "NLD");
        bad.forEach(s -> collector.poll(s.id()));
        assertThat(collector.poll(good.id()).stories()).isEqualTo(1);

        assertThat(bad.stream().map(s -> sources.source(s.id()).lastErrorCode()).toList())
            .containsExactly("media.error.doctype", "media.error.doctype", "media.error.notAFeed", "media.error.status",
                    "media.error.redirects");
        Source evil = sources.source(bad.get(0).id());
        assertThat(evil.failures()).isEqualTo(1);
        assertThat(evil.nextPollAt()).isAfter(java.time.Instant.now().plus(java.time.Duration.ofMinutes(100)));
        assertThat(sources.source(good.id()).failing()).isFalse();
        assertThat(stories.story(index.search(new Criteria("Assembly session Hague", null, null, "NLD", null, null, null, null), 0, 5)
            .hits().get(0).id()).body()).doesNotContain("&lol", "passwd");
    }
}
