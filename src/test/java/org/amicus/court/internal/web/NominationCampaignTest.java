package org.amicus.court.internal.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.amicus.court.internal.election.Drafts.CandidateDraft;
import org.amicus.court.internal.election.Elections;
import org.amicus.court.internal.election.Gender;
import org.amicus.court.internal.election.JudgeList;
import org.amicus.court.internal.election.Procedure;
import org.amicus.court.internal.election.Region;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The nomination campaign of a constructed election (not a real one): the Advisory Committee's
 * assessments entered by staff, clean slates within a list and a regional group, and a statement of
 * the coalition in French, read in English and Arabic.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NominationCampaignTest {

    static final RequestPostProcessor STAFF = user("maria").roles("STAFF");

    @Autowired
    MockMvc mvc;
    @Autowired
    Elections elections;

    @Test
    void staffRecordTheAssessmentsAndAStatementAndThePortalShowsQualifiedCandidatesAndCleanSlates() throws Exception {
        long id = TestElections.sixJudges(mvc, "Campaign test election");
        // Twelve judges stay: 8 of list A and 4 of list B, six women and six men, no Eastern European.
        TestElections.staying(elections, id, new Object[][] { { Gender.FEMALE, Region.AFRICAN, JudgeList.A },
            { Gender.MALE, Region.AFRICAN, JudgeList.A }, { Gender.FEMALE, Region.AFRICAN, JudgeList.B }, { Gender.MALE, Region.ASIA_PACIFIC, JudgeList.A },
            { Gender.FEMALE, Region.ASIA_PACIFIC, JudgeList.B }, { Gender.FEMALE, Region.LATIN_AMERICAN_CARIBBEAN, JudgeList.A },
            { Gender.MALE, Region.LATIN_AMERICAN_CARIBBEAN, JudgeList.A }, { Gender.FEMALE, Region.LATIN_AMERICAN_CARIBBEAN, JudgeList.B },
            { Gender.MALE, Region.LATIN_AMERICAN_CARIBBEAN, JudgeList.A }, { Gender.FEMALE, Region.WESTERN_EUROPEAN_OTHERS, JudgeList.A },
            { Gender.MALE, Region.WESTERN_EUROPEAN_OTHERS, JudgeList.A }, { Gender.MALE, Region.WESTERN_EUROPEAN_OTHERS, JudgeList.B } });
        // Eight candidates for six seats: the only list B candidate, and the only two Eastern Europeans.
        String[][] candidates = { { "Anna", "FEMALE", "POL", "A" }, { "Boris", "MALE", "CZE", "B" }, { "Chie", "FEMALE", "JPN", "A" },
            { "Dae", "MALE", "KOR", "A" }, { "Enkh", "MALE", "MNG", "A" }, { "Fleur", "FEMALE", "FRA", "A" }, { "Gift", "FEMALE", "SEN", "A" },
            { "Hugo", "MALE", "BRA", "A" } };
        Map<String, Long> ids = new HashMap<>();
        for (String[] c : candidates) {
            ids.put(c[0], elections.addCandidate(id, new CandidateDraft(c[0], null, null, "en", c[2], c[2], Gender.valueOf(c[1]),
                    JudgeList.valueOf(c[3]), Procedure.HIGHEST_JUDICIAL_OFFICES, "constructed test")).id());
        }
        String base = "/staff/court/elections/" + id;

        // Bad input: no choice and no source, refused in Spanish, nothing saved.
        mvc.perform(post(base + "/candidates/" + ids.get("Anna") + "/assessment").with(STAFF).with(csrf()).param("lang", "es")
                .param("qualified", "").param("words", "muy calificada"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Elija calificado/a o no calificado/a.")))
            .andExpect(content().string(containsString("Indique la fuente (una URL o una signatura de documento).")));
        mvc.perform(get("/api/v1/court/elections/{id}/campaign", id)).andExpect(jsonPath("$.assessments").isEmpty());
        // A candidate of another election is not found.
        mvc.perform(post("/staff/court/elections/999999999/candidates/" + ids.get("Anna") + "/assessment").with(STAFF).with(csrf())
                .param("qualified", "true").param("source", "x"))
            .andExpect(status().isNotFound());

        assess(base, ids.get("Anna"), "true", "highly qualified");
        assess(base, ids.get("Boris"), "false", "does not meet article 36(3)(b)");
        assess(base, ids.get("Chie"), "false", null);
        assess(base, ids.get("Chie"), "true", "qualified");

        mvc.perform(post(base + "/statements").with(STAFF).with(csrf()).param("lang", "fr")
                .param("publishedOn", LocalDate.now().plusDays(3).toString()).param("statementLanguage", "fr")
                .param("title", "Élisez les meilleurs").param("url", "javascript:alert(1)"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Un lien commence par http:// ou https://.")));
        mvc.perform(post(base + "/statements").with(STAFF).with(csrf()).param("lang", "fr").param("publishedOn", "2024-11-20")
                .param("statementLanguage", "fr").param("title", "Élisez les meilleurs"))
            .andExpect(content().string(containsString("Donnez le texte de la déclaration ou un lien vers celle-ci.")));
        mvc.perform(post(base + "/statements").with(STAFF).with(csrf()).param("publishedOn", "2024-11-20").param("statementLanguage", "fr")
                .param("title", "Élisez les meilleurs <script>").param("body", "La coalition appelle les États à élire les candidats les plus qualifiés."))
            .andExpect(redirectedUrl(base));

        mvc.perform(get("/court/elections/{id}", id).param("lang", "en"))
            .andExpect(content().string(containsString("2 of 8 candidates found qualified by the Advisory Committee on Nominations")))
            .andExpect(content().string(containsString("highly qualified")))
            .andExpect(content().string(containsString("Not qualified")))
            .andExpect(content().string(containsString("Clean slate within List B: 1 candidate(s) standing for the 1 judge(s)")))
            .andExpect(content().string(containsString("Clean slate within Eastern European States: 2 candidate(s)")))
            .andExpect(content().string(not(containsString("Clean slate within Asia-Pacific States"))))
            .andExpect(content().string(not(containsString("Clean slate: no more candidates than seats"))))
            .andExpect(content().string(containsString("Élisez les meilleurs &lt;script&gt;")))
            .andExpect(content().string(containsString("lang=\"fr\"")));
        mvc.perform(get("/court/elections/{id}", id).param("lang", "ar"))
            .andExpect(content().string(containsString("قائمة مغلقة ضمن القائمة باء")))
            .andExpect(content().string(containsString("بيانات التحالف")));
        mvc.perform(get("/api/v1/court/elections/{id}/campaign", id))
            .andExpect(jsonPath("$.assessments['" + ids.get("Anna") + "'].qualified").value(true))
            .andExpect(jsonPath("$.assessments['" + ids.get("Chie") + "'].words").value("qualified"))
            .andExpect(jsonPath("$.cleanSlate").value(false))
            .andExpect(jsonPath("$.cleanSlates[*].group").value(hasItem("EASTERN_EUROPEAN")))
            .andExpect(jsonPath("$.cleanSlates[*].group").value(not(hasItem("ASIA_PACIFIC"))))
            .andExpect(jsonPath("$.statements[0].title").value("Élisez les meilleurs <script>"));

        String campaign = mvc.perform(get("/api/v1/court/elections/{id}/campaign", id)).andReturn().getResponse().getContentAsString();
        long statement = Long.parseLong(campaign.replaceAll("(?s).*\"statements\":\\[\\{\"id\":(\\d+).*", "$1"));
        mvc.perform(post(base + "/statements/" + statement + "/remove").with(STAFF).with(csrf()).param("reason", "posted twice"))
            .andExpect(redirectedUrl(base));
        mvc.perform(get("/court/elections/{id}", id)).andExpect(content().string(containsString("No statement on this election yet.")));
    }

    private void assess(String base, long candidate, String qualified, String words) throws Exception {
        mvc.perform(post(base + "/candidates/" + candidate + "/assessment").with(STAFF).with(csrf()).param("qualified", qualified)
                .param("words", words == null ? "" : words).param("source", "Report of the Advisory Committee (constructed test)"))
            .andExpect(redirectedUrl(base));
    }
}
