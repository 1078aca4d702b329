package org.amicus.states.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The public tracker and country pages, in the five languages. */
@SpringBootTest
@AutoConfigureMockMvc
class TrackerPageTest {

    @Autowired
    MockMvc mvc;

    private Document page(String url, String lang) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).param("lang", lang)).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString());
    }

    @ParameterizedTest
    @CsvSource({ "en,ltr,States Parties,France", "fr,ltr,États Parties,France", "es,ltr,Estados Partes,Francia",
            "ar,rtl,الدول الأطراف,فرنسا", "pt,ltr,Estados Partes,França" })
    void theTrackerSpeaksEachLanguage(String lang, String dir, String statesParties, String france) throws Exception {
        Document doc = page("/tracker", lang);
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo(lang);
        assertThat(doc.selectFirst("html").attr("dir")).isEqualTo(dir);
        assertThat(doc.select(".count.big").text()).contains(statesParties);
        assertThat(doc.select("table.states tr[data-iso3=FRA] td a").text()).isEqualTo(france);
        assertThat(doc.select("nav.languages a")).hasSize(5);
        assertThat(doc.select("link[rel=alternate][hreflang]")).hasSize(6); // five languages and x-default
    }

    @Test
    void theChosenLanguageIsRemembered() throws Exception {
        Cookie remembered = mvc.perform(get("/tracker").param("lang", "pt"))
            .andExpect(cookie().value("amicus-lang", "pt")).andReturn().getResponse().getCookie("amicus-lang");
        mvc.perform(get("/states/BRA").cookie(remembered)).andExpect(content().string(containsString("lang=\"pt\"")));
    }

    @Test
    void datesAreWrittenForTheReader() throws Exception {
        assertThat(page("/states/UKR?asOf=2025-06-01", "fr").select(".facts").text()).contains("25 oct. 2024");
        assertThat(page("/states/UKR?asOf=2025-06-01", "en").select(".facts").text()).contains("Oct 25, 2024");
    }

    @Test
    void theTableFiltersAndSorts() throws Exception {
        Document doc = page("/tracker?asOf=2025-01-01&region=EASTERN_EUROPEAN&status=PARTY&sort=deposited", "en");
        var rows = doc.select("table.states tbody tr");
        assertThat(rows).hasSize(20);
        assertThat(rows.get(0).attr("data-iso3")).isEqualTo("HRV"); // Croatia ratified first, 21 May 2001
        assertThat(rows.get(rows.size() - 1).attr("data-iso3")).isEqualTo("UKR");
    }

    @Test
    void aCountryPageShowsTheTimelineWithSources() throws Exception {
        Document doc = page("/states/ZAF", "en");
        assertThat(doc.select(".timeline li")).hasSize(4);
        assertThat(doc.select(".timeline li").text()).contains("Withdrawal notified").contains("Withdrawal notice revoked");
        assertThat(doc.select(".timeline .source a").attr("href")).startsWith("https://");
        mvc.perform(get("/states/ZZZ")).andExpect(status().isNotFound());
    }

    @Test
    void aHandEditedBadDateGetsALocalisedErrorPage() throws Exception {
        mvc.perform(get("/tracker").param("asOf", "2024-13-01").param("lang", "es").accept("text/html"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("2024-13-01")))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Exception"))));
    }
}
