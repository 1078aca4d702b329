package org.amicus.states.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.amicus.states.ImplementationRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Implementing legislation and the watch list through the API, against the shipped data. */
@SpringBootTest
@AutoConfigureMockMvc
class LegislationApiTest {

    static final RequestPostProcessor ADMIN = httpBasic("admin", "admin-password-for-tests");

    @Autowired
    MockMvc mvc;

    @Autowired
    ImplementationRecord implementation;

    private String stages(String iso3, String body) throws Exception {
        return mvc.perform(post("/api/v1/states/" + iso3 + "/legislation/stages").with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content(body))
            .andReturn().getResponse().getContentAsString();
    }

    @Test
    void showsEachComponentOfAStateWithTheLawAndItsSource() throws Exception {
        mvc.perform(get("/api/v1/states/DEU/legislation"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.components[?(@.component=='COOPERATION')].stage").value("ENACTED"))
            .andExpect(jsonPath("$.components[?(@.component=='CRIMES')].lawTitle").value("Völkerstrafgesetzbuch (VStGB)"))
            .andExpect(jsonPath("$.components[?(@.component=='CRIMES')].lawDate").value("2002-06-26"))
            .andExpect(jsonPath("$.components[?(@.component=='CRIMES')].source").value("https://www.gesetze-im-internet.de/vstgb/ (Gesetz vom 26. Juni 2002, in Kraft seit 30. Juni 2002)"));
        // Between the two German laws, only cooperation had been enacted.
        mvc.perform(get("/api/v1/states/DEU/legislation?asOf=2002-06-22"))
            .andExpect(jsonPath("$.components[?(@.component=='COOPERATION')].stage").value("ENACTED"))
            .andExpect(jsonPath("$.components[?(@.component=='CRIMES')].stage").value("NO_ACTION"));
    }

    @Test
    void shipsThePlanCategoriesAsDatedSourcedFacts() throws Exception {
        mvc.perform(get("/api/v1/states/BRA/legislation"))
            .andExpect(jsonPath("$.components[0].stage").value("DRAFT_BEFORE_PARLIAMENT"))
            .andExpect(jsonPath("$.components[0].since").value("2009-07-07"))
            .andExpect(jsonPath("$.entries.length()").value(2))
            .andExpect(jsonPath("$.watch.iso3").value("BRA"));
        mvc.perform(get("/api/v1/states/AGO/legislation"))
            .andExpect(jsonPath("$.components[1].stage").value("DRAFT_IN_EXECUTIVE"));
        mvc.perform(get("/api/v1/states/BRB/legislation"))
            .andExpect(jsonPath("$.components[1].stage").value("GOVERNMENT_COMMITTED"));
        mvc.perform(get("/api/v1/states/BRA/legislation?asOf=2009-07-06"))
            .andExpect(jsonPath("$.components[0].stage").value("NO_ACTION"))
            .andExpect(jsonPath("$.entries.length()").value(0));
    }

    @Test
    void theWatchListHoldsThePlansMoreThanFortyStates() throws Exception {
        mvc.perform(get("/api/v1/watch-list?asOf=2010-01-01"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.length()").value(56))
            .andExpect(jsonPath("$[*].iso3", hasItem("JOR")))
            .andExpect(jsonPath("$[?(@.iso3=='UGA')].cooperation").value("DRAFT_BEFORE_PARLIAMENT"));
        mvc.perform(get("/api/v1/watch-list?asOf=2009-01-01")).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void theImplementationRecordAnswersThePlansQuestions() {
        assertThat(implementation.enactedBetween(LocalDate.of(2002, 1, 1), LocalDate.of(2002, 12, 31)))
            .containsExactly("AUS", "DEU", "FRA", "ZAF");
        assertThat(implementation.enactedBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 12, 31)))
            .containsExactly("CAN", "NZL");
        assertThat(implementation.advancedBetween(LocalDate.of(2009, 7, 7), LocalDate.of(2009, 7, 7))).hasSize(56)
            .contains("BRA", "AGO", "BRB");
        // After the plan's snapshot: Burkina Faso (2009), Uganda and France's crimes law (2010).
        assertThat(implementation.enactedBetween(LocalDate.of(2009, 7, 8), LocalDate.of(2011, 12, 31)))
            .containsExactly("BFA", "FRA", "UGA");
        assertThat(implementation.watchedOn(LocalDate.of(2011, 12, 31))).hasSize(56);
        assertThat(implementation.watchedOn(LocalDate.of(2009, 7, 6))).isEmpty();
    }

    @Test
    void aStageGoingBackNeedsAReasonAndNothingIsHalfSaved() throws Exception {
        stages("NRU", """
                {"component":"COOPERATION","stage":"DRAFT_BEFORE_PARLIAMENT","date":"2015-03-01","source":"https://example.org/nauru-bill"}""");
        mvc.perform(post("/api/v1/states/NRU/legislation/stages").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"component":"COOPERATION","stage":"DRAFT_IN_EXECUTIVE","date":"2016-01-10","source":"https://example.org/nauru-2016"}"""))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(get("/api/v1/states/NRU/legislation"))
            .andExpect(jsonPath("$.entries.length()").value(1))
            .andExpect(jsonPath("$.components[0].stage").value("DRAFT_BEFORE_PARLIAMENT"));
        mvc.perform(post("/api/v1/states/NRU/legislation/stages").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"component":"COOPERATION","stage":"DRAFT_IN_EXECUTIVE","date":"2016-01-10","source":"https://example.org/nauru-2016",
                         "reason":"The bill lapsed with the dissolution of parliament before the 2016 elections"}"""))
            .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/states/NRU/legislation"))
            .andExpect(jsonPath("$.components[0].stage").value("DRAFT_IN_EXECUTIVE"))
            .andExpect(jsonPath("$.entries.length()").value(2));
        assertThat(implementation.advancedBetween(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31))).doesNotContain("NRU");
        assertThat(implementation.advancedBetween(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31))).contains("NRU");
    }

    @Test
    void anEnactedLawNeedsItsTitleDateAndSource() throws Exception {
        mvc.perform(post("/api/v1/states/PLW/legislation/stages?lang=fr").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"component":"CRIMES","stage":"ENACTED","date":"2012-05-01"}"""))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field", hasItem("source")))
            .andExpect(jsonPath("$.errors[*].field", hasItem("lawTitle")))
            .andExpect(jsonPath("$.errors[*].field", hasItem("lawDate")))
            .andExpect(jsonPath("$.errors[?(@.field=='lawTitle')].message").value("Une loi adoptée doit avoir son titre."));
        mvc.perform(post("/api/v1/states/PLW/legislation/stages").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"component":"CRIMES","stage":"DRAFT_IN_EXECUTIVE","date":"2012-05-01","source":"x","lawTitle":"Some Act"}"""))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("lawTitle"));
        mvc.perform(get("/api/v1/states/PLW/legislation")).andExpect(jsonPath("$.entries.length()").value(0));
    }

    @Test
    void onlyStaffWrite() throws Exception {
        mvc.perform(post("/api/v1/states/SMR/legislation/stages").contentType(MediaType.APPLICATION_JSON).content("{}"))
            .andExpect(status().isUnauthorized());
        mvc.perform(put("/api/v1/watch-list/SMR").contentType(MediaType.APPLICATION_JSON).content("{}"))
            .andExpect(status().isUnauthorized());
    }

    @Test
    void staffChangeAWatchListEntryAndTheEarlierOneIsKept() throws Exception {
        mvc.perform(put("/api/v1/watch-list/GHA").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
                {"validFrom":"2009-07-07","staffLead":"Africa desk","partners":"ICRC","nextStep":"Meet the Ministry of Justice",
                 "nextStepDue":"2030-01-31","source":"Staff meeting notes"}"""))
            .andExpect(status().isOk());
        mvc.perform(get("/api/v1/watch-list?asOf=2010-01-01"))
            .andExpect(jsonPath("$.length()").value(56))
            .andExpect(jsonPath("$[?(@.iso3=='GHA')].partners").value("ICRC"));
        mvc.perform(put("/api/v1/watch-list/GHA").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
                {"validFrom":"2009-07-07","nextStepDue":"2030-01-31"}"""))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field", hasItem("source")))
            .andExpect(jsonPath("$.errors[*].field", hasItem("nextStep")));
        mvc.perform(get("/api/v1/watch-list?asOf=2010-01-01"))
            .andExpect(jsonPath("$[?(@.iso3=='GHA')].staffLead").value("Africa desk"));
    }
    @Test
    void aCorrectionIsReplayedWithTheRestAndTheEarlierEntryStaysKnown() throws Exception {
        String first = stages("LIE", """
                {"component":"CRIMES","stage":"DRAFT_IN_EXECUTIVE","date":"2018-02-01","source":"https://example.org/lie-draft"}""");
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(first, "$.id")).longValue();
        stages("LIE", """
                {"component":"CRIMES","stage":"DRAFT_BEFORE_PARLIAMENT","date":"2019-02-01","source":"https://example.org/lie-bill"}""");
        java.time.Instant beforeCorrection = java.time.Instant.now();
        // Moving the first entry to ENACTED would leave the later "before parliament" going back without a reason.
        mvc.perform(post("/api/v1/states/LIE/legislation/stages/" + id + "/correction").with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"component":"CRIMES","stage":"ENACTED","date":"2018-02-01","source":"https://example.org/lie-law",
                         "lawTitle":"Gesetz","lawDate":"2018-02-01"}"""))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/states/LIE/legislation/stages/" + id + "/correction").with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"component":"CRIMES","stage":"GOVERNMENT_COMMITTED","date":"2018-02-01","source":"https://example.org/lie-2018"}"""))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.supersedesId").value(id));
        mvc.perform(get("/api/v1/states/LIE/legislation?asOf=2018-12-31"))
            .andExpect(jsonPath("$.components[?(@.component=='CRIMES')].stage").value("GOVERNMENT_COMMITTED"))
            .andExpect(jsonPath("$.entries[0].supersedes.stage").value("DRAFT_IN_EXECUTIVE"));
        mvc.perform(get("/api/v1/states/LIE/legislation?asOf=2018-12-31&knownAt=" + beforeCorrection))
            .andExpect(jsonPath("$.components[?(@.component=='CRIMES')].stage").value("DRAFT_IN_EXECUTIVE"));
    }
}
