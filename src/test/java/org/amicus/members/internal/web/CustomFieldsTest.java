package org.amicus.members.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.amicus.members.internal.record.Directory;
import org.amicus.members.internal.record.MemberAccounts;
import org.amicus.members.internal.record.Organisation;
import org.amicus.platform.AuditEntry;
import org.amicus.platform.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Fields staff define without a code change: defined, checked by type, edited on pages and in the API, filtered, exported, in history. */
@SpringBootTest
@AutoConfigureMockMvc
class CustomFieldsTest {

    static final RequestPostProcessor STAFF = user("cf-staff").roles("STAFF");

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    MemberAccounts accounts;

    @Autowired
    AuditTrail audit;

    private Organisation organisation(String name) {
        return directory.save(new Organisation(0, "NGO", name, null, null, "KEN", null, null, null, List.of(), List.of(), "MEMBER",
                null, null, null, null, null, List.of()));
    }

    @Test
    void staffDefineFieldsAndTheApiChecksEachValueByItsType() throws Exception {
        mvc.perform(post("/api/v1/members/fields").with(STAFF).contentType(MediaType.APPLICATION_JSON)
                .content("{\"recordType\":\"organisation\",\"key\":\"Bad Key\",\"label\":\"\",\"type\":\"CHOICE\",\"choices\":[]}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field", hasItem("key"))).andExpect(jsonPath("$.errors[*].field", hasItem("label")))
            .andExpect(jsonPath("$.errors[*].field", hasItem("choices")));
        for (String field : new String[] {
                "{\"recordType\":\"organisation\",\"key\":\"api_founded\",\"label\":\"Founded\",\"type\":\"DATE\",\"labels\":{\"fr\":\"Fondée le\"}}",
                "{\"recordType\":\"organisation\",\"key\":\"api_budget\",\"label\":\"Budget (USD)\",\"type\":\"NUMBER\"}",
                "{\"recordType\":\"organisation\",\"key\":\"api_network\",\"label\":\"Network\",\"type\":\"CHOICE\",\"choices\":[\"ANDH\",\"FIDH\"]}",
                "{\"recordType\":\"organisation\",\"key\":\"api_icc_observer\",\"label\":\"ICC observer\",\"type\":\"YES_NO\"}" }) {
            mvc.perform(post("/api/v1/members/fields").with(STAFF).contentType(MediaType.APPLICATION_JSON).content(field))
                .andExpect(status().isCreated());
        }
        mvc.perform(post("/api/v1/members/fields").with(STAFF).contentType(MediaType.APPLICATION_JSON)
                .content("{\"recordType\":\"organisation\",\"key\":\"api_budget\",\"label\":\"Again\",\"type\":\"TEXT\"}"))
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("key"));

        long ngo = organisation("Kenya Human Rights Test Org (custom)").id();
        long other = organisation("Kenya Other Test Org (custom)").id();
        String url = "/api/v1/members/organisations/" + ngo + "/fields";
        mvc.perform(put(url).with(STAFF).contentType(MediaType.APPLICATION_JSON)
                .content("{\"api_founded\":\"31/02/1992\",\"api_budget\":\"lots\",\"api_network\":\"UN\",\"api_icc_observer\":\"maybe\",\"nope\":\"x\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field", hasItem("custom.api_founded")))
            .andExpect(jsonPath("$.errors[*].field", hasItem("custom.api_budget")))
            .andExpect(jsonPath("$.errors[*].field", hasItem("custom.api_network")))
            .andExpect(jsonPath("$.errors[*].field", hasItem("custom.api_icc_observer")))
            .andExpect(jsonPath("$.errors[*].field", hasItem("custom.nope")));
        mvc.perform(get(url).with(STAFF)).andExpect(jsonPath("$.api_budget").doesNotExist());
        mvc.perform(put(url).with(STAFF).contentType(MediaType.APPLICATION_JSON)
                .content("{\"api_founded\":\"1992-03-01\",\"api_budget\":\"125 000,50\",\"api_network\":\"fidh\",\"api_icc_observer\":\"oui\"}"))
            .andExpect(status().isOk()).andExpect(jsonPath("$.api_budget").value("125000.5"))
            .andExpect(jsonPath("$.api_network").value("FIDH")).andExpect(jsonPath("$.api_icc_observer").value("true"));

        mvc.perform(get("/api/v1/members/search").with(STAFF).param("cf.api_network", "FIDH").param("country", "KEN"))
            .andExpect(jsonPath("$.hits[*].id", hasItem((int) ngo))).andExpect(jsonPath("$.hits[*].id", not(hasItem((int) other))));
        String csv = mvc.perform(get("/api/v1/members/search.csv").with(STAFF).param("cf.api_icc_observer", "true"))
            .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().findFirst().orElseThrow()).contains("cf.api_budget").contains("cf.api_network");
        assertThat(csv).contains("Kenya Human Rights Test Org (custom)").contains("125000.5").doesNotContain("Kenya Other Test Org");
        assertThat(audit.history("organisation", String.valueOf(ngo))).extracting(AuditEntry::action).contains("custom-fields");

        accounts.link("cf-member", ngo);
        RequestPostProcessor member = user("cf-member").roles("MEMBER");
        mvc.perform(put(url).with(member).contentType(MediaType.APPLICATION_JSON).content("{\"api_budget\":\"130000\"}"))
            .andExpect(jsonPath("$.api_budget").value("130000"));
        mvc.perform(put("/api/v1/members/organisations/" + other + "/fields").with(member).contentType(MediaType.APPLICATION_JSON)
                .content("{\"api_budget\":\"1\"}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/members/fields").with(member).contentType(MediaType.APPLICATION_JSON)
                .content("{\"recordType\":\"person\",\"key\":\"sneaky\",\"label\":\"Sneaky\",\"type\":\"TEXT\"}"))
            .andExpect(status().isForbidden());
    }

    @Test
    void aFieldDefinedOnTheStaffScreenIsEditedOnThePersonPageInTheReadersLanguage() throws Exception {
        mvc.perform(post("/staff/members/fields").with(STAFF).with(csrf()).param("recordType", "person").param("key", "page_bar_year")
                .param("label", "Admitted to the bar").param("label_fr", "Inscrit au barreau").param("type", "NUMBER"))
            .andExpect(redirectedUrl("/staff/members/fields"));
        long person = directory.save(new org.amicus.members.internal.record.Person(0, "Custom Field Lawyer", null, "KEN", List.of(),
                null, null, List.of(), List.of(), List.of(), List.of(), null, null, null, null, null, null, List.of(), List.of())).id();
        String bad = mvc.perform(post("/members/people/" + person + "/fields").with(STAFF).with(csrf()).param("cf.page_bar_year", "nineteen")
                .param("lang", "fr")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("nineteen n&#39;est pas un nombre").contains("Inscrit au barreau");
        mvc.perform(post("/members/people/" + person + "/fields").with(STAFF).with(csrf()).param("cf.page_bar_year", "1998"))
            .andExpect(redirectedUrl("/members/people/" + person));
        String page = mvc.perform(get("/members/people/" + person).param("lang", "en").with(STAFF)).andReturn().getResponse()
            .getContentAsString();
        assertThat(page).contains("Admitted to the bar").contains("value=\"1998\"");
        mvc.perform(get("/api/v1/members/people/" + person + "/export").with(STAFF))
            .andExpect(jsonPath("$.customFields.page_bar_year").value("1998"));
    }

    @Test
    void aMergeCarriesCustomValuesTheKeptRecordLacksAndUndoTakesThemBack() throws Exception {
        mvc.perform(post("/api/v1/members/fields").with(STAFF).contentType(MediaType.APPLICATION_JSON)
                .content("{\"recordType\":\"organisation\",\"key\":\"merge_registration\",\"label\":\"Registration number\",\"type\":\"TEXT\"}"))
            .andExpect(status().isCreated());
        long kept = organisation("Merge Kept Org (custom)").id();
        long merged = organisation("Merge Gone Org (custom)").id();
        mvc.perform(put("/api/v1/members/organisations/" + merged + "/fields").with(STAFF).contentType(MediaType.APPLICATION_JSON)
            .content("{\"merge_registration\":\"OP 218/051/2001\"}")).andExpect(status().isOk());
        String merge = mvc.perform(post("/api/v1/members/merges").with(STAFF).contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"organisation\",\"keptId\":" + kept + ",\"mergedId\":" + merged + "}"))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(get("/api/v1/members/organisations/" + kept + "/fields").with(STAFF))
            .andExpect(jsonPath("$.merge_registration").value("OP 218/051/2001"));
        long mergeId = ((Number) com.jayway.jsonpath.JsonPath.read(merge, "$.id")).longValue();
        mvc.perform(post("/api/v1/members/merges/" + mergeId + "/undo").with(STAFF)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/members/organisations/" + kept + "/fields").with(STAFF))
            .andExpect(jsonPath("$.merge_registration").doesNotExist());
    }
}
