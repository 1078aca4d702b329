package org.amicus.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a visitor's browser gets from the real server: 404 pages in their language, the sign-in only where it belongs, caching headers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicAnswersTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        // As a browser asks: an HTML page, not the JSON error a client without Accept gets.
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @CsvSource({ "en,ltr,This page does not exist.", "fr,ltr,Cette page n’existe pas.", "ar,rtl,هذه الصفحة غير موجودة." })
    void anUnknownAddressIsA404InTheVisitorsLanguageNotASignInForm(String lang, String dir, String heading) throws Exception {
        for (String path : new String[] { "/no/such/page?lang=" + lang, "/countries/XYZ?lang=" + lang }) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).isEqualTo(404);
            Document doc = Jsoup.parse(answer.body());
            assertThat(doc.selectFirst("html").attr("lang")).isEqualTo(lang);
            assertThat(doc.selectFirst("html").attr("dir")).isEqualTo(dir);
            assertThat(doc.select("h1").text()).isEqualTo(heading);
            assertThat(doc.select("nav.languages a")).hasSize(5);
        }
        HttpResponse<String> byBrowserLanguage = get("/nothing-here", "Accept-Language", "fr-FR,fr;q=0.9");
        assertThat(Jsoup.parse(byBrowserLanguage.body()).select("h1").text()).isEqualTo("Cette page n’existe pas.");
    }

    @Test
    void staffAndMemberAddressesStillAskForSignIn() throws Exception {
        for (String path : new String[] { "/staff/no-such-screen", "/staff/states", "/admin/users", "/members", "/account/password" }) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/login");
        }
    }

    @Test
    void publicPagesCarryAnETagAndMayBeCachedByLanguage() throws Exception {
        for (String path : new String[] { "/", "/countries/KEN", "/open-data" }) {
            get(path, "Accept-Language", "es");
            HttpResponse<String> first = get(path, "Accept-Language", "es");
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(first.headers().firstValue("Cache-Control")).contains("public, max-age=60");
            assertThat(first.headers().firstValue("Vary").orElseThrow()).contains("Accept-Language");
            HttpResponse<String> again = get(path, "Accept-Language", "es", "If-None-Match", etag);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            HttpResponse<String> otherLanguage = get(path, "Accept-Language", "pt", "If-None-Match", etag);
            assertThat(otherLanguage.statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void readersWhoAcceptGzipGetTheSamePageCompressedUnderATagOfItsOwn() throws Exception {
        var plain = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/countries/KEN")).header("Accept-Language", "ar");
        var gzip = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/countries/KEN")).header("Accept-Language", "ar")
            .header("Accept-Encoding", "br, gzip");
        http.send(plain.build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<byte[]> identity = http.send(plain.build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> compressed = http.send(gzip.build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(identity.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(compressed.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(compressed.headers().firstValue("Vary").orElseThrow()).contains("Accept-Encoding");
        assertThat(compressed.body().length).isLessThan(identity.body().length / 3);
        try (var unzipped = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(compressed.body()))) {
            assertThat(unzipped.readAllBytes()).isEqualTo(identity.body());
        }
        String etag = compressed.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isNotEqualTo(identity.headers().firstValue("ETag").orElseThrow());
        assertThat(http.send(gzip.header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(304);
        var refused = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/countries/KEN")).header("Accept-Language", "ar")
            .header("Accept-Encoding", "gzip;q=0, identity").build();
        assertThat(http.send(refused, HttpResponse.BodyHandlers.ofByteArray()).body()).isEqualTo(identity.body());
    }
}
