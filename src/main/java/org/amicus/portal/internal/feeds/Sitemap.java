package org.amicus.portal.internal.feeds;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.amicus.campaigns.PublicActionAlerts;
import org.amicus.platform.Language;
import org.amicus.platform.RecordVersion;
import org.amicus.platform.VersionedView;
import org.amicus.portal.internal.blog.BlogPosts;
import org.amicus.portal.internal.blog.Post;
import org.amicus.portal.internal.cms.CmsPages;
import org.amicus.publications.PublishedTexts;
import org.amicus.states.StatesDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * /sitemap.xml and /robots.txt. Every public page is listed with its language versions as hreflang
 * alternates: pages that exist in all five languages (the tracker, country pages, lists of posts)
 * with each ?lang=, texts written language by language (a post and its translations, a CMS page,
 * an edition) with the languages they exist in.
 */
@RestController
class Sitemap {

    private static final List<String> FIVE = Arrays.stream(Language.values()).map(Language::code).toList();
    private static final List<String> SECTIONS = List.of("/", "/tracker", "/watch-list", "/cooperation", "/strategy", "/court", "/lists",
            "/publications", "/press", "/calendar", "/blog", "/civil-society-at-work", "/search");

    private final String baseUrl;
    private final VersionedView<String> xml;

    Sitemap(StatesDirectory states, BlogPosts posts, CmsPages pages, PublishedTexts publications, PublicActionAlerts alerts,
            RecordVersion version, @Value("${amicus.mail.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.xml = new VersionedView<>(version, v -> {
            StringBuilder out = new StringBuilder("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
                    """);
            SECTIONS.forEach(path -> url(out, path, FIVE));
            states.states().forEach(s -> url(out, "/states/" + s.iso3(), FIVE));
            alerts.slugs().forEach(slug -> url(out, "/act/" + slug, FIVE));
            Map<Long, List<Post>> families = posts.published(null, false, 100_000).stream().collect(Collectors.groupingBy(Post::family));
            families.values().forEach(family -> family.forEach(p -> alternates(out, "/blog/" + p.id(), p.language().code(),
                    family.stream().collect(Collectors.toMap(f -> f.language().code(), f -> "/blog/" + f.id(), (a, b) -> a)))));
            pages.all().stream().filter(p -> !p.publishedLanguages().isEmpty())
                .forEach(p -> url(out, p.path(), p.publishedLanguages().stream().map(Language::code).toList()));
            byPage(publications.editions()).forEach((path, langs) -> url(out, path, langs));
            byPage(publications.pressItems()).forEach((path, langs) -> url(out, path, langs));
            return out.append("</urlset>\n").toString();
        });
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> sitemap() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.get());
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    String robots() {
        return """
                User-agent: *
                Disallow: /staff/
                Disallow: /admin/
                Disallow: /contribute
                Disallow: /account/
                Disallow: /login
                Sitemap: %s/sitemap.xml
                """.formatted(baseUrl);
    }

    /** A page in each of the languages, each entry naming all of them. */
    private void url(StringBuilder out, String path, List<String> languages) {
        Map<String, String> versions = languages.stream().collect(Collectors.toMap(l -> l, l -> path, (a, b) -> a, java.util.LinkedHashMap::new));
        languages.forEach(l -> alternates(out, path, l, versions));
    }

    /** One entry: the page in one language, with every language version (code to path) as an alternate. */
    private void alternates(StringBuilder out, String path, String language, Map<String, String> versions) {
        out.append("  <url>\n    <loc>").append(escape(address(path, language))).append("</loc>\n");
        versions.forEach((l, p) -> out.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(l).append("\" href=\"")
            .append(escape(address(p, l))).append("\"/>\n"));
        out.append("  </url>\n");
    }

    private String address(String path, String language) {
        return baseUrl + path + "?lang=" + language;
    }

    private static String escape(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }

    /** Publications' texts grouped by page, with the languages each exists in. */
    private static Map<String, List<String>> byPage(List<PublishedTexts.Text> texts) {
        return texts.stream().collect(Collectors.groupingBy(PublishedTexts.Text::path, java.util.LinkedHashMap::new,
                Collectors.mapping(t -> t.language().code(), Collectors.toList())));
    }
}
