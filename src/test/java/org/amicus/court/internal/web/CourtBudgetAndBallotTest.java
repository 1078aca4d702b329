package org.amicus.court.internal.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.amicus.court.internal.election.Drafts.CandidateDraft;
import org.amicus.court.internal.election.Drafts.ElectionDraft;
import org.amicus.court.internal.election.Elections;
import org.amicus.court.internal.election.Gender;
import org.amicus.court.internal.election.JudgeList;
import org.amicus.court.internal.election.Office;
import org.amicus.court.internal.election.Procedure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The shipped budgets, the budget's validation, a non-party's nominee refused, and the ballot validator in the API. */
@SpringBootTest
@AutoConfigureMockMvc
class CourtBudgetAndBallotTest {

    static final RequestPostProcessor STAFF = user("maria").roles("STAFF");

    @Autowired
    MockMvc mvc;
    @Autowired
    Elections elections;

    @Test
    void theBudgetPageShowsTheApprovedBudgetsWithTheirResolutions() throws Exception {
        mvc.perform(get("/court/budget").param("lang", "en"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("149,205,600")))
            .andExpect(content().string(containsString("144,587,300")))
            .andExpect(content().string(containsString("ICC-ASP/18/Res.1")));
        mvc.perform(get("/court/budget").param("lang", "fr"))
            .andExpect(content().string(containsString("Approuvé par l’Assemblée")));
        mvc.perform(get("/api/v1/court/budget.csv"))
            .andExpect(content().string(containsString("2020,REGISTRY,APPROVED,75916900,")))
            .andExpect(content().string(containsString("ICC-ASP/15/Res.1")));
        mvc.perform(get("/api/v1/court/budget"))
            .andExpect(jsonPath("$[?(@.year == 2024 && @.stage == 'APPROVED')].total").value(187084300));
    }

    @Test
    void budgetLinesThatDoNotAddUpAreRefusedAndNothingIsSaved() throws Exception {
        mvc.perform(post("/staff/court/budget").with(STAFF).with(csrf()).param("lang", "en")
                .param("year", "2031").param("programme", "REGISTRY").param("stage", "PROPOSED").param("totalEur", "1000")
                .param("lines", "Staff; 600\nTravel; 300").param("source", "test document"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("The lines add up to 900 euros, not to the 1,000 euros of the figure.")))
            .andExpect(content().string(containsString("Travel; 300")));
        mvc.perform(get("/api/v1/court/budget.csv")).andExpect(content().string(not(containsString("2031,"))));
        mvc.perform(post("/api/v1/court/budget").with(httpBasic("admin", "admin-password-for-tests")).contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "es")
                .content("{\"year\":2031,\"programme\":\"REGISTRY\",\"stage\":\"PROPOSED\",\"totalEur\":1000,\"source\":\"x\","
                        + "\"lines\":[{\"name\":\"Staff\",\"amountEur\":999}]}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].message").value("Las partidas suman 999 euros, no los 1.000 euros de la cifra."));
    }

    @Test
    void aCandidateNominatedByANonPartyIsRefusedBesideTheField() throws Exception {
        long id = elections.create(new ElectionDraft(Office.JUDGES, "Test election, non-party", null, 6, LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 3, 1), "test")).id();
        mvc.perform(post("/staff/court/elections/{id}/candidates", id).with(STAFF).with(csrf()).param("lang", "en")
                .param("name", "Nominee of a non-party").param("nominatingIso3", "USA").param("nationalityIso3", "USA")
                .param("gender", "MALE").param("list", "A").param("procedure", "HIGHEST_JUDICIAL_OFFICES").param("source", "test"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("United States of America was not a State Party on 2020-03-01")))
            .andExpect(content().string(containsString("Nominee of a non-party")));
        mvc.perform(get("/court/elections/{id}", id)).andExpect(content().string(not(containsString("Nominee of a non-party"))));
    }

    @Test
    void theBallotValidatorGivesEveryReasonInTheCallersLanguage() throws Exception {
        long id = elections.create(new ElectionDraft(Office.JUDGES, "Test election, ballots", null, 2, null, null, "test")).id();
        long a = elections.addCandidate(id, new CandidateDraft("Candidate One", null, null, "en", "FRA", "FRA", Gender.MALE, JudgeList.A,
                Procedure.HIGHEST_JUDICIAL_OFFICES, "test")).id();
        long b = elections.addCandidate(id, new CandidateDraft("Candidate Two", null, null, "en", "SEN", "SEN", Gender.FEMALE, JudgeList.B,
                Procedure.ICJ_PROCEDURE, "test")).id();
        long c = elections.addCandidate(id, new CandidateDraft("Candidate Three", null, null, "en", "JPN", "JPN", Gender.FEMALE, JudgeList.A,
                Procedure.ICJ_PROCEDURE, "test")).id();
        String body = "{\"votes\":[" + a + "," + b + "," + c + "]}";
        mvc.perform(post("/api/v1/court/elections/{id}/ballot-check", id).with(httpBasic("admin", "admin-password-for-tests"))
                .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "fr").content(body))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.valid").value(false))
            .andExpect(jsonPath("$.reasons[0]").value("3 voix pour 2 sièges : un bulletin ne peut pas désigner plus de candidats qu’il n’y a de sièges."));
        mvc.perform(post("/api/v1/court/elections/{id}/ballot-check", id).contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isUnauthorized());
        mvc.perform(get("/court/elections/{id}", id).param("lang", "ar"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("الدول الأفريقية")));
    }

    @Test
    void aRecommendationIsShownWithItsOutcomeOnceStaffRecordIt() throws Exception {
        mvc.perform(post("/staff/court/budget/recommendations").with(STAFF).with(csrf()).param("lang", "en").param("year", "2020")
                .param("programme", "TFV_SECRETARIAT").param("source", "test"))
            .andExpect(content().string(containsString("Write the recommendation.")));
        mvc.perform(post("/staff/court/budget/recommendations").with(STAFF).with(csrf()).param("year", "2020").param("programme", "TFV_SECRETARIAT")
                .param("recommendation", "Test recommendation: fund the Secretariat of the TFV fully.").param("outcome", "PENDING")
                .param("source", "coalition budget paper, test"))
            .andExpect(status().is3xxRedirection());
        String json = mvc.perform(get("/api/v1/court/budget/recommendations")).andReturn().getResponse().getContentAsString();
        String id = json.replaceAll("(?s).*\"id\":(\\d+),[^{}]*Test recommendation.*", "$1");
        mvc.perform(post("/staff/court/budget/recommendations/{id}/outcome", id).with(STAFF).with(csrf()).param("outcome", "PARTLY_ADOPTED")
                .param("outcomeNote", "half of the increase approved"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get("/court/budget").param("lang", "pt"))
            .andExpect(content().string(containsString("Test recommendation: fund the Secretariat of the TFV fully.")))
            .andExpect(content().string(containsString("Adotada em parte")));
    }
}
