package org.amicus.states.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Following a state: alerts in the follower's inbox and language, and the public Atom feed. */
@SpringBootTest
@AutoConfigureMockMvc
class FollowingTest {

    static final RequestPostProcessor MEMBER = user("member-smr").roles("MEMBER");

    @Autowired
    MockMvc mvc;

    private Document inbox(String lang) throws Exception {
        return Jsoup.parse(mvc.perform(get("/account/alerts").param("lang", lang).with(MEMBER)).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString());
    }

    @Test
    void aFollowerIsAlertedInTheirLanguageOfEachChange() throws Exception {
        mvc.perform(post("/account/following/SMR").with(MEMBER).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(inbox("en").select("section.alerts li a").eachText()).contains("San Marino");
        mvc.perform(post("/api/v1/states/SMR/legislation/stages").with(httpBasic("admin", "admin-password-for-tests"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"component":"CRIMES","stage":"GOVERNMENT_COMMITTED","date":"2019-04-01","source":"https://example.org/smr"}"""))
            .andExpect(status().isCreated());
        // Alerts are written after the change commits, by the event listener: wait for it (bounded). The
        // header's count is read before the list, so a page rendered while the alert lands may show one but not the other.
        Document fr = inbox("fr");
        for (int i = 0; i < 100 && (fr.select("ol.timeline li").isEmpty() || fr.select("header a.alerts").text().endsWith("(0)")); i++) {
            Thread.sleep(100);
            fr = inbox("fr");
        }
        assertThat(fr.select("ol.timeline li.unread a").eachText())
            .containsExactly("Saint-Marin : Gouvernement engagé à rédiger, Crimes et compétence, 1 avr. 2019 (enregistré)");
        assertThat(fr.select("header a.alerts").text()).isEqualTo("Alertes (1)");
        mvc.perform(get("/api/v1/account/alerts").param("lang", "es").with(MEMBER))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.following[0]").value("SMR"))
            .andExpect(jsonPath("$.alerts[0].subject").value("GOVERNMENT_COMMITTED"))
            .andExpect(jsonPath("$.alerts[0].text").value(org.hamcrest.Matchers.startsWith("San Marino: ")))
            .andExpect(jsonPath("$.alerts[0].unread").value(true));
        mvc.perform(get("/api/v1/account/alerts")).andExpect(status().isUnauthorized());
        mvc.perform(post("/account/alerts/read").with(MEMBER).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(inbox("ar").select("header a.alerts").text()).isEqualTo("التنبيهات (٠)");
        mvc.perform(post("/account/following/SMR/stop").with(MEMBER).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(inbox("en").select("section.alerts ul li")).isEmpty();
    }

    @Test
    void aFindingOfNonComplianceReachesTheStatesFollowers() throws Exception {
        RequestPostProcessor follower = user("member-nam").roles("MEMBER");
        mvc.perform(post("/account/following/NAM").with(follower).with(csrf())).andExpect(status().is3xxRedirection());
        String created = mvc.perform(post("/api/v1/cooperation/findings").with(httpBasic("admin", "admin-password-for-tests"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"caseNumber":"ICC-02/05-01/09","iso3":"NAM","decided":"2016-06-01","document":"ICC-test-finding","referredToAsp":false,"referredToCouncil":false,
                         "source":"https://example.org/finding-test"}"""))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(alerts(follower, 1)).containsExactly("Namibie : Constat de non-coopération par la Cour, 1 juin 2016 (enregistré)");

        // Retracting the entry made in error reaches the followers too.
        Number id = com.jayway.jsonpath.JsonPath.read(created, "$.id");
        mvc.perform(post("/api/v1/cooperation/retractions").with(httpBasic("admin", "admin-password-for-tests"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"recordType":"FINDING","recordId":"%d","source":"https://example.org/finding-retracted"}""".formatted(id.longValue())))
            .andExpect(status().is2xxSuccessful());
        assertThat(alerts(follower, 2)).contains("Namibie : Constat de non-coopération par la Cour, 1 juin 2016 (retiré du dossier)");
        // The public reader of the state's feed sees both.
        Document feed = Jsoup.parse(mvc.perform(get("/states/NAM/feed.atom").param("lang", "fr")).andReturn().getResponse()
            .getContentAsString(), Parser.xmlParser());
        assertThat(feed.select("entry > title").eachText()).contains(
            "Namibie : Constat de non-coopération par la Cour, 1 juin 2016 (enregistré)",
            "Namibie : Constat de non-coopération par la Cour, 1 juin 2016 (retiré du dossier)");
    }

    /** The alerts' texts in French once the inbox holds this many, waiting for the listener. */
    private java.util.List<String> alerts(RequestPostProcessor follower, int count) throws Exception {
        for (int i = 0; i < 100; i++) {
            String json = mvc.perform(get("/api/v1/account/alerts").param("lang", "fr").with(follower)).andReturn()
                .getResponse().getContentAsString();
            java.util.List<String> texts = com.jayway.jsonpath.JsonPath.read(json, "$.alerts[*].text");
            if (texts.size() >= count) {
                return texts;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no alert number " + count);
    }

    @Test
    void followingNeedsAnAccount() throws Exception {
        mvc.perform(post("/account/following/SMR").with(csrf())).andExpect(status().is3xxRedirection())
            .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).endsWith("/login"));
    }

    @Test
    void anyoneSubscribesToAStatesAtomFeed() throws Exception {
        String xml = mvc.perform(get("/states/DEU/feed.atom").param("lang", "es")).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        Document feed = Jsoup.parse(xml, Parser.xmlParser());
        assertThat(feed.selectFirst("feed > title").text()).isEqualTo("Amicus: cambios del registro de Alemania");
        assertThat(feed.select("entry > title").eachText())
            .contains("Alemania: Promulgada, Crímenes y jurisdicción, 26 jun 2002 (registrado)");
        assertThat(feed.select("entry > summary").eachText())
            .contains("Fuente: https://www.gesetze-im-internet.de/vstgb/ (Gesetz vom 26. Juni 2002, in Kraft seit 30. Juni 2002)");
    }
}
