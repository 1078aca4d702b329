package org.amicus.media.internal.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.amicus.media.FeedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Feeds in every format and their common breakages read into clean items; hostile XML is refused. */
class FeedReaderTest {

    static final FeedServer fixtures = new FeedServer();

    @AfterAll
    static void stop() {
        fixtures.close();
    }

    static List<FeedItem> read(String fixture, String contentType, Charset charset, String at) throws FetchFailure {
        return FeedReader.read(new Fetched(200, URI.create(fixtures.url(at)), fixtures.fixture(fixture, charset), contentType, null, null));
    }

    @Test
    void rss2TitlesLoseTheirHtmlRelativeLinksBecomeAbsoluteDatesAreUtcAndAMissingDateStaysMissing() throws Exception {
        List<FeedItem> items = read("rss2-en.xml", "application/rss+xml", StandardCharsets.UTF_8, "/feed.xml");
        assertThat(items).hasSize(3);
        assertThat(items.get(0).title()).isEqualTo("Court issues new warrant in Darfur case");
        assertThat(items.get(0).link()).isEqualTo(fixtures.url("/news/darfur-warrant?utm_source=rss&utm_medium=feed"));
        assertThat(items.get(0).byline()).isEqualTo("Jane Reporter");
        assertThat(items.get(0).published()).isEqualTo(Instant.parse("2026-11-24T08:30:00Z"));
        assertThat(items.get(0).text()).startsWith("Judges at the International Criminal Court").doesNotContain("<p>");
        assertThat(items.get(1).published()).isNull();
        assertThat(items).allSatisfy(i -> assertThat(i.language()).isEqualTo("en"));
    }

    @Test
    void atomWithABaseAndEscapedHtml() throws Exception {
        List<FeedItem> items = read("atom-fr.xml", "application/atom+xml", StandardCharsets.UTF_8, "/fr/atom.xml");
        assertThat(items.get(0).title()).isEqualTo("La Cour pénale internationale et le Darfour");
        assertThat(items.get(0).link()).isEqualTo(fixtures.url("/fr/articles/darfour.html"));
        assertThat(items.get(0).byline()).isEqualTo("Claire Dupont");
        assertThat(items.get(1).published()).isEqualTo(Instant.parse("2026-11-24T16:00:00Z"));
        assertThat(items.get(0).language()).isEqualTo("fr");
    }

    @Test
    void rss1AndRss091AndANewsSitemap() throws Exception {
        FeedItem arabic = read("rss1-ar.rdf", "application/rdf+xml", StandardCharsets.UTF_8, "/ar/rss").get(0);
        assertThat(arabic.title()).contains("دارفور");
        assertThat(arabic.language()).isEqualTo("ar");
        assertThat(read("rss091.xml", "text/xml", StandardCharsets.ISO_8859_1, "/old/rss").get(0).title())
            .isEqualTo("Assembly of States Parties opens its session in The Hague");
        FeedItem sitemap = read("news-sitemap.xml", "application/xml", StandardCharsets.UTF_8, "/sitemap.xml").get(0);
        assertThat(sitemap.title()).isEqualTo("La Corte Penal Internacional y Venezuela");
        assertThat(sitemap.published()).isEqualTo(Instant.parse("2026-11-25T11:00:00Z"));
        assertThat(sitemap.language()).isEqualTo("es");
        assertThat(read("rss091.xml", "text/xml", StandardCharsets.ISO_8859_1, "/old/rss").get(0).language()).isEqualTo("en");
    }

    @Test
    void aFeedDeclaredUtf8ButWrittenInLatin1IsReadWithItsAccents() throws Exception {
        List<FeedItem> items = read("wrong-encoding.xml", "text/xml", StandardCharsets.ISO_8859_1, "/latin/rss");
        assertThat(items.get(0).title()).isEqualTo("Côte d'Ivoire : le procès reprend à la Cour pénale");
    }

    @Test
    void externalEntitiesAndEntityBombsAreRefusedUnread() {
        assertThatThrownBy(() -> read("xxe.xml", "text/xml", StandardCharsets.UTF_8, "/x"))
            .isInstanceOfSatisfying(FetchFailure.class, e -> assertThat(e.code()).isEqualTo("media.error.doctype"));
        assertThatThrownBy(() -> read("bomb.xml", "text/xml", StandardCharsets.UTF_8, "/b"))
            .isInstanceOfSatisfying(FetchFailure.class, e -> assertThat(e.code()).isEqualTo("media.error.doctype"));
    }

    @Test
    void aDeclaredLanguageIsItsPrimarySubtagAndAnythingElseIsNone() {
        assertThat(FeedItem.declared("en-US")).isEqualTo("en");
        assertThat(FeedItem.declared(" PT_br ")).isEqualTo("pt");
        assertThat(FeedItem.declared("ar")).isEqualTo("ar");
        assertThat(FeedItem.declared("english")).isNull();
        assertThat(FeedItem.declared("")).isNull();
        assertThat(FeedItem.declared(null)).isNull();
    }

    @Test
    void aPageThatIsNotAFeedIsReportedAsSuch() {
        assertThatThrownBy(() -> read("article.html", "text/html", StandardCharsets.UTF_8, "/a"))
            .isInstanceOfSatisfying(FetchFailure.class, e -> assertThat(e.code()).isIn("media.error.notAFeed", "media.error.doctype"));
    }

    @Test
    void theArticleIsItsOwnTextWithoutNavigationAsidesOrScripts() {
        var article = ArticleText.extract(new Fetched(200, URI.create(fixtures.url("/a")),
                fixtures.fixture("article.html", StandardCharsets.UTF_8), "text/html", null, null));
        assertThat(article.text()).startsWith("The Prosecutor of the International Criminal Court arrived in Kyiv")
            .doesNotContain("Subscribe", "celebrity", "Copyright", "tracking");
        assertThat(article.byline()).isEqualTo("Sam Writer");
        assertThat(article.language()).isEqualTo("en");
    }

    @Test
    void rssDatesInTheirCommonFormsAreReadWithTheirZones() throws Exception {
        String[] dates = { "Tue, 24 Nov 2026 09:30:00 GMT", "Thu, 26 Nov 2026 10:00:00 +0100", "Thu, 26 Nov 26 10:00:00 EST",
            "Tue, 24 Nov 2026 09:30:00 UT", "24 Nov 2026 09:30:00 GMT", "2026-11-24T09:30:00Z" };
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>https://x.org/</link>");
        for (int i = 0; i < dates.length; i++) {
            rss.append("<item><title>Item ").append(i).append("</title><link>https://x.org/").append(i).append("</link><pubDate>")
                .append(dates[i]).append("</pubDate></item>");
        }
        List<FeedItem> items = FeedReader.read(new Fetched(200, URI.create("https://x.org/rss"), rss.append("</channel></rss>").toString()
            .getBytes(StandardCharsets.UTF_8), "application/rss+xml", null, null));
        assertThat(items).extracting(FeedItem::published).containsExactly(Instant.parse("2026-11-24T09:30:00Z"),
                Instant.parse("2026-11-26T09:00:00Z"), Instant.parse("2026-11-26T15:00:00Z"), Instant.parse("2026-11-24T09:30:00Z"),
                Instant.parse("2026-11-24T09:30:00Z"), Instant.parse("2026-11-24T09:30:00Z"));
    }

    @Test
    void textWithoutMarkupIsOnlyWhitespaceNormalisedAsJsoupWould() {
        String[] texts = { "  Court\tissues\n\n a  warrant ", "Cour\u00a0p\u00e9nale\r\ninternationale", "soft\u00adhyphen and zero\u200bwidth",
            "\u0627\u0644\u0645\u062d\u0643\u0645\u0629  \u0627\u0644\u062c\u0646\u0627\u0626\u064a\u0629\f", "\u2028line\u3000ideographic\u2009thin", "" };
        for (String text : texts) {
            assertThat(FeedReader.plain(text)).isEqualTo(org.jsoup.Jsoup.parse(text).text());
        }
        assertThat(FeedReader.plain("  Court\tissues\n\n a  warrant ")).isEqualTo("Court issues a warrant");
        assertThat(FeedReader.plain("Court &amp; <b>victims</b>")).isEqualTo("Court & victims");
    }

    @Test
    void textLeftAsItIsOnlyWhenJsoupWouldLeaveItSo() {
        String awkward = "ab \t\n\f\r\u000b\u0001\u00a0\u00ad\u200b\u2028\u3000\u2009\u0085\u0627\u00e9\ud83d\ude00";
        java.util.Random random = new java.util.Random(5);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                b.append(awkward.charAt(random.nextInt(awkward.length())));
            }
            String text = b.toString();
            assertThat(FeedReader.plain(text)).as(text).isEqualTo(org.jsoup.Jsoup.parse(text).text());
        }
    }

    @Test
    void urlsLoseTrackingParametersAndFragments() {
        assertThat(UrlNormaliser.normalise("HTTPS://News.Example.org:443/a/b?utm_source=x&id=2&fbclid=q&a=1#top"))
            .isEqualTo("https://news.example.org/a/b?a=1&id=2");
        assertThat(UrlNormaliser.normalise("javascript:alert(1)")).isNull();
    }

    @Test
    void romesHealerIsSkippedOnlyWhenItWouldChangeNothing() throws Exception {
        assertThat(FeedReader.needsHealing("<rss><item><title>A &amp; B &#233; &#xE9; &lt;b&gt;</title></item></rss>")).isFalse();
        assertThat(FeedReader.needsHealing("<rss><item><title>A &nbsp; B</title></item></rss>")).isTrue();
        assertThat(FeedReader.needsHealing("<rss><item><title>AT&T</title></item></rss>")).isTrue();
        assertThat(FeedReader.needsHealing("<rss><item><description><![CDATA[a &amp; b]]></description></item></rss>")).isTrue();
        assertThat(FeedReader.needsHealing("<rss><item><description><![CDATA[a b]]> &amp;</description></item></rss>")).isFalse();
        assertThat(FeedReader.needsHealing(" <rss/>")).isTrue();
        assertThat(FeedReader.needsHealing("<!-- a comment --><rss/>")).isTrue();
        // a feed with an HTML entity still reads (the healer on)
        String nbsp = "<rss version=\"2.0\"><channel><title>T</title><link>https://x.example.org/</link><item><title>A&nbsp;B &amp; C</title>"
                + "<link>https://x.example.org/1</link></item></channel></rss>";
        assertThat(FeedReader.read(new Fetched(200, URI.create("https://x.example.org/rss"), nbsp.getBytes(StandardCharsets.UTF_8),
                "application/rss+xml", null, null)).get(0).title()).isEqualTo("A B & C");
    }
}
