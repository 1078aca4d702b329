package org.amicus.cooperation.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

/** The public cooperation pages show the shipped, sourced record in the five languages, without signing in. */
@SpringBootTest
@AutoConfigureMockMvc
class CooperationPagesTest {

    @Autowired
    MockMvc mvc;

    private Document page(String url, String lang) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).param("lang", lang)).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString());
    }

    @ParameterizedTest
    @CsvSource({ "en,ltr,Cooperation with the Court,'Darfur, Sudan',Security Council referral",
            "fr,ltr,Coopération avec la Cour,Darfour (Soudan),Renvoi par le Conseil de sécurité",
            "es,ltr,Cooperación con la Corte,Darfur (Sudán),Remisión del Consejo de Seguridad",
            "ar,rtl,التعاون مع المحكمة,دارفور، السودان,إحالة من مجلس الأمن",
            "pt,ltr,Cooperação com o Tribunal,'Darfur, Sudão',Remessa pelo Conselho de Segurança" })
    void theOverviewSpeaksEachLanguage(String lang, String dir, String title, String darfur, String councilReferral)
            throws Exception {
        Document doc = page("/cooperation", lang);
        assertThat(doc.selectFirst("html").attr("dir")).isEqualTo(dir);
        assertThat(doc.selectFirst("h1").text()).isEqualTo(title);
        assertThat(doc.text()).contains(darfur).contains(councilReferral).contains("S/RES/1593 (2005)");
    }

    @Test
    void theWarrantListFiltersByStatusAndSituation() throws Exception {
        Document doc = page("/cooperation/warrants?situation=DARFUR&status=OUTSTANDING&asOf=2025-06-01", "en");
        assertThat(doc.text()).contains("Omar Hassan Ahmad Al Bashir").contains("Ahmad Muhammad Harun")
            .doesNotContain("Ali Kushayb").doesNotContain("Vladimir Vladimirovich Putin");
        assertThat(page("/cooperation/warrants?status=SURRENDERED", "fr").text()).contains("Thomas Lubanga Dyilo")
            .contains("Remis à la Cour");
    }

    @Test
    void aWarrantShowsItsDatedHistoryAndTheVisitsReported() throws Exception {
        Document list = page("/cooperation/warrants?situation=DARFUR", "en");
        String href = list.select("a").stream().filter(a -> a.text().equals("Omar Hassan Ahmad Al Bashir"))
            .map(a -> a.attr("href")).filter(h -> h.contains("/cooperation/warrants/")).reduce((a, b) -> a).orElseThrow();
        Document warrant = page(href.replaceFirst("\\?.*", ""), "en");
        assertThat(warrant.text()).contains("At large").contains("Malawi").contains("Jordan").contains("ICC-02/05-01/09");
    }

    @Test
    void theDeficitNamesTheStatesTheCourtFoundInNonCompliance() throws Exception {
        Document doc = page("/cooperation/deficit", "es");
        assertThat(doc.text()).contains("Malawi").contains("Sudáfrica").contains("Jordania").contains("Déficit de cooperación");
        Document en = page("/cooperation/deficit", "en");
        var darfur = en.select("tr").stream().filter(r -> r.text().startsWith("Darfur, Sudan")).findFirst().orElseThrow();
        assertThat(darfur.select("a[href*=/cooperation/warrants/]").eachText()).containsOnlyOnce("Omar Hassan Ahmad Al Bashir");
        Document malawi = page("/cooperation/states/MWI?asOf=2012-01-01", "en");
        assertThat(malawi.text()).contains("ICC-02/05-01/09-139-Corr").contains("State Party on");
    }

    @Test
    void theCountryPageLinksToItsCooperation() throws Exception {
        assertThat(page("/states/ZAF", "en").select("a[href^=/cooperation/states/ZAF]")).isNotEmpty();
    }

    @Test
    void anUnknownSituationIsNotFound() throws Exception {
        mvc.perform(get("/cooperation/situations/ATLANTIS")).andExpect(status().isNotFound());
        mvc.perform(get("/cooperation/warrants?asOf=yesterday")).andExpect(status().isBadRequest());
    }
}
