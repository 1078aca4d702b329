package org.amicus.members.internal.web;

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

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.amicus.members.internal.record.Directory;
import org.amicus.members.internal.record.MemberAccounts;
import org.amicus.members.internal.record.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The members screens: import in any encoding with a dry run and duplicates, search pages, member self-service. */
@SpringBootTest
@AutoConfigureMockMvc
class MemberPagesTest {

    static final RequestPostProcessor STAFF = user("lea").roles("STAFF");

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    MemberAccounts accounts;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private String check(byte[] file, String name) throws Exception {
        return mvc.perform(multipart("/staff/members/import/check").file(new MockMultipartFile("file", name, "text/csv", file))
                .with(STAFF).with(csrf()))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aListInEveryCommonEncodingReadsTheSame() throws Exception {
        String csv = "Name;E-mail;Country\nJosé Núñez;jose.nunez@example.org;Perú\nFrançois Ndiaye;f.ndiaye@example.org;SEN\n";
        for (Charset cs : new Charset[] { StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16LE,
                StandardCharsets.UTF_16BE }) {
            String page = check(csv.getBytes(cs), "list.csv");
            org.assertj.core.api.Assertions.assertThat(page).as(cs.name()).contains("José Núñez").contains("François Ndiaye")
                .contains("PER").contains("All 2 rows are good");
        }
        byte[] bom = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(check(bom, "bom.csv")).contains("José Núñez");
    }

    @Test
    void badLinesAreReportedOneByOneAndNothingIsImported() throws Exception {
        String csv = "name,email,phone,country\n"
                + "Good Person,good.person@example.org,+1 555 0100,USA\n"
                + "Bad Mail,not-an-address,,USA\n"
                + "Bad Phone,bad.phone@example.org,call me maybe,USA\n"
                + "Bad Country,bad.country@example.org,,Atlantis\n";
        String page = check(csv.getBytes(StandardCharsets.UTF_8), "bad.csv");
        org.assertj.core.api.Assertions.assertThat(page).contains("Line 3").contains("not-an-address").contains("Line 4")
            .contains("call me maybe").contains("Line 5").contains("ATLANTIS").contains("Nothing was applied");
        mvc.perform(post("/staff/members/import/apply").with(STAFF).with(csrf())
                .param("content", Base64.getEncoder().encodeToString(csv.getBytes(StandardCharsets.UTF_8))).param("fileName", "bad.csv"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Nothing was applied")));
        mvc.perform(get("/staff/members").param("q", "good person").with(STAFF))
            .andExpect(content().string(not(containsString("Good Person"))));
    }

    @Test
    void brokenQuotingIsRefusedWithItsLine() throws Exception {
        String csv = "name,email\n\"Fine\",fine@example.org\n\"Broken \"quote\" here,x@example.org\n";
        org.assertj.core.api.Assertions.assertThat(check(csv.getBytes(StandardCharsets.UTF_8), "broken.csv"))
            .contains("Line 3").contains("Broken quoting");
    }

    @Test
    void theThreeLanguageListImportsAndFindsDuplicatesOnTheSecondPass() throws Exception {
        byte[] file = getClass().getResourceAsStream("/members/member-list.csv").readAllBytes();
        String first = check(file, "member-list.csv");
        org.assertj.core.api.Assertions.assertThat(first).contains("All 6 rows are good");
        mvc.perform(post("/staff/members/import/apply").with(STAFF).with(csrf())
                .param("content", Base64.getEncoder().encodeToString(file)).param("fileName", "member-list.csv"))
            .andExpect(redirectedUrl("/staff/members/import"));
        mvc.perform(get("/staff/members").param("q", "محمد").with(STAFF))
            .andExpect(content().string(containsString("محمد الأمين")));
        mvc.perform(get("/staff/members").param("country", "SEN").param("type", "person").with(STAFF))
            .andExpect(content().string(containsString("Aminata Diallo")))
            .andExpect(content().string(not(containsString("Grace Wanjiru"))));
        String second = check(file, "member-list.csv");
        org.assertj.core.api.Assertions.assertThat(second).contains("6 may already be in the record").contains("same e-mail");
    }

    @Test
    void aMemberUserEditsTheirOwnOrganisationAndNobodyElses() throws Exception {
        Organisation own = directory.save(new Organisation(0, "NGO", "Pages Own NGO", null, null, "GHA", null, null, null,
                java.util.List.of(), java.util.List.of(), "MEMBER", null, null, null, null, null, java.util.List.of()));
        Organisation other = directory.save(new Organisation(0, "NGO", "Pages Other NGO", null, null, "GHA", null, null, null,
                java.util.List.of(), java.util.List.of(), "MEMBER", null, null, null, null, null, java.util.List.of()));
        accounts.link("pages-member", own.id());
        RequestPostProcessor member = user("pages-member").roles("MEMBER");
        mvc.perform(get("/members").with(member)).andExpect(content().string(containsString("/members/organisations/" + own.id())));
        mvc.perform(post("/members/organisations/" + own.id()).with(member).with(csrf())
                .param("name", "Pages Own NGO (Accra)").param("country", "GHA").param("website", "ftp://nope"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("A website starts with http")));
        mvc.perform(post("/members/organisations/" + own.id()).with(member).with(csrf())
                .param("name", "Pages Own NGO (Accra)").param("country", "GHA").param("kind", "MEDIA"))
            .andExpect(redirectedUrl("/members/organisations/" + own.id()));
        org.assertj.core.api.Assertions.assertThat(directory.organisation(own.id()).name()).isEqualTo("Pages Own NGO (Accra)");
        org.assertj.core.api.Assertions.assertThat(directory.organisation(own.id()).kind()).isEqualTo("NGO");
        mvc.perform(get("/members/organisations/" + other.id()).with(member)).andExpect(status().isForbidden());
        mvc.perform(post("/members/organisations/" + other.id()).with(member).with(csrf()).param("name", "Taken over"))
            .andExpect(status().isForbidden());
        mvc.perform(get("/staff/members").with(member)).andExpect(status().isForbidden());
        org.assertj.core.api.Assertions.assertThat(directory.organisation(other.id()).name()).isEqualTo("Pages Other NGO");
    }

    @Test
    void staffAddAPersonToAnOrganisationAndEditTheirNamesCountryLanguagesAndTags() throws Exception {
        Organisation ngo = directory.save(new Organisation(0, "NGO", "Pages Form NGO", null, null, "SEN", null, null, null,
                java.util.List.of(), java.util.List.of(), "MEMBER", null, null, null, null, null, java.util.List.of()));
        String created = mvc.perform(post("/members/organisations/" + ngo.id() + "/people").with(STAFF).with(csrf())
                .param("name", "Aminata Diallo").param("email", "a.diallo@example.org").param("role", "Director"))
            .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
        mvc.perform(post("/members/people/" + id).with(STAFF).with(csrf()).param("name", "أميناتا ديالو")
                .param("nameLatin", "Aminata Diallo").param("country", "SEN").param("languages", "fr, wo")
                .param("email", "a.diallo@example.org").param("phone", "+221 33 000 0000; +221 77 000 0000").param("tags", "Founding"))
            .andExpect(redirectedUrl("/members/people/" + id));
        var p = directory.person(id);
        org.assertj.core.api.Assertions.assertThat(p.name()).isEqualTo("أميناتا ديالو");
        org.assertj.core.api.Assertions.assertThat(p.nameLatin()).isEqualTo("Aminata Diallo");
        org.assertj.core.api.Assertions.assertThat(p.country()).isEqualTo("SEN");
        org.assertj.core.api.Assertions.assertThat(p.languages()).containsExactly("fr", "wo");
        org.assertj.core.api.Assertions.assertThat(p.phones()).containsExactly("+221 33 000 0000", "+221 77 000 0000");
        org.assertj.core.api.Assertions.assertThat(p.tags()).as("tags are kept in lower case").containsExactly("founding");
        mvc.perform(get("/members/people/" + id).with(STAFF))
            .andExpect(content().string(containsString("value=\"fr, wo\"")))
            .andExpect(content().string(containsString("value=\"Aminata Diallo\"")))
            .andExpect(content().string(containsString("value=\"founding\"")));
    }

    @Test
    void aSearchPageSavesASmartGroupAndLogsTheLook() throws Exception {
        mvc.perform(get("/staff/members").param("country", "PER").with(STAFF)).andExpect(status().isOk());
        mvc.perform(post("/staff/members/smart-groups").with(STAFF).with(csrf()).param("name", "Peru contacts")
                .param("query", "country=PER"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get("/staff/members").with(STAFF)).andExpect(content().string(containsString("Peru contacts")));
        mvc.perform(get("/staff/members/access-log").with(STAFF)).andExpect(content().string(containsString("lea")));
    }

    @Test
    void everyViewOfAPersonsPageIsLoggedAndTheLogFiltersByUserAndRecord() throws Exception {
        long seen = directory.save(new org.amicus.members.internal.record.Person(0, "Logged Viewee", null, "GHA", java.util.List.of(),
                null, null, java.util.List.of("viewee@example.org"), java.util.List.of(), java.util.List.of(), java.util.List.of(), null,
                null, null, null, null, null, java.util.List.of(), java.util.List.of())).id();
        mvc.perform(get("/members/people/" + seen).with(user("viewer-one").roles("STAFF"))).andExpect(status().isOk());
        mvc.perform(get("/members/people/" + seen).with(user("viewer-two").roles("STAFF"))).andExpect(status().isOk());
        String byRecord = mvc.perform(get("/staff/members/access-log").param("person", String.valueOf(seen)).with(STAFF))
            .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(byRecord).contains("viewer-one").contains("viewer-two").contains("person-page")
            .contains("person " + seen);
        String byUser = mvc.perform(get("/staff/members/access-log").param("actor", "viewer-one").with(STAFF))
            .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(byUser).contains("person " + seen).doesNotContain("viewer-two");
    }

    @Test
    void staffAddAPersonToAGroupOnItsPageSeeTheCoordinatorAndEndTheMembership() throws Exception {
        String created = mvc.perform(post("/members/groups").with(STAFF).with(csrf()).param("kind", "ISSUE_TEAM")
                .param("name", "Team on Victims' Rights (test)")).andReturn().getResponse().getRedirectedUrl();
        long group = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
        long person = directory.save(new org.amicus.members.internal.record.Person(0, "Team Member Test", null, "UGA", java.util.List.of(),
                null, null, java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), null,
                null, null, null, null, null, java.util.List.of(), java.util.List.of())).id();
        mvc.perform(post("/staff/members/groups/" + group + "/members").with(STAFF).with(csrf()).param("personId", String.valueOf(person))
                .param("role", "co-chair").param("from", "2020-01-01").param("until", "2019-01-01"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("The end date is before the start date")));
        mvc.perform(post("/staff/members/groups/" + group + "/members").with(STAFF).with(csrf()).param("personId", String.valueOf(person))
                .param("role", "co-chair").param("from", "2020-01-01"))
            .andExpect(redirectedUrl("/staff/members/groups/" + group));
        mvc.perform(post("/staff/members/groups/" + group + "/coordinator").with(STAFF).with(csrf()).param("personId", String.valueOf(person)))
            .andExpect(redirectedUrl("/staff/members/groups/" + group));
        String page = mvc.perform(get("/staff/members/groups/" + group).with(STAFF)).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page).contains("Team on Victims&#39; Rights (test)").contains("co-chair")
            .contains("Current members");
        org.assertj.core.api.Assertions.assertThat(page.substring(page.indexOf("id=\"coordinator\""))).contains("Team Member Test");
        long membership = jdbc.sql("select id from group_membership where group_id = ?").param(group).query(Long.class).single();
        mvc.perform(post("/staff/members/groups/" + group + "/members/" + membership).with(STAFF).with(csrf())
                .param("role", "co-chair").param("from", "2020-01-01").param("until", "2021-06-30"))
            .andExpect(redirectedUrl("/staff/members/groups/" + group));
        String after = mvc.perform(get("/staff/members/groups/" + group).with(STAFF)).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(after).contains("Past members").contains("2021-06-30").doesNotContain("members-current");
        mvc.perform(get("/staff/members/groups/" + group).with(user("m").roles("MEMBER"))).andExpect(status().isForbidden());
    }
}
