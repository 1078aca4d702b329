package org.amicus.members.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.amicus.members.internal.record.Directory;
import org.amicus.members.internal.record.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Organisations imported through the same dry run and review as people: mapping in three languages, duplicates, line-by-line errors. */
@SpringBootTest
@AutoConfigureMockMvc
class OrganisationImportTest {

    static final RequestPostProcessor STAFF = user("org-importer").roles("STAFF");

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    private String check(byte[] file) throws Exception {
        return mvc.perform(multipart("/staff/members/import/check").file(new MockMultipartFile("file", "organisations.csv", "text/csv", file))
                .param("what", "organisations").with(STAFF).with(csrf()))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aListOfOrganisationsInThreeLanguagesIsCheckedReviewedAndMergedWithTheSameWebsite() throws Exception {
        long existing = directory.save(new Organisation(0, "NGO", "Colombian Commission of Jurists (test org)", null, null, "COL", null,
                null, "http://ccj-test.example.org", List.of("en"), List.of(), null, null, null, null, null, null, List.of())).id();
        byte[] file = getClass().getResourceAsStream("/members/organisation-list.csv").readAllBytes();
        String page = check(file);
        assertThat(page).contains("All 3 rows are good; 1 may already be in the record").contains("same website")
            .contains("CIV").contains("EGY").contains("المنظمة العربية لحقوق الإنسان (اختبار)");
        mvc.perform(post("/staff/members/import/apply").with(STAFF).with(csrf()).param("what", "organisations")
                .param("content", Base64.getEncoder().encodeToString(file)).param("fileName", "organisations.csv")
                .param("decision.3", "merge:" + existing))
            .andExpect(redirectedUrl("/staff/members/import"));

        Organisation merged = directory.organisation(existing);
        assertThat(merged.name()).isEqualTo("Colombian Commission of Jurists (test org)");
        assertThat(merged.acronym()).isEqualTo("CCJ-T");
        assertThat(merged.city()).isEqualTo("Bogotá");
        assertThat(merged.languages()).containsExactly("en", "es");
        assertThat(merged.memberSince()).isEqualTo("2002-01-01");
        long lidho = jdbc.sql("select id from organisation where acronym = 'LIDHO-T'").query(Long.class).single();
        Organisation created = directory.organisation(lidho);
        assertThat(created.country()).isEqualTo("CIV");
        assertThat(created.membershipStatus()).isEqualTo("MEMBER");
        assertThat(created.focusAreas()).containsExactly("victims' rights", "women's rights");
        assertThat(jdbc.sql("select count(*) from organisation where name like '%(prueba org)'").query(Integer.class).single()).isZero();

        assertThat(check(file)).contains("3 may already be in the record");
    }

    @Test
    void badRowsAndRowsRepeatedInTheFileAreReportedLineByLineAndNothingIsRecorded() throws Exception {
        String csv = "Name,Acronym,Country,Website,Member since\n"
                + "Twice Org (test),TW1,KEN,https://twice-test.example.org,2001-01-01\n"
                + "Twice Org again (test),TW2,KEN,http://www.twice-test.example.org/,2001-01-01\n"
                + "Bad Date Org (test),BD,KEN,https://bad-date-test.example.org,next year\n"
                + "Bad Site Org (test),BS,Atlantis,ftp://bad-site-test.example.org,\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);
        String page = check(file);
        assertThat(page).contains("Line 3").contains("was already on line 2").contains("Line 4").contains("next year")
            .contains("Line 5").contains("ATLANTIS").contains("Nothing was applied");
        mvc.perform(post("/staff/members/import/apply").with(STAFF).with(csrf()).param("what", "organisations")
                .param("content", Base64.getEncoder().encodeToString(file)).param("fileName", "bad.csv"))
            .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from organisation where name like '% Org%(test)'").query(Integer.class).single()).isZero();
    }

    @Test
    void theApiRunsTheSameDryRunAndApply() throws Exception {
        byte[] bad = "Name,Country\nApi Bad Country NGO (essai),Atlantis\n".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/api/v1/members/imports").file(new MockMultipartFile("file", "bad.csv", "text/csv", bad))
                .param("what", "organisations").with(STAFF))
            .andExpect(status().isBadRequest())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].line").value(2))
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].field").value("country"));
        byte[] good = "Name,Acronym,Country,Website\nApi Good NGO (essai),AGO,TZA,https://api-good-test.example.org\n"
            .getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/api/v1/members/imports").file(new MockMultipartFile("file", "good.csv", "text/csv", good))
                .param("what", "organisations").with(STAFF))
            .andExpect(status().isOk())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.lines[0].record.acronym").value("AGO"));
        assertThat(jdbc.sql("select count(*) from organisation where acronym = 'AGO'").query(Integer.class).single()).isZero();
        mvc.perform(multipart("/api/v1/members/imports").file(new MockMultipartFile("file", "good.csv", "text/csv", good))
                .param("what", "organisations").param("dryRun", "false").with(STAFF))
            .andExpect(status().isCreated())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.organisationsCreated").value(1));
        assertThat(jdbc.sql("select count(*) from organisation where acronym = 'AGO'").query(Integer.class).single()).isOne();
        mvc.perform(multipart("/api/v1/members/imports").file(new MockMultipartFile("file", "good.csv", "text/csv", good))
                .with(user("m").roles("MEMBER"))).andExpect(status().isForbidden());
    }
}
