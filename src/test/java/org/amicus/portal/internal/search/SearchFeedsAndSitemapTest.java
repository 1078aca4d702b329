package org.amicus.portal.internal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.amicus.platform.Language;
import org.amicus.portal.internal.cms.CmsPages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Site search reads each language with its own analyser (French plurals, the Arabic article) and
 * puts the reader's language first; the sitemap lists country pages and CMS pages with their
 * language versions; robots.txt points to it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SearchFeedsAndSitemapTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CmsPages pages;

    @Autowired
    SiteSearch search;

    long published(String slug, String lang, String title, String body) {
        long id = pages.bySlug(slug).map(p -> p.id()).orElseGet(() -> pages.create(slug));
        pages.saveDraft(id, lang, title, body, null);
        pages.publish(id, lang, null, true);
        return id;
    }

    @Test
    void eachLanguageIsReadWithItsAnalyserAndTheReadersLanguageComesFirst() throws Exception {
        published("juridictions-nationales", "fr", "Les tribunaux nationaux", "<p>Les tribunaux nationaux jugent les crimes les plus graves.</p>");
        published("court-ar", "ar", "المحكمة الجنائية الدولية", "<p>تأسست المحكمة في لاهاي.</p>");
        published("quuxland-en", "en", "Quuxland report", "<p>The quuxland findings.</p>");
        published("quuxland-fr", "fr", "Rapport quuxland", "<p>Les constats quuxland.</p>");

        assertThat(search.search("tribunal", Language.FR, 10).hits()).extracting(SiteSearch.Hit::path).contains("/pages/juridictions-nationales");
        assertThat(search.search("محكمة", Language.AR, 10).hits()).extracting(SiteSearch.Hit::path).contains("/pages/court-ar");
        List<SiteSearch.Hit> inFrench = search.search("quuxland", Language.FR, 10).hits();
        assertThat(inFrench).hasSize(2);
        assertThat(inFrench.get(0).language()).isEqualTo(Language.FR);
        assertThat(search.search("quuxland", Language.EN, 10).hits().get(0).language()).isEqualTo(Language.EN);

        mvc.perform(get("/search").param("q", "quuxland").param("lang", "fr")).andExpect(status().isOk())
            .andExpect(content().string(containsString("Rapport quuxland"))).andExpect(content().string(containsString("2 résultats")));
        mvc.perform(get("/search").param("q", "\"unbalanced (query* AND").param("lang", "en")).andExpect(status().isOk());
    }

    @Test
    void theSitemapListsPublicPagesWithTheirLanguagesAndRobotsPointToIt() throws Exception {
        published("sitemap-page", "pt", "Página de teste", "<p>Texto.</p>");
        String xml = mvc.perform(get("/sitemap.xml")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document doc = Jsoup.parse(xml, Parser.xmlParser());
        assertThat(doc.select("url > loc").eachText()).contains("http://localhost:8080/states/KEN?lang=ar", "http://localhost:8080/tracker?lang=fr",
                "http://localhost:8080/pages/sitemap-page?lang=pt", "http://localhost:8080/blog?lang=es");
        var kenya = doc.select("url:has(loc:containsOwn(/states/KEN?lang=en))").first();
        assertThat(kenya.select("xhtml|link").eachAttr("hreflang")).containsExactly("en", "fr", "es", "ar", "pt");
        var page = doc.select("url:has(loc:containsOwn(/pages/sitemap-page?lang=pt))").first();
        assertThat(page.select("xhtml|link").eachAttr("hreflang")).containsExactly("pt");
        mvc.perform(get("/robots.txt")).andExpect(content().string(containsString("Sitemap: http://localhost:8080/sitemap.xml")))
            .andExpect(content().string(containsString("Disallow: /staff/")));
    }
}
