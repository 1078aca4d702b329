package org.amicus.publications.internal;

import static org.amicus.publications.PublicationFixtures.STAFF;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.amicus.publications.PublicationFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The publications API as a newsroom tool or a partner's site would use it: translation status for
 * staff, released press items for anyone and drafts for staff only, calendar events as JSON with the
 * campaign target and election periods read from their records, problem details on bad input.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicationsApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void translationsStatusIsForStaffAndCountsWhatIsMissing() throws Exception {
        long bulletin = jdbc.sql("select id from publication where slug = 'bulletin'").query(Long.class).single();
        String edition = mvc.perform(post("/staff/publications/editions").with(STAFF).with(csrf()).param("publicationId", String.valueOf(bulletin))
                .param("label", "API " + PublicationFixtures.token()).param("sourceLanguage", "en").param("title", "Status")
                .param("languages", "fr").param("shortened", "ar"))
            .andExpect(redirectedUrlPattern("/staff/publications/editions/*")).andReturn().getResponse().getRedirectedUrl();
        String id = edition.substring(edition.lastIndexOf('/') + 1);
        mvc.perform(post(edition + "/articles").with(STAFF).with(csrf()).param("language", "en").param("title", "One").param("body", "<p>x</p>"));
        mvc.perform(post(edition + "/translations/fr").with(STAFF).with(csrf()).param("status", "IN_TRANSLATION").param("assignee", "amelie"));

        mvc.perform(get("/api/v1/publications/editions/" + id + "/translations")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/publications/editions/" + id + "/translations").with(user("m").roles("MEMBER"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/publications/editions/" + id + "/translations").with(STAFF))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.language == 'fr')].status").value(hasItem("IN_TRANSLATION")))
            .andExpect(jsonPath("$[?(@.language == 'fr')].assignee").value(hasItem("amelie")))
            .andExpect(jsonPath("$[?(@.language == 'fr')].missingArticles").value(hasItem(1)))
            .andExpect(jsonPath("$[?(@.language == 'ar')].shortened").value(hasItem(true)))
            .andExpect(jsonPath("$[?(@.language == 'en')].source").value(hasItem(true)));
        mvc.perform(get("/api/v1/publications/editions").param("all", "true").with(STAFF))
            .andExpect(jsonPath("$[*].id").value(hasItem(Integer.parseInt(id))));
        mvc.perform(get("/api/v1/publications/editions").param("all", "true")).andExpect(status().isUnauthorized());
    }

    @Test
    void draftsAreStaffOnlyAndBadInputIsAProblemDetail() throws Exception {
        String title = "Draft statement " + PublicationFixtures.token();
        String item = mvc.perform(post("/staff/press").with(STAFF).with(csrf()).param("kind", "STATEMENT").param("language", "en")
                .param("title", title).param("body", "<p>Not yet.</p>"))
            .andExpect(redirectedUrlPattern("/staff/press/*")).andReturn().getResponse().getRedirectedUrl();
        String id = item.substring(item.lastIndexOf('/') + 1);
        mvc.perform(get("/api/v1/publications/press/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/publications/press").param("status", "DRAFT")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/publications/press")).andExpect(jsonPath("$[*].title").value(org.hamcrest.Matchers.not(hasItem(title))));
        mvc.perform(get("/api/v1/publications/press/" + id).with(STAFF))
            .andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.draftedBy").value("editor"));
        mvc.perform(get("/api/v1/publications/press").param("status", "draft").with(STAFF))
            .andExpect(jsonPath("$[*].title").value(hasItem(title)));
        mvc.perform(get("/api/v1/publications/press").param("status", "LOST").header("Accept-Language", "fr").with(STAFF))
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"))
            .andExpect(jsonPath("$.errors[0].message").value("Valeur inconnue : LOST."));
        mvc.perform(get("/api/v1/publications/press").param("lang", "xx"))
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("lang"));
    }

    @Test
    void theCalendarCarriesTheDaysTheCampaignTargetAndElectionPeriods() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String month = today.plusYears(40 + (int) (System.nanoTime() % 20)).withDayOfMonth(1).toString().substring(0, 7);
        mvc.perform(post("/staff/campaign-targets").with(STAFF).with(csrf()).param("month", month).param("iso3", "KIR").param("note", "API test"));
        String election = "Election of the Registrar " + PublicationFixtures.token();
        mvc.perform(post("/staff/court/elections").with(STAFF).with(csrf()).param("office", "REGISTRAR").param("title", election)
                .param("vacancies", "1").param("nominationsOpen", today.plusDays(30).toString()).param("nominationsClose", today.plusDays(60).toString())
                .param("source", "ICC-ASP test notice"));

        mvc.perform(get("/api/v1/publications/calendar"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.uid == 'campaign-target-" + month + "')].title").value(hasItem("Universal Ratification Campaign: Kiribati")))
            .andExpect(jsonPath("$[?(@.title == 'Nominations close: " + election + "')].next").value(hasItem(today.plusDays(60).toString())))
            .andExpect(jsonPath("$[?(@.title == 'International Justice Day')].source").isNotEmpty());
        mvc.perform(get("/api/v1/publications/calendar").param("lang", "fr"))
            .andExpect(jsonPath("$[?(@.uid == 'campaign-target-" + month + "')].title")
                .value(hasItem("Campagne pour la ratification universelle : Kiribati")))
            .andExpect(jsonPath("$[?(@.title == 'Clôture des candidatures : " + election + "')]").isNotEmpty());
        mvc.perform(get("/api/v1/publications/calendar").param("audience", "STAFF")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/publications/calendar").param("audience", "MEMBERS").with(user("m").roles("MEMBER"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/publications/calendar").param("audience", "EVERYONE"))
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("audience"));
        mvc.perform(get("/calendar.ics")).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
            .string(org.hamcrest.Matchers.containsString("UID:campaign-target-" + month + "@")));
    }
}
