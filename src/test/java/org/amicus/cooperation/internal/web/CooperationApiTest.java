package org.amicus.cooperation.internal.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The cooperation API against the shipped public record, on the real database of the run. */
@SpringBootTest
@AutoConfigureMockMvc
class CooperationApiTest {

    static final RequestPostProcessor ADMIN = httpBasic("admin", "admin-password-for-tests");

    @Autowired
    MockMvc mvc;

    @Test
    void theAlBashirWarrantsAreOutstandingAndHisVisitsAreMissedArrests() throws Exception {
        mvc.perform(get("/api/v1/cooperation/warrants?situation=DARFUR&status=OUTSTANDING&asOf=2025-01-01"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.issued=='2009-03-04')].suspect").value("Omar Hassan Ahmad Al Bashir"))
            .andExpect(jsonPath("$[?(@.issued=='2010-07-12')].crimes[0]").value("GENOCIDE"))
            .andExpect(jsonPath("$[*].suspect", Matchers.not(Matchers.hasItem("Ali Muhammad Ali Abd-Al-Rahman (Ali Kushayb)"))));
        mvc.perform(get("/api/v1/cooperation/deficit/states/MWI?asOf=2012-01-01"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.findings").value(1))
            .andExpect(jsonPath("$.missedArrests").value(1))
            .andExpect(jsonPath("$.findingsDetail[0].referredToSecurityCouncil").value(true));
        // Kenya was a State Party when he visited in 2010: a missed arrest, though the Court made no article 87(7) finding.
        mvc.perform(get("/api/v1/cooperation/deficit/states/KEN?asOf=2011-01-01"))
            .andExpect(jsonPath("$.missedArrests").value(1))
            .andExpect(jsonPath("$.findings").value(0));
    }

    @Test
    void aStatusIsReadAsOfItsDate() throws Exception {
        String ongwen = "$[?(@.suspect=='Dominic Ongwen')].status";
        mvc.perform(get("/api/v1/cooperation/warrants?situation=UGANDA&asOf=2014-12-31")).andExpect(jsonPath(ongwen).value("AT_LARGE"));
        mvc.perform(get("/api/v1/cooperation/warrants?situation=UGANDA&asOf=2015-02-01")).andExpect(jsonPath(ongwen).value("SURRENDERED"));
        mvc.perform(get("/api/v1/cooperation/warrants?asOf=2004-01-01")).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void councilReferralsObligeTheStateConcerned() throws Exception {
        mvc.perform(get("/api/v1/cooperation/security-council"))
            .andExpect(jsonPath("$[?(@.resolution=='S/RES/1593 (2005)')].obligedIso3").value("SDN"))
            .andExpect(jsonPath("$[?(@.resolution=='S/RES/1422 (2002)')].type").value("DEFERRAL_REQUEST"));
        mvc.perform(get("/api/v1/cooperation/warrants?situation=DARFUR&asOf=2010-01-01"))
            .andExpect(jsonPath("$[0].id").isNumber());
    }

    @Test
    void situationsAreNamedInTheReadersLanguage() throws Exception {
        mvc.perform(get("/api/v1/cooperation/situations?lang=fr"))
            .andExpect(jsonPath("$[?(@.code=='DARFUR')].name").value("Darfour (Soudan)"));
        mvc.perform(get("/api/v1/cooperation/situations?asOf=2006-01-01"))
            .andExpect(jsonPath("$[*].code", Matchers.containsInAnyOrder("DRC", "UGANDA", "DARFUR")));
        mvc.perform(get("/api/v1/cooperation/situations/DARFUR?lang=ar"))
            .andExpect(jsonPath("$.situation.name").value("دارفور، السودان"));
    }

    @Test
    void aWarrantForAnUnknownSituationIsRefusedAndNothingIsSaved() throws Exception {
        mvc.perform(post("/api/v1/cooperation/warrants").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
                {"situation": "ATLANTIS", "caseNumber": "ICC-99/99-01/99", "caseName": "The Prosecutor v. Nobody",
                 "suspect": "Nobody", "kind": "ARREST_WARRANT", "issued": "2020-01-01", "crimes": ["WAR_CRIMES"],
                 "source": "test"}"""))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("situation"))
            .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("ATLANTIS")));
        mvc.perform(get("/api/v1/cooperation/warrants")).andExpect(jsonPath("$[*].suspect", Matchers.not(Matchers.hasItem("Nobody"))));
    }

    @Test
    void aChecklistRowForANonPartyIsRefused() throws Exception {
        mvc.perform(post("/api/v1/cooperation/recommendations/import").with(ADMIN).contentType("text/csv")
                .content("number,text_en,source\n1,Test recommendation one,test source\n"))
            .andExpect(status().isOk());
        mvc.perform(post("/api/v1/cooperation/checklist").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
                {"iso3": "USA", "recommendation": "1", "status": "MET", "assessedOn": "2020-01-01", "source": "test"}"""))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("iso3"));
        mvc.perform(get("/api/v1/cooperation/checklist/USA")).andExpect(jsonPath("$[0].status").value("UNKNOWN"));
    }

    @Test
    void aFindingWithoutItsReferralFlagsIsRecordedAsNotReferred() throws Exception {
        mvc.perform(post("/api/v1/cooperation/findings").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
                {"caseNumber": "ICC-02/05-01/09", "iso3": "NGA", "decided": "2013-09-05", "document": "ICC-test-finding",
                 "source": "test: a request that leaves the referral flags out"}"""))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.referredToAsp").value(false))
            .andExpect(jsonPath("$.referredToSecurityCouncil").value(false));
    }

    @Test
    void writesNeedStaff() throws Exception {
        mvc.perform(post("/api/v1/cooperation/findings").contentType(MediaType.APPLICATION_JSON).content("{}"))
            .andExpect(status().isUnauthorized());
    }
}
