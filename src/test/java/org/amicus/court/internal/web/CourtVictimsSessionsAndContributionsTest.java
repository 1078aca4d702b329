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

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Reparations orders and legal aid, the Review Conference in other languages with the teams following it, and contributions. */
@SpringBootTest
@AutoConfigureMockMvc
class CourtVictimsSessionsAndContributionsTest {

    static final RequestPostProcessor STAFF = user("maria").roles("STAFF");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theShippedReparationsOrdersShowWithTheirSourcesAndABadOrderIsRefusedInTheReadersLanguage() throws Exception {
        mvc.perform(get("/court/victims").param("lang", "fr"))
            .andExpect(content().string(containsString("ICC-01/04-01/07")))
            .andExpect(content().string(containsString("Individuelles et collectives")))
            .andExpect(content().string(containsString("ICC-CPI-20170324-PR1288")));
        mvc.perform(get("/api/v1/court/reparations-orders"))
            .andExpect(jsonPath("$[?(@.caseNumber == 'ICC-01/12-01/15')].amount").value(hasItem(2700000)))
            .andExpect(jsonPath("$[?(@.caseNumber == 'ICC-01/12-01/15')].currency").value(hasItem("EUR")))
            .andExpect(jsonPath("$[?(@.caseNumber == 'ICC-01/04-01/06')].amount").value(hasItem(10000000)))
            .andExpect(jsonPath("$[?(@.caseNumber == 'ICC-01/04-02/06' && @.orderDate == '2021-03-08')].amount").value(hasItem(30000000)))
            .andExpect(jsonPath("$[?(@.caseNumber == 'ICC-01/04-02/06' && @.orderDate == '2023-07-14')].amount").value(hasItem(31300000)))
            .andExpect(jsonPath("$[?(@.caseNumber == 'ICC-02/04-01/15')].amount").value(hasItem(52429000)))
            .andExpect(jsonPath("$[?(@.caseNumber == 'ICC-02/04-01/15')].currency").value(hasItem("EUR")));
        mvc.perform(get("/court/victims").param("lang", "en"))
            .andExpect(content().string(containsString("ICC-CPI-20171215-PR1351")))
            .andExpect(content().string(containsString("Trial Chamber IX")))
            .andExpect(content().string(containsString("ICC-ASP/12/3")));
        mvc.perform(get("/api/v1/court/legal-aid"))
            .andExpect(jsonPath("$[?(@.symbol == 'ICC-ASP/12/3')].kind").value(hasItem("POLICY")));

        mvc.perform(post("/staff/court/victims/orders").with(STAFF).with(csrf()).param("lang", "es").param("caseNumber", "ICC-99/99-01/99")
                .param("orderDate", "2020-01-01").param("kind", "COLLECTIVE").param("amount", "5000").param("source", "test order"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("No hay ninguna causa ICC-99/99-01/99 en el registro de cooperación.")))
            .andExpect(content().string(containsString("Indique la moneda del monto")));
        mvc.perform(get("/api/v1/court/reparations-orders")).andExpect(content().string(not(containsString("test order"))));

        mvc.perform(post("/staff/court/victims/legal-aid").with(STAFF).with(csrf()).param("lang", "en").param("kind", "BUDGET_LINE")
                .param("title", "Legal aid for victims (test)").param("source", "test"))
            .andExpect(content().string(containsString("A budget line needs its year and its amount.")));
    }

    @Test
    void theReviewConferenceReadsInArabicAndAnIssueTeamFollowsAnItem() throws Exception {
        mvc.perform(get("/court/sessions").param("lang", "ar"))
            .andExpect(content().string(containsString("جريمة العدوان")))
            .andExpect(content().string(containsString("المؤتمر الاستعراضي لنظام روما الأساسي")));
        mvc.perform(get("/court/sessions").param("lang", "es")).andExpect(content().string(containsString("Declaración de Kampala")));

        String created = mvc.perform(post("/api/v1/members/groups").with(STAFF).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"ISSUE_TEAM\",\"name\":\"Aggression Issue Team (court test)\",\"source\":\"test\"}"))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long groupId = Long.parseLong(created.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
        long item = jdbc.sql("select id from court_session_item where outcome_symbol = 'RC/Res.6' and removed = false").query(Long.class).list().get(0);

        mvc.perform(post("/staff/court/sessions/{id}/teams", item).with(STAFF).with(csrf()).param("lang", "en")
                .param("groupId", "999999999"))
            .andExpect(content().string(containsString("There is no group 999999999 in the members record.")));
        mvc.perform(post("/staff/court/sessions/{id}/teams", item).with(STAFF).with(csrf()).param("groupId", String.valueOf(groupId))
                .param("role", "Drafts the coalition's position on activation"))
            .andExpect(redirectedUrl("/staff/court/sessions"));
        mvc.perform(post("/staff/court/sessions/{id}/teams", item).with(STAFF).with(csrf()).param("lang", "en")
                .param("groupId", String.valueOf(groupId)))
            .andExpect(content().string(containsString("already follows this item")));
        mvc.perform(get("/court/sessions")).andExpect(content().string(containsString("Aggression Issue Team (court test)")));
        mvc.perform(get("/api/v1/court/session-items/teams"))
            .andExpect(jsonPath("$['" + item + "'][?(@.groupId == " + groupId + ")].name").value(hasItem("Aggression Issue Team (court test)")));
    }

    @Test
    void contributionsAreImportedAllOrNothingAndSummedPerRegionalGroup() throws Exception {
        String bad = """
                year,iso3,assessed_eur,outstanding_eur,source
                2004,DEU,600,0,test report
                2004,USA,500,0,test report
                2004,KOR,300,400,test report
                2004,BRA,abc,0,test report
                """;
        mvc.perform(post("/staff/court/contributions").with(STAFF).with(csrf()).param("lang", "fr").param("csv", bad))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Ligne 3 : USA n’était pas État Partie en 2004.")))
            .andExpect(content().string(containsString("Ligne 4 : l’impayé de 400 dépasse la contribution de 300.")))
            .andExpect(content().string(containsString("Ligne 5 : assessed_eur « abc » n’est pas un nombre entier d’euros.")));
        mvc.perform(get("/api/v1/court/contributions")).andExpect(content().string(not(containsString("\"year\":2004"))));

        String good = """
                year,iso3,assessed_eur,outstanding_eur,source
                2004,DEU,600,0,test report
                2004,KOR,300,100,test report
                2004,BRA,100,50,test report
                """;
        mvc.perform(post("/staff/court/contributions").with(STAFF).with(csrf()).param("csv", good))
            .andExpect(redirectedUrl("/staff/court/contributions"));
        mvc.perform(get("/api/v1/court/contributions/groups"))
            .andExpect(jsonPath("$[?(@.year == 2004 && @.group == 'WESTERN_EUROPEAN_OTHERS')].sharePercent").value(hasItem(60.0)))
            .andExpect(jsonPath("$[?(@.year == 2004 && @.group == 'ASIA_PACIFIC')].outstandingEur").value(hasItem(100)))
            .andExpect(jsonPath("$[?(@.year == 2004 && @.group == 'LATIN_AMERICAN_CARIBBEAN')].sharePercent").value(hasItem(10.0)));
        mvc.perform(get("/court/contributions").param("lang", "pt")).andExpect(content().string(containsString("Contribuições e atrasados")));
    }
}
