package org.amicus.members.internal.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.amicus.members.internal.record.MemberAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/** The members API: records, search with filters, smart groups, merges, consents and who may touch what. */
@SpringBootTest
@AutoConfigureMockMvc
class MembersApiTest {

    static final RequestPostProcessor STAFF = user("ana").roles("STAFF");

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberAccounts accounts;

    @Autowired
    org.amicus.platform.AuditTrail audit;

    long organisation(String json) throws Exception {
        String body = mvc.perform(post("/api/v1/members/organisations").with(STAFF).contentType(MediaType.APPLICATION_JSON).content(json))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    long person(String personJson, Long organisationId) throws Exception {
        String body = mvc.perform(post("/api/v1/members/people").with(STAFF).contentType(MediaType.APPLICATION_JSON)
                .content("{\"person\":" + personJson + ",\"organisationId\":" + organisationId + ",\"role\":\"Director\"}"))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void latinSpellingsFindArabicNamesAndTheOtherWayRound() throws Exception {
        person("""
                {"name":"محمد البشير","country":"SDN","emails":["m.bashir@example.org"]}""", null);
        person("""
                {"name":"Mohammed Skeleton-Test","country":"JOR","emails":["m.skel@example.org"]}""", null);
        for (String spelling : new String[] { "Mohamed", "Muhammad", "Al-Bashir", "mohamed el bashir" }) {
            mvc.perform(get("/api/v1/members/search").with(STAFF).param("q", spelling).param("country", "SDN"))
                .andExpect(jsonPath("$.hits[*].name", hasItem("محمد البشير")));
        }
        mvc.perform(get("/api/v1/members/search").with(STAFF).param("q", "محمد").param("country", "JOR"))
            .andExpect(jsonPath("$.hits[*].name", hasItem("Mohammed Skeleton-Test")));
        mvc.perform(get("/api/v1/members/search").with(STAFF).param("q", "Karim").param("country", "SDN"))
            .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void staffKeepGroupMembershipsWithRolesDatesAndACoordinatorAndPastMembersStay() throws Exception {
        String body = mvc.perform(post("/api/v1/members/groups").with(STAFF).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"NATIONAL_COALITION\",\"name\":\"Coalition nationale (test API)\",\"country\":\"CIV\"}"))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long group = ((Number) JsonPath.read(body, "$.id")).longValue();
        long ligue = organisation("{\"kind\":\"NGO\",\"name\":\"Ligue ivoirienne (test API)\",\"country\":\"CIV\"}");
        long coordinator = person("{\"name\":\"Awa Koné\",\"country\":\"CIV\"}", ligue);
        String member = mvc.perform(post("/api/v1/members/groups/" + group + "/members").with(STAFF).contentType(MediaType.APPLICATION_JSON)
                .content("{\"organisationId\":" + ligue + ",\"role\":\"founding member\",\"from\":\"2002-07-01\"}"))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long membership = ((Number) JsonPath.read(member, "$.id")).longValue();
        mvc.perform(post("/api/v1/members/groups/" + group + "/members").with(STAFF).contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\":" + coordinator + ",\"role\":\"focal point\",\"from\":\"2010-01-01\",\"until\":\"2009-01-01\"}"))
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("until"));
        mvc.perform(post("/api/v1/members/groups/" + group + "/members").with(STAFF).contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\":" + coordinator + ",\"organisationId\":" + ligue + "}"))
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("member"));
        mvc.perform(put("/api/v1/members/groups/" + group + "/coordinator").with(STAFF).contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\":" + coordinator + "}"))
            .andExpect(jsonPath("$.coordinatorPersonId").value(coordinator));
        mvc.perform(get("/api/v1/members/search").with(STAFF).param("team", String.valueOf(group)))
            .andExpect(jsonPath("$.hits[*].name", hasItem("Ligue ivoirienne (test API)")));
        mvc.perform(put("/api/v1/members/groups/" + group + "/members/" + membership).with(STAFF).contentType(MediaType.APPLICATION_JSON)
                .content("{\"role\":\"founding member\",\"from\":\"2002-07-01\",\"until\":\"2015-12-31\"}"))
            .andExpect(jsonPath("$.toDate").value("2015-12-31"));
        mvc.perform(get("/api/v1/members/groups/" + group).with(STAFF))
            .andExpect(jsonPath("$.group.coordinatorPersonId").value(coordinator))
            .andExpect(jsonPath("$.current").isEmpty())
            .andExpect(jsonPath("$.past[0].organisationId").value(ligue));
        mvc.perform(get("/api/v1/members/search").with(STAFF).param("team", String.valueOf(group)))
            .andExpect(jsonPath("$.total").value(0));
        org.assertj.core.api.Assertions.assertThat(audit.history("group", String.valueOf(group)))
            .extracting(org.amicus.platform.AuditEntry::action).contains("created", "member-added", "coordinator", "member-changed");
        mvc.perform(get("/api/v1/members/groups/" + group).with(user("m").roles("MEMBER"))).andExpect(status().isForbidden());
    }

    @Test
    void nothingIsPublic() throws Exception {
        mvc.perform(get("/api/v1/members/search")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/members/search").with(user("m").roles("MEMBER"))).andExpect(status().isForbidden())
            .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void searchFoldsAccentsScriptsAndHyphensAndFiltersCombine() throws Exception {
        long org = organisation("""
                {"kind":"NGO","name":"Réseau des défenseurs","country":"SEN","region":"Africa","languages":["fr","wo"],
                 "membershipStatus":"MEMBER","tags":["Founding"]}""");
        person("""
                {"name":"Omar Al-Bashiri","country":"SEN","languages":["fr","ar"],"emails":["omar@example.org"]}""", org);
        person("""
                {"name":"Алексей Зуев","country":"RUS","languages":["ru"],"emails":["zuev@example.org"]}""", null);
        mvc.perform(get("/api/v1/members/search").with(STAFF).param("q", "reseau defenseurs"))
            .andExpect(jsonPath("$.hits[*].name", hasItem("Réseau des défenseurs")));
        mvc.perform(get("/api/v1/members/search").with(STAFF).param("q", "al bashiri"))
            .andExpect(jsonPath("$.hits[*].name", hasItem("Omar Al-Bashiri")));
        mvc.perform(get("/api/v1/members/search").with(STAFF).param("q", "zuev"))
            .andExpect(jsonPath("$.hits[*].name", hasItem("Алексей Зуев")));
        mvc.perform(get("/api/v1/members/search").with(STAFF).param("country", "SEN").param("language", "ar"))
            .andExpect(jsonPath("$.total").value(1))
            .andExpect(jsonPath("$.hits[0].name").value("Omar Al-Bashiri"));
        mvc.perform(get("/api/v1/members/search").with(STAFF).param("tag", "founding").param("type", "organisation"))
            .andExpect(jsonPath("$.hits[*].name", hasItem("Réseau des défenseurs")));
        mvc.perform(get("/api/v1/members/search").with(STAFF).param("size", "0"))
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void badInputIsRefusedFieldByField() throws Exception {
        mvc.perform(post("/api/v1/members/people").with(STAFF).contentType(MediaType.APPLICATION_JSON)
                .content("{\"person\":{\"name\":\"X\",\"emails\":[\"not-an-address\"],\"phones\":[\"call me\"],\"country\":\"ZZZ\"}}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field", hasItem("email")))
            .andExpect(jsonPath("$.errors[*].field", hasItem("phone")))
            .andExpect(jsonPath("$.errors[*].field", hasItem("country")));
    }

    @Test
    void aSmartGroupStaysCurrent() throws Exception {
        long org = organisation("{\"kind\":\"NGO\",\"name\":\"Uganda Coalition Test\",\"country\":\"UGA\",\"languages\":[\"sw\"]}");
        person("{\"name\":\"Grace Achieng\",\"country\":\"UGA\",\"preferredLanguage\":\"en\",\"emails\":[\"grace@example.org\"]}", org);
        String body = mvc.perform(post("/api/v1/members/smart-groups").with(STAFF).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Swahili-speaking Uganda\",\"query\":\"country=UGA&language=sw\"}"))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long group = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(get("/api/v1/members/smart-groups/" + group + "/people").with(STAFF))
            .andExpect(content().string(containsString("Grace Achieng")))
            .andExpect(content().string(not(containsString("Joseph Okello"))));
        person("{\"name\":\"Joseph Okello\",\"country\":\"UGA\",\"languages\":[\"sw\"]}", null);
        mvc.perform(get("/api/v1/members/smart-groups/" + group + "/people").with(STAFF))
            .andExpect(content().string(containsString("Joseph Okello")));
    }

    @Test
    void aMemberEditsOnlyTheirOwnOrganisationAndItsPeople() throws Exception {
        long own = organisation("{\"kind\":\"NGO\",\"name\":\"Own NGO\",\"country\":\"KEN\",\"membershipStatus\":\"MEMBER\"}");
        long other = organisation("{\"kind\":\"NGO\",\"name\":\"Other NGO\",\"country\":\"KEN\"}");
        long colleague = person("{\"name\":\"Wanjiru Kamau\",\"country\":\"KEN\"}", own);
        long stranger = person("{\"name\":\"Stranger\",\"country\":\"KEN\"}", other);
        accounts.link("own-member", own);
        RequestPostProcessor member = user("own-member").roles("MEMBER");
        mvc.perform(put("/api/v1/members/organisations/" + own).with(member).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"MEDIA\",\"name\":\"Own NGO renamed\",\"country\":\"KEN\",\"membershipStatus\":\"FORMER\"}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.name").value("Own NGO renamed"))
            .andExpect(jsonPath("$.kind").value("NGO"))
            .andExpect(jsonPath("$.membershipStatus").value("MEMBER"));
        mvc.perform(get("/api/v1/members/organisations/" + other).with(member)).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/members/organisations/" + other).with(member).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"NGO\",\"name\":\"Hijacked\"}")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/members/people/" + colleague).with(member)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/members/people/" + stranger).with(member)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/members/organisations/" + other).with(STAFF)).andExpect(jsonPath("$.name").value("Other NGO"));
    }

    @Test
    void mergingPeopleKeepsTheirLinksAndCanBeUndone() throws Exception {
        long org = organisation("{\"kind\":\"NGO\",\"name\":\"Merge Test NGO\",\"country\":\"PER\"}");
        long kept = person("{\"name\":\"María Quispe\",\"country\":\"PER\",\"emails\":[\"maria@example.org\"]}", null);
        long merged = person("{\"name\":\"Maria Quispe\",\"country\":\"PER\",\"emails\":[\"mquispe@example.org\"],\"tags\":[\"expert\"]}", org);
        mvc.perform(post("/api/v1/members/people/" + merged + "/consents").with(STAFF).contentType(MediaType.APPLICATION_JSON)
                .content("{\"purpose\":\"NEWSLETTER\",\"granted\":true,\"source\":\"sign-up form 2026\"}"))
            .andExpect(status().isOk());
        String body = mvc.perform(post("/api/v1/members/merges").with(STAFF).contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"person\",\"keptId\":" + kept + ",\"mergedId\":" + merged + "}"))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long merge = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(get("/api/v1/members/people/" + kept).with(STAFF))
            .andExpect(jsonPath("$.emails[0]").value("maria@example.org"))
            .andExpect(jsonPath("$.emails", hasItem("mquispe@example.org")))
            .andExpect(jsonPath("$.tags", hasItem("expert")));
        mvc.perform(get("/api/v1/members/people/" + merged).with(STAFF)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/members/organisations/" + org + "/people").with(STAFF))
            .andExpect(jsonPath("$[0].personId").value(kept));
        mvc.perform(get("/api/v1/members/people/" + kept + "/export").with(STAFF))
            .andExpect(jsonPath("$.consents[0].purpose").value("NEWSLETTER"));

        mvc.perform(post("/api/v1/members/merges/" + merge + "/undo").with(STAFF)).andExpect(jsonPath("$.undone").value(true));
        mvc.perform(get("/api/v1/members/people/" + merged).with(STAFF))
            .andExpect(jsonPath("$.emails[0]").value("mquispe@example.org"));
        mvc.perform(get("/api/v1/members/people/" + kept).with(STAFF))
            .andExpect(jsonPath("$.emails", not(hasItem("mquispe@example.org"))))
            .andExpect(jsonPath("$.tags", not(hasItem("expert"))));
        mvc.perform(get("/api/v1/members/organisations/" + org + "/people").with(STAFF))
            .andExpect(jsonPath("$[0].personId").value(merged));
    }

    @Test
    void erasureRemovesPersonalDataButKeepsTheCount() throws Exception {
        long org = organisation("{\"kind\":\"NGO\",\"name\":\"Erasure Test NGO\",\"country\":\"BRA\"}");
        long p = person("{\"name\":\"Joana Erasable\",\"country\":\"BRA\",\"emails\":[\"joana@example.org\"]}", org);
        mvc.perform(post("/api/v1/members/people/" + p + "/erasure").with(STAFF).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"request by e-mail\"}")).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/members/people/" + p).with(STAFF)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/members/search").with(STAFF).param("q", "joana erasable")).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/members/organisations/" + org + "/people").with(STAFF)).andExpect(status().isOk());
        mvc.perform(get("/staff/history").param("type", "person").param("id", String.valueOf(p)).with(STAFF))
            .andExpect(content().string(not(containsString("joana@example.org"))));
    }

    @Test
    void exportsNeutraliseFormulas() throws Exception {
        organisation("{\"kind\":\"NGO\",\"name\":\"=HYPERLINK(\\\"http://evil\\\")\",\"country\":\"FRA\",\"tags\":[\"formula-test\"]}");
        mvc.perform(get("/api/v1/members/search.csv").with(STAFF).param("tag", "formula-test"))
            .andExpect(content().string(containsString("'=HYPERLINK")));
    }
}
