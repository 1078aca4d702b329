package org.amicus.states.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** A state's legislation page, the watch list and the staff screen, in the five languages. */
@SpringBootTest
@AutoConfigureMockMvc
class LegislationPageTest {

    @Autowired
    MockMvc mvc;

    private Document page(String url, String lang) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).param("lang", lang)).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString());
    }

    @ParameterizedTest
    @CsvSource({ "en,ltr,Enacted,Cooperation with the Court", "fr,ltr,Adoptée,Coopération avec la Cour",
            "es,ltr,Promulgada,Cooperación con la Corte", "ar,rtl,صدر القانون,التعاون مع المحكمة",
            "pt,ltr,Promulgada,Cooperação com o Tribunal" })
    void aStatesLegislationPageSpeaksEachLanguage(String lang, String dir, String enacted, String cooperation)
            throws Exception {
        Document doc = page("/states/DEU/legislation", lang);
        assertThat(doc.selectFirst("html").attr("dir")).isEqualTo(dir);
        assertThat(doc.select("table.legislation-standing th[scope=row]").eachText()).contains(cooperation);
        assertThat(doc.select("table.legislation-standing .stage").eachText()).containsOnly(enacted);
        assertThat(doc.select("table.legislation-standing cite").eachText())
            .containsExactly("Gesetz über die Zusammenarbeit mit dem Internationalen Strafgerichtshof (IStGH-Gesetz)",
                    "Völkerstrafgesetzbuch (VStGB)");
        assertThat(doc.select("ol.timeline li .source a").eachAttr("href"))
            .contains("https://www.gesetze-im-internet.de/vstgb/ (Gesetz vom 26. Juni 2002, in Kraft seit 30. Juni 2002)");
    }

    @ParameterizedTest
    @CsvSource({ "en,Draft before parliament", "fr,Projet devant le parlement", "es,Proyecto ante el parlamento",
            "ar,مشروع أمام البرلمان", "pt,Projeto perante o parlamento" })
    void theWatchListSpeaksEachLanguage(String lang, String beforeParliament) throws Exception {
        Document doc = page("/watch-list", lang);
        assertThat(doc.select("section.watch-list tbody tr")).hasSizeGreaterThan(40);
        assertThat(doc.select("section.watch-list tbody .stage").eachText()).contains(beforeParliament);
        assertThat(doc.select("section.watch-list tbody td.source").first().text()).contains("CICC Three-Year Strategy");
    }

    @Test
    void theCountryPageShowsWhereItsLegislationStands() throws Exception {
        Document doc = page("/states/BRA", "en");
        assertThat(doc.select("ul.legislation-summary .stage").eachText()).containsOnly("Draft before parliament");
        assertThat(doc.select("a[href='/states/BRA/legislation']")).isNotEmpty();
    }

    @Test
    void staffRecordAStageAndSeeTheRuleBesideTheField() throws Exception {
        var staff = user("staff").roles("STAFF");
        mvc.perform(post("/staff/states/TON/legislation").with(staff).with(csrf())
                .param("component", "CRIMES").param("stage", "ENACTED").param("date", "2014-02-01")
                .param("source", "Tonga Government Gazette"))
            .andExpect(status().isOk())
            .andExpect(r -> assertThat(Jsoup.parse(r.getResponse().getContentAsString())
                .select("span.error").eachText()).contains("An enacted law needs its title."));
        mvc.perform(post("/staff/states/TON/legislation").with(staff).with(csrf())
                .param("component", "CRIMES").param("stage", "GOVERNMENT_COMMITTED").param("date", "2014-02-01")
                .param("source", "Tonga Government Gazette"))
            .andExpect(status().is3xxRedirection());
        Document doc = Jsoup.parse(mvc.perform(get("/staff/states/TON/legislation").with(staff))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(doc.select("td.source").eachText()).contains("Tonga Government Gazette");
    }
    @Test
    void staffCorrectAStageAndTheEarlierEntryIsKept() throws Exception {
        var staff = user("staff").roles("STAFF");
        mvc.perform(post("/staff/states/VUT/legislation").with(staff).with(csrf())
                .param("component", "COOPERATION").param("stage", "DRAFT_IN_EXECUTIVE").param("date", "2016-05-01")
                .param("source", "Vanuatu Daily Post"))
            .andExpect(status().is3xxRedirection());
        Document list = Jsoup.parse(mvc.perform(get("/staff/states/VUT/legislation").with(staff))
            .andReturn().getResponse().getContentAsString());
        String correct = list.select("a[href$=/correct]").first().attr("href");
        Document form = Jsoup.parse(mvc.perform(get(correct).with(staff)).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString());
        assertThat(form.select("input[name=date]").val()).isEqualTo("2016-05-01");
        mvc.perform(post(correct).with(staff).with(csrf()).param("component", "COOPERATION").param("stage", "DRAFT_IN_EXECUTIVE")
                .param("date", "2016-06-01").param("source", "Parliament of Vanuatu, order paper"))
            .andExpect(status().is3xxRedirection());
        Document after = Jsoup.parse(mvc.perform(get("/staff/states/VUT/legislation").with(staff))
            .andReturn().getResponse().getContentAsString());
        assertThat(after.select("tr.superseded td.source").eachText()).contains("Vanuatu Daily Post");
        assertThat(after.select("td.source").eachText()).contains("Parliament of Vanuatu, order paper");
    }
}
