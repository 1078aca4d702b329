package org.amicus.cooperation.internal.staff;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Staff record warrants, status changes, travel, findings and checklist rows through the pages. */
@SpringBootTest
@AutoConfigureMockMvc
class StaffCooperationTest {

    static final RequestPostProcessor STAFF = user("maria").roles("STAFF");

    @Autowired
    MockMvc mvc;

    @Test
    void aWarrantForAnUnknownSituationShowsTheErrorAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/staff/cooperation/warrants").with(STAFF).with(csrf())
                .param("situation", "ATLANTIS").param("suspect", "Test Person").param("kind", "ARREST_WARRANT")
                .param("issued", "2020-01-01").param("crimes", "WAR_CRIMES").param("source", "my source"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("There is no situation &quot;ATLANTIS&quot; in the record.")))
            .andExpect(content().string(containsString("Test Person")));
        mvc.perform(get("/cooperation/warrants")).andExpect(content().string(not(containsString("Test Person"))));
    }

    @Test
    void aWarrantItsStatusChangeAndTravelAreRecordedAndAudited() throws Exception {
        String location = mvc.perform(post("/staff/cooperation/warrants").with(STAFF).with(csrf())
                .param("situation", "LIBYA").param("suspect", "Staff Test Suspect").param("kind", "ARREST_WARRANT")
                .param("issued", "2024-01-10").param("crimes", "WAR_CRIMES").param("source", "press release, test"))
            .andExpect(redirectedUrlPattern("/staff/cooperation/warrants/*"))
            .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/travel").with(STAFF).with(csrf())
                .param("iso3", "ITA").param("arrived", "2024-02-01").param("source", "news report, test"))
            .andExpect(redirectedUrlPattern("/staff/cooperation/warrants/*"));
        mvc.perform(post(location + "/status").with(STAFF).with(csrf())
                .param("status", "SURRENDERED").param("date", "2023-01-01").param("source", "x"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Before the warrant was issued")));
        mvc.perform(post(location + "/status").with(STAFF).with(csrf())
                .param("status", "SURRENDERED").param("date", "2024-03-01").param("source", "ICC press release, test"))
            .andExpect(redirectedUrlPattern("/staff/cooperation/warrants/*"));
        String id = location.substring(location.lastIndexOf('/') + 1);
        // Italy was a State Party when the person sought visited: a missed arrest as of then.
        mvc.perform(get("/api/v1/cooperation/deficit/states/ITA?asOf=2024-02-15"))
            .andExpect(content().string(containsString("\"missedArrests\":1")));
        mvc.perform(get("/api/v1/cooperation/warrants/" + id + "?asOf=2024-02-15"))
            .andExpect(content().string(containsString("\"status\":\"AT_LARGE\"")));
        mvc.perform(get("/api/v1/cooperation/warrants/" + id))
            .andExpect(content().string(containsString("\"status\":\"SURRENDERED\"")));
        mvc.perform(get("/staff/history").param("type", "warrant").param("id", id).with(STAFF))
            .andExpect(content().string(containsString("maria")))
            .andExpect(content().string(containsString("ICC press release, test")));
    }

    @Test
    void theChecklistTakesRecommendationsFromAnImportAndRefusesNonParties() throws Exception {
        mvc.perform(multipart("/staff/cooperation/recommendations").file(new MockMultipartFile("file", "r.csv", "text/csv",
                "number,text_en,source\n2,Second test recommendation,test source\n".getBytes(StandardCharsets.UTF_8)))
                .with(STAFF).with(csrf()))
            .andExpect(redirectedUrl("/staff/cooperation"));
        mvc.perform(post("/staff/cooperation/checklist/IND").with(STAFF).with(csrf())
                .param("recommendation", "2").param("status", "MET").param("assessedOn", "2020-01-01").param("source", "x"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("was not a State Party")));
        mvc.perform(post("/staff/cooperation/checklist/NLD").with(STAFF).with(csrf())
                .param("recommendation", "2").param("status", "NOT_MET").param("assessedOn", "2020-01-01")
                .param("evidence", "No focal point named").param("source", "coalition survey, test"))
            .andExpect(redirectedUrl("/staff/cooperation/checklist/NLD"));
        mvc.perform(get("/cooperation/states/NLD"))
            .andExpect(content().string(containsString("No focal point named")))
            .andExpect(content().string(containsString("Second test recommendation")));
        mvc.perform(get("/api/v1/cooperation/deficit/states/NLD"))
            .andExpect(content().string(containsString("\"recommendationsNotMet\":1")));
    }

    @Test
    void aBrokenImportNamesTheLineAndAddsNothing() throws Exception {
        mvc.perform(multipart("/staff/cooperation/recommendations").file(new MockMultipartFile("file", "r.csv", "text/csv",
                "number,text_en,source\n3,Third,src\n99,Too far,src\n".getBytes(StandardCharsets.UTF_8)))
                .with(STAFF).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Line 3")));
        mvc.perform(get("/api/v1/cooperation/checklist/NLD"))
            .andExpect(content().string(not(containsString("Third"))));
    }

    @Test
    void anEntryMadeInErrorIsRetractedAndStaysInTheHistory() throws Exception {
        String location = mvc.perform(post("/staff/cooperation/warrants").with(STAFF).with(csrf())
                .param("situation", "MALI").param("suspect", "Retraction Test Suspect").param("kind", "ARREST_WARRANT")
                .param("issued", "2023-05-01").param("crimes", "WAR_CRIMES").param("source", "test source"))
            .andReturn().getResponse().getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(post(location + "/travel").with(STAFF).with(csrf())
                .param("iso3", "SEN").param("arrived", "2023-06-01").param("source", "wrong report"));
        mvc.perform(get("/api/v1/cooperation/deficit/states/SEN?asOf=2023-07-01"))
            .andExpect(content().string(containsString("\"missedArrests\":1")));
        String travelId = mvc.perform(get("/api/v1/cooperation/warrants/" + id)).andReturn().getResponse()
            .getContentAsString().replaceAll("(?s).*\"travel\":\\[\\{\"id\":(\\d+).*", "$1");
        mvc.perform(post(location + "/retract").with(STAFF).with(csrf())
                .param("recordType", "TRAVEL").param("recordId", travelId).param("source", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Required.")));
        mvc.perform(post(location + "/retract").with(STAFF).with(csrf())
                .param("recordType", "TRAVEL").param("recordId", travelId).param("source", "the report was about someone else"))
            .andExpect(redirectedUrl(location));
        mvc.perform(get("/api/v1/cooperation/deficit/states/SEN?asOf=2023-07-01"))
            .andExpect(content().string(containsString("\"missedArrests\":0")));
        mvc.perform(get("/staff/history").param("type", "travel").param("id", travelId).with(STAFF))
            .andExpect(content().string(containsString("the report was about someone else")))
            .andExpect(content().string(containsString("wrong report")));
        mvc.perform(post(location + "/retract").with(STAFF).with(csrf())
                .param("recordType", "WARRANT").param("recordId", id).param("source", "entered twice"))
            .andExpect(redirectedUrl("/staff/cooperation"));
        mvc.perform(get("/cooperation/warrants")).andExpect(content().string(not(containsString("Retraction Test Suspect"))));
    }

    @Test
    void aSituationNeedsItsNameInTheFiveLanguages() throws Exception {
        mvc.perform(post("/staff/cooperation/situations").with(STAFF).with(csrf())
                .param("code", "TEST_SITUATION").param("iccNumber", "ICC-99/26").param("iso3", "LTU")
                .param("trigger", "STATE_REFERRAL").param("opened", "2026-01-01").param("nameEn", "Test situation").param("source", "test"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Test situation")));
        mvc.perform(get("/api/v1/cooperation/situations")).andExpect(content().string(not(containsString("TEST_SITUATION"))));
        mvc.perform(post("/staff/cooperation/situations").with(STAFF).with(csrf())
                .param("code", "TEST_SITUATION").param("iccNumber", "ICC-99/26").param("iso3", "LTU")
                .param("trigger", "STATE_REFERRAL").param("opened", "2026-01-01").param("nameEn", "Test situation").param("nameFr", "Situation test")
                .param("nameEs", "Situación de prueba").param("nameAr", "حالة اختبار").param("namePt", "Situação de teste")
                .param("source", "test"))
            .andExpect(redirectedUrl("/staff/cooperation"));
        mvc.perform(get("/api/v1/cooperation/situations?lang=es"))
            .andExpect(content().string(containsString("Situación de prueba")));
    }

    @Test
    void membersCannotRecord() throws Exception {
        mvc.perform(get("/staff/cooperation").with(user("m").roles("MEMBER"))).andExpect(status().isForbidden());
        mvc.perform(get("/staff/cooperation").with(STAFF)).andExpect(status().isOk());
    }
}
