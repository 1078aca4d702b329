package org.amicus.media.internal.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;

import org.amicus.media.FeedServer;
import org.amicus.media.FeedServer.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a local server: validators, redirects, compression, robots.txt, slow and huge answers. */
class PoliteFetcherTest {

    final FeedServer server = new FeedServer();
    final PoliteFetcher fetcher = new PoliteFetcher(new FetchSettings("AmicusTest/1.0", Duration.ofSeconds(2), Duration.ofMillis(700),
            64 * 1024, 3, 2, Duration.ZERO));

    @AfterEach
    void stop() {
        server.close();
    }

    URI at(String path) {
        return URI.create(server.url(path));
    }

    @Test
    void aSecondRequestWithTheEtagGetsNotModified() throws Exception {
        server.serve("/feed", Answer.ok("text/xml", "<rss/>".getBytes(StandardCharsets.UTF_8)).withHeader("ETag", "\"v1\""));
        Fetched first = fetcher.get(at("/feed"), null, null);
        assertThat(first.etag()).isEqualTo("\"v1\"");
        assertThat(fetcher.get(at("/feed"), first.etag(), null).notModified()).isTrue();
    }

    @Test
    void redirectsAreFollowedAFewTimesThenRefused() throws Exception {
        server.redirect("/old", "/new").fixture("/new", "rss091.xml", "text/xml");
        assertThat(fetcher.get(at("/old"), null, null).uri()).isEqualTo(at("/new"));
        server.redirect("/loop", "/loop");
        assertThatThrownBy(() -> fetcher.get(at("/loop"), null, null))
            .isInstanceOfSatisfying(FetchFailure.class, e -> assertThat(e.code()).isEqualTo("media.error.redirects"));
    }

    @Test
    void compressedAnswersAreReadAndHugeOnesCutOff() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write("<rss>compressed</rss>".getBytes(StandardCharsets.UTF_8));
        }
        server.serve("/gz", Answer.ok("text/xml", zipped.toByteArray()).withHeader("Content-Encoding", "gzip"));
        assertThat(new String(fetcher.get(at("/gz"), null, null).body(), StandardCharsets.UTF_8)).isEqualTo("<rss>compressed</rss>");
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bomb)) {
            gz.write(new byte[10 * 1024 * 1024]);
        }
        server.serve("/zipbomb", Answer.ok("text/xml", bomb.toByteArray()).withHeader("Content-Encoding", "gzip"));
        assertThatThrownBy(() -> fetcher.get(at("/zipbomb"), null, null))
            .isInstanceOfSatisfying(FetchFailure.class, e -> assertThat(e.code()).isEqualTo("media.error.tooLarge"));
    }

    @Test
    void aSlowServerTimesOutAndAFailingOneIsReported() {
        server.serve("/slow", Answer.ok("text/xml", "<rss/>".getBytes(StandardCharsets.UTF_8)).after(Duration.ofSeconds(3)));
        assertThatThrownBy(() -> fetcher.get(at("/slow"), null, null))
            .isInstanceOfSatisfying(FetchFailure.class, e -> assertThat(e.code()).isEqualTo("media.error.timeout"));
        server.serve("/broken", new Answer(500, "text/plain", "oops".getBytes(StandardCharsets.UTF_8), java.util.Map.of(), Duration.ZERO));
        assertThatThrownBy(() -> fetcher.get(at("/broken"), null, null))
            .isInstanceOfSatisfying(FetchFailure.class, e -> assertThat(e.code()).isEqualTo("media.error.status"));
    }

    @Test
    void robotsTxtIsObeyed() throws Exception {
        server.serve("/robots.txt", Answer.ok("text/plain",
                "User-agent: *\nDisallow: /private/\n\nUser-agent: AmicusTest\nDisallow: /no-amicus/\nAllow: /no-amicus/ok\n"
                    .getBytes(StandardCharsets.UTF_8)));
        server.fixture("/private/feed", "rss091.xml", "text/xml").fixture("/no-amicus/ok", "rss091.xml", "text/xml");
        assertThat(fetcher.get(at("/private/feed"), null, null).status()).isEqualTo(200);
        assertThatThrownBy(() -> fetcher.get(at("/no-amicus/feed"), null, null))
            .isInstanceOfSatisfying(FetchFailure.class, e -> assertThat(e.code()).isEqualTo("media.error.robots"));
        assertThat(fetcher.get(at("/no-amicus/ok"), null, null).status()).isEqualTo(200);
    }
}
