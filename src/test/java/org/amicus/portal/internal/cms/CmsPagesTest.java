package org.amicus.portal.internal.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The CMS as staff use it: a page drafted in English, stopped at publication for a link that leads
 * nowhere and published once confirmed; revisions compared and restored, the public reading the
 * published text until the next publication; a French reader told the page is not in French; menus
 * edited line by line; a page scheduled for later.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CmsPagesTest {

    static final RequestPostProcessor STAFF = user("web-editor").roles("STAFF");

    @Autowired
    MockMvc mvc;

    @Autowired
    CmsPages pages;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPageIsDraftedCheckedPublishedComparedAndRestored() throws Exception {
        mvc.perform(post("/staff/pages").with(STAFF).with(csrf()).param("slug", "Not a slug!").param("lang", "en"))
            .andExpect(content().string(containsString("Lower-case letters")));
        mvc.perform(post("/staff/pages").with(STAFF).with(csrf()).param("slug", "about-the-coalition")).andExpect(status().is3xxRedirection());
        long id = pages.bySlug("about-the-coalition").orElseThrow().id();
        mvc.perform(post("/staff/pages").with(STAFF).with(csrf()).param("slug", "about-the-coalition").param("lang", "en"))
            .andExpect(content().string(containsString("already taken")));

        mvc.perform(post("/staff/pages/" + id + "/draft").with(STAFF).with(csrf()).param("in", "en").param("title", "About the coalition")
                .param("body", "<p>Members in 150 countries. See <a href=\"/tracker\">the tracker</a>, <a href=\"/pages/no-such-page\">history</a>"
                        + " and <a href=\"/states/ZZZ\">a state</a> and <a href=\"https://www.iccnow.org/\">the old site</a>.</p>"
                        + "<script>alert(1)</script>"))
            .andExpect(status().is3xxRedirection());
        assertThat(pages.get(id).in(org.amicus.platform.Language.EN).orElseThrow().bodyHtml()).doesNotContain("script");
        mvc.perform(get("/pages/about-the-coalition")).andExpect(status().isNotFound());

        mvc.perform(post("/staff/pages/" + id + "/publish").with(STAFF).with(csrf()).param("in", "en").param("lang", "en"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("lead nowhere")))
            .andExpect(content().string(containsString("/pages/no-such-page"))).andExpect(content().string(containsString("/states/ZZZ")))
            .andExpect(content().string(not(containsString("<code>/tracker</code>"))))
            .andExpect(content().string(not(containsString("<code>https://www.iccnow.org/</code>"))));
        mvc.perform(get("/pages/about-the-coalition")).andExpect(status().isNotFound());
        mvc.perform(post("/staff/pages/" + id + "/publish").with(STAFF).with(csrf()).param("in", "en").param("confirm", "true"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get("/pages/about-the-coalition").param("lang", "en")).andExpect(status().isOk())
            .andExpect(content().string(containsString("Members in 150 countries")));

        // a second draft: the public keeps the published text; compare; restore the first
        mvc.perform(post("/staff/pages/" + id + "/draft").with(STAFF).with(csrf()).param("in", "en").param("title", "About the coalition")
                .param("body", "<p>Members in 160 countries.</p>").param("note", "new count"));
        mvc.perform(get("/pages/about-the-coalition").param("lang", "en")).andExpect(content().string(containsString("150 countries")));
        mvc.perform(get("/staff/pages/" + id + "/compare").with(STAFF).param("in", "en").param("from", "1").param("to", "2"))
            .andExpect(content().string(containsString("<del>150</del>"))).andExpect(content().string(containsString("<ins>160</ins>")));
        mvc.perform(get("/staff/pages/" + id).with(STAFF).param("in", "en")).andExpect(content().string(containsString("web-editor")))
            .andExpect(content().string(containsString("new count")));
        mvc.perform(post("/staff/pages/" + id + "/restore").with(STAFF).with(csrf()).param("in", "en").param("revision", "1"));
        assertThat(pages.revisions(id, "en")).hasSize(3);
        assertThat(pages.get(id).in(org.amicus.platform.Language.EN).orElseThrow().bodyHtml()).contains("150 countries");
        assertThat(pages.revisions(id, "en").get(0).note()).isEqualTo("restored revision 1");

        // a French reader: not in French, shown in English, offered what exists
        mvc.perform(get("/pages/about-the-coalition").param("lang", "fr")).andExpect(status().isOk())
            .andExpect(content().string(containsString("n’existe pas en français")));
        mvc.perform(get("/pages/no-such-page").param("lang", "fr")).andExpect(status().isNotFound());
    }

    @Test
    void aScheduledPageAppearsAtItsTime() throws Exception {
        long id = pages.create("assembly-of-states-parties");
        pages.saveDraft(id, "es", "La Asamblea", "<p>La Asamblea de los Estados Partes.</p>", null);
        pages.publish(id, "es", java.time.Instant.now().plusSeconds(3600), false);
        pages.publishDue();
        mvc.perform(get("/pages/assembly-of-states-parties")).andExpect(status().isNotFound());
        jdbc.sql("update cms_page_text set publish_at = ? where page_id = ?").params(java.time.OffsetDateTime.now().minusMinutes(1), id).update();
        pages.publishDue();
        mvc.perform(get("/pages/assembly-of-states-parties").param("lang", "es")).andExpect(content().string(containsString("La Asamblea")));
    }

    @Test
    void menusAreEditedLineByLineAndBadLinesNamed() throws Exception {
        mvc.perform(post("/staff/menus").with(STAFF).with(csrf()).param("menu", "footer").param("in", "pt").param("lang", "en")
                .param("links", "Sobre nós | /pages/sobre\nSem endereço\nMau | javascript:alert(1)"))
            .andExpect(content().string(containsString("Line 2"))).andExpect(content().string(containsString("Line 3")));
        mvc.perform(post("/staff/menus").with(STAFF).with(csrf()).param("menu", "footer").param("in", "pt")
                .param("links", "Sobre nós | /pages/sobre\nO tribunal | https://www.icc-cpi.int/"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get("/staff/menus").with(STAFF).param("in", "pt")).andExpect(content().string(containsString("O tribunal | https://www.icc-cpi.int/")));
        mvc.perform(get("/staff/pages").with(user("member").roles("MEMBER"))).andExpect(status().isForbidden());
    }
}
