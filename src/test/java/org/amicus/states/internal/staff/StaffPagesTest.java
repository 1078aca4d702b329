package org.amicus.states.internal.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Staff keep the record through the pages; every change shows up in the history and the audit log. */
@SpringBootTest
@AutoConfigureMockMvc
class StaffPagesTest {

    static final RequestPostProcessor STAFF = user("maria").roles("STAFF");
    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Test
    void aFormWithoutSourceShowsTheErrorBesideTheFieldAndKeepsTheInput() throws Exception {
        mvc.perform(post("/staff/states/BTN/events").with(STAFF).with(csrf())
                .param("type", "SIGNATURE").param("date", "2000-05-05").param("note", "my note").param("source", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("A source is required")))
            .andExpect(content().string(containsString("my note")));
        mvc.perform(post("/staff/states/BTN/events").with(STAFF).with(csrf()).header("Accept-Language", "es")
                .param("type", "SIGNATURE").param("date", "2003-05-05").param("source", "x"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("31 de diciembre de 2000")));
    }

    @Test
    void addingThenVoidingAnEventIsAuditedWithWhoAndSource() throws Exception {
        mvc.perform(post("/staff/states/LAO/events").with(STAFF).with(csrf())
                .param("type", "SIGNATURE").param("date", "2000-12-29").param("source", "UNTC check, 2026").param("note", "test"))
            .andExpect(redirectedUrl("/staff/states/LAO"));
        mvc.perform(get("/staff/states/LAO").with(STAFF))
            .andExpect(content().string(containsString("UNTC check, 2026")));
        mvc.perform(get("/staff/history").param("type", "state").param("id", "LAO").with(STAFF))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("maria")))
            .andExpect(content().string(containsString("event-added")))
            .andExpect(content().string(containsString("UNTC check, 2026")));
        mvc.perform(get("/admin/audit").param("q", "untc check").with(ADMIN))
            .andExpect(content().string(containsString("LAO")));
        mvc.perform(get("/admin/audit").param("actor", "nobody-at-all").with(ADMIN))
            .andExpect(content().string(not(containsString("UNTC check, 2026"))));
    }

    @Test
    void aRefusedVoidShowsItsProblemAfterTheRedirectThroughTheStoredSession() throws Exception {
        String ken = mvc.perform(get("/api/v1/states/KEN")).andReturn().getResponse().getContentAsString();
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(ken);
        assertThat(id.find()).isTrue();
        MvcResult refused = mvc.perform(post("/staff/states/KEN/events/" + id.group(1) + "/void").with(STAFF).with(csrf())
                .param("source", ""))
            .andExpect(redirectedUrl("/staff/states/KEN"))
            .andReturn();
        Cookie session = refused.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        mvc.perform(get("/staff/states/KEN").with(STAFF).cookie(session))
            .andExpect(content().string(containsString("A source is required")));
    }

    @Test
    void theImportPageReportsEveryBadLineAndAppliesNothing() throws Exception {
        String csv = "iso3,type,date,instrument_type,effective_date,source,note\n"
                + "SOM,SIGNATURE,1999-01-01,,,src,\n"
                + "SOM,BANANA,1999-01-01,,,src,\n"
                + "SOM,SIGNATURE,1999-02-30,,,src,\n";
        mvc.perform(multipart("/staff/import/check").file(new MockMultipartFile("file", "events.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).with(STAFF).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Line 3")))
            .andExpect(content().string(containsString("Unknown event type")))
            .andExpect(content().string(containsString("Line 4")))
            .andExpect(content().string(containsString("Nothing was applied")));
        mvc.perform(get("/api/v1/states/SOM")).andExpect(content().string(not(containsString("1999-01-01"))));
    }

    @Test
    void aDryRunThatPassesOffersToApplyExactlyThatFile() throws Exception {
        String csv = "iso3,type,date,instrument_type,effective_date,source,note\n"
                + "SSD,SIGNATURE,2000-12-30,,,import test source,\n";
        mvc.perform(multipart("/staff/import/check").file(new MockMultipartFile("file", "ok.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).with(STAFF).with(csrf()))
            .andExpect(content().string(containsString("Nothing has been applied yet")));
        mvc.perform(post("/staff/import/apply").with(STAFF).with(csrf())
                .param("content", java.util.Base64.getEncoder().encodeToString(csv.getBytes(StandardCharsets.UTF_8))))
            .andExpect(redirectedUrl("/staff/import"));
        mvc.perform(get("/staff/states/SSD").with(STAFF)).andExpect(content().string(containsString("import test source")));
    }

    @Test
    void theCampaignTargetKeepsEveryChoice() throws Exception {
        mvc.perform(post("/staff/campaign-targets").with(STAFF).with(csrf()).param("month", "2009-10").param("iso3", "MDA"))
            .andExpect(redirectedUrl("/staff/campaign-targets"));
        mvc.perform(post("/staff/campaign-targets").with(STAFF).with(csrf()).param("month", "2009-10").param("iso3", "UKR"))
            .andExpect(redirectedUrl("/staff/campaign-targets"));
        mvc.perform(get("/staff/campaign-targets").with(STAFF))
            .andExpect(content().string(containsString("MDA")))
            .andExpect(content().string(containsString("UKR")));
        mvc.perform(get("/states/UKR").with(STAFF)).andExpect(content().string(containsString("2009-10")));
    }

    @Test
    void categoriesAreDatedFactsWithSources() throws Exception {
        mvc.perform(get("/states/IND")).andExpect(content().string(containsString("CICC Three-Year Strategy")));
        mvc.perform(get("/api/v1/states?asOf=2010-01-01"))
            .andExpect(content().string(containsString("MAJOR_MIDDLE_POWER")));
        mvc.perform(get("/api/v1/states?asOf=2009-07-06"))
            .andExpect(content().string(not(containsString("MAJOR_MIDDLE_POWER"))));
        mvc.perform(get("/tracker").param("category", "ON_THE_VERGE").param("asOf", "2010-01-01"))
            .andExpect(content().string(containsString("Moldova")))
            .andExpect(content().string(containsString("2 states")));
    }
}
