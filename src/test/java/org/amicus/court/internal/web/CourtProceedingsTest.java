package org.amicus.court.internal.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Stages of the cooperation module's situations and cases, and the Review Conference's outcomes. */
@SpringBootTest
@AutoConfigureMockMvc
class CourtProceedingsTest {

    static final RequestPostProcessor STAFF = user("maria").roles("STAFF");

    @Autowired
    MockMvc mvc;

    @Test
    void aCaseStageIsRecordedForAnExistingCaseAndRefusedOtherwise() throws Exception {
        mvc.perform(post("/staff/court/stages").with(STAFF).with(csrf()).param("lang", "en").param("situation", "DRC")
                .param("caseNumber", "ICC-99/99-01/99").param("stage", "TRIAL").param("date", "2009-01-26").param("source", "test source"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("There is no case ICC-99/99-01/99 in the situation DRC.")));
        mvc.perform(post("/staff/court/stages").with(STAFF).with(csrf()).param("lang", "en").param("situation", "DRC")
                .param("stage", "TRIAL").param("date", "2009-01-26").param("source", "test source"))
            .andExpect(content().string(containsString("A situation is under preliminary examination, under investigation or closed.")));
        mvc.perform(post("/staff/court/stages").with(STAFF).with(csrf()).param("situation", "DRC").param("caseNumber", "ICC-01/04-01/06")
                .param("stage", "TRIAL").param("date", "2009-01-26").param("source", "stage test: ICC case information sheet"))
            .andExpect(redirectedUrl("/staff/court/stages"));
        mvc.perform(get("/court/situations").param("lang", "fr"))
            .andExpect(content().string(containsString("ICC-01/04-01/06")))
            .andExpect(content().string(containsString("Procès")));
        mvc.perform(get("/api/v1/court/stages")).andExpect(jsonPath("$[?(@.caseNumber == 'ICC-01/04-01/06')].stage").value("TRIAL"));
    }

    @Test
    void theReviewConferenceOutcomesAreShippedWithTheirDocumentsAndPositionsAreKept() throws Exception {
        mvc.perform(get("/court/sessions").param("lang", "pt"))
            .andExpect(content().string(containsString("RC/Res.6")))
            .andExpect(content().string(containsString("Emenda")));
        long id = Long.parseLong(mvc.perform(get("/api/v1/court/session-items")).andReturn().getResponse().getContentAsString()
            .replaceAll("(?s).*?\"id\":(\\d+),[^{}]*\"outcomeSymbol\":\"RC/Res.6\".*", "$1"));
        mvc.perform(post("/staff/court/sessions/{id}/position", id).with(STAFF).with(csrf())
                .param("position", "Activate the Court's jurisdiction over aggression without delay."))
            .andExpect(redirectedUrl("/staff/court/sessions"));
        mvc.perform(get("/court/sessions")).andExpect(content().string(containsString("Activate the Court&#39;s jurisdiction")));
        mvc.perform(post("/staff/court/sessions").with(STAFF).with(csrf()).param("lang", "en").param("sessionName", "ASP 16")
                .param("kind", "AMENDMENT").param("title", "Untitled test amendment"))
            .andExpect(content().string(containsString("Name the source")));
        mvc.perform(get("/court/sessions")).andExpect(content().string(not(containsString("Untitled test amendment"))));
    }

    @Test
    void anOfficeHolderIsKeptWithDatesAndATermEndingBeforeItStartsIsRefused() throws Exception {
        mvc.perform(post("/staff/court/organs").with(STAFF).with(csrf()).param("lang", "en").param("organ", "REGISTRY")
                .param("office", "Registrar").param("personName", "Test Registrar").param("from", "2020-01-01").param("until", "2019-01-01")
                .param("source", "test"))
            .andExpect(content().string(containsString("A term cannot end before it starts.")));
        mvc.perform(get("/court/organs")).andExpect(content().string(not(containsString("Test Registrar"))));
        mvc.perform(post("/staff/court/organs").with(STAFF).with(csrf()).param("organ", "REGISTRY").param("office", "Registrar")
                .param("personName", "Test Registrar").param("from", "2020-01-01").param("source", "test"))
            .andExpect(redirectedUrl("/staff/court/organs"));
        mvc.perform(get("/court/organs").param("lang", "ar"))
            .andExpect(content().string(containsString("Test Registrar")))
            .andExpect(content().string(containsString("في المنصب")));
    }

    @Test
    void aReparationsProjectNeedsItsCaseAndAppearsUnderItsSituation() throws Exception {
        mvc.perform(post("/staff/court/projects").with(STAFF).with(csrf()).param("lang", "en").param("situation", "DRC")
                .param("mandate", "REPARATIONS").param("name", "Test reparations project").param("status", "ONGOING").param("source", "test"))
            .andExpect(content().string(containsString("A reparations project implements an order in a case")));
        mvc.perform(post("/staff/court/projects").with(STAFF).with(csrf()).param("situation", "DRC").param("caseNumber", "ICC-01/04-01/06")
                .param("mandate", "REPARATIONS").param("name", "Test reparations project").param("location", "Ituri")
                .param("beneficiaries", "120").param("budgetEur", "50000").param("status", "ONGOING").param("source", "test"))
            .andExpect(redirectedUrl("/staff/court/stages"));
        mvc.perform(get("/court/situations").param("lang", "es"))
            .andExpect(content().string(containsString("Test reparations project")))
            .andExpect(content().string(containsString("Reparaciones ICC-01/04-01/06")));
    }
}
