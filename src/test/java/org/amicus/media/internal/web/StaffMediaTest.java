package org.amicus.media.internal.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.amicus.media.internal.story.StoryIndex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The staff's media screens and API: in five languages, bad input refused beside its field, the review loop and the report. */
@SpringBootTest
@AutoConfigureMockMvc
class StaffMediaTest {

    static final RequestPostProcessor STAFF = user("rosa").roles("STAFF");

    @Autowired
    MockMvc mvc;
    @Autowired
    StoryIndex index;

    @Test
    void everyScreenReadsInTheFiveLanguagesAndOnlyStaffSeeThem() throws Exception {
        for (String lang : new String[] { "en", "fr", "es", "ar", "pt" }) {
            for (String page : new String[] { "/staff/media", "/staff/media/stories", "/staff/media/review",
                    "/staff/media/reports?situation=DARFUR" }) {
                mvc.perform(get(page).param("lang", lang).with(STAFF)).andExpect(status().isOk());
            }
        }
        mvc.perform(get("/staff/media").param("lang", "fr").with(STAFF)).andExpect(content().string(containsString("Sources médiatiques")));
        mvc.perform(get("/staff/media/review").param("lang", "ar").with(STAFF)).andExpect(content().string(containsString("مراجعة المواقف")));
        mvc.perform(get("/staff/media").with(user("member").roles("MEMBER"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/media/sources")).andExpect(status().isUnauthorized());
    }

    @Test
    void aSourceWithABadAddressIsRefusedBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/staff/media/sources").with(STAFF).with(csrf()).param("name", "Gazette du test").param("kind", "FEED")
                .param("url", "not a url").param("country", "ATL").param("pollMinutes", "60"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Give a full web address starting with http:// or https://.")))
            .andExpect(content().string(containsString("There is no state &quot;ATL&quot; in the record.")))
            .andExpect(content().string(containsString("Gazette du test")));
        mvc.perform(get("/staff/media").with(STAFF)).andExpect(content().string(not(containsString("Gazette du test"))));
        mvc.perform(post("/api/v1/media/sources").with(httpBasic("admin", "admin-password-for-tests")).param("lang", "fr")
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\",\"kind\":\"FEED\",\"url\":\"ftp://x\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("Donnez un nom à la source")));
    }

    @Test
    void anItemEnteredByHandIsFoundReviewedAndCountedInTheSituationReport() throws Exception {
        mvc.perform(post("/staff/media/items").with(STAFF).with(csrf()).param("title", "Burundi inquiry: hearing on the Bujumbura file")
                .param("text", "The judges heard submissions on the Burundi investigation and the Bujumbura detention file; the registry "
                        + "published the schedule for the coming weeks of hearings."))
            .andExpect(redirectedUrl("/staff/media/stories"));
        mvc.perform(get("/staff/media/stories").param("q", "Bujumbura detention").param("situation", "BURUNDI").with(STAFF))
            .andExpect(content().string(containsString("<mark>Bujumbura</mark>")))
            .andExpect(content().string(containsString("Burundi inquiry: hearing on the Bujumbura file")));
        long id = index.search(new StoryIndex.Criteria("Bujumbura detention", null, null, null, "BURUNDI", null, null, null), 0, 1)
            .hits().get(0).id();

        mvc.perform(post("/staff/media/stories/" + id + "/stance").with(STAFF).with(csrf()).param("stance", "PRO").param("next", "review"))
            .andExpect(redirectedUrl("/staff/media/review"));
        mvc.perform(get("/api/v1/media/stories/" + id).with(httpBasic("admin", "admin-password-for-tests")))
            .andExpect(jsonPath("$.stance").value("PRO")).andExpect(jsonPath("$.stanceBy").value("STAFF"));
        mvc.perform(put("/api/v1/media/stories/" + id + "/stance").with(httpBasic("admin", "admin-password-for-tests"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"stance\":\"NEUTRAL\"}"))
            .andExpect(status().isOk());

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        mvc.perform(get("/staff/media/reports").param("situation", "BURUNDI").param("from", today).param("to", today).with(STAFF))
            .andExpect(content().string(containsString("1 stories in the period")));
        mvc.perform(get("/staff/media/reports.csv").param("situation", "BURUNDI").param("from", today).param("to", today).with(STAFF))
            .andExpect(content().string(containsString("volume,BURUNDI," + today + "," + today + ",,NEUTRAL,en,1")));
        mvc.perform(post("/staff/media/items").with(STAFF).with(csrf()).param("title", "").param("text", ""))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Give a web address or paste the text.")));
    }
}
