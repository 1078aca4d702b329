package org.amicus.campaigns.internal.staff;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The public summary in five languages, the staff dashboard behind its role, and forms that show their errors. */
@SpringBootTest
@AutoConfigureMockMvc
class StrategyPagesTest {

    static final RequestPostProcessor STAFF = user("maria").roles("STAFF");

    @Autowired
    MockMvc mvc;

    String planPath() throws Exception {
        String list = mvc.perform(get("/strategy")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int at = list.lastIndexOf("/strategy/", list.indexOf("CICC Three-Year Strategy"));
        return list.substring(at, list.indexOf('"', at));
    }

    @Test
    void thePublicSummaryShowsTheVerdictsInEveryLanguage() throws Exception {
        String plan = planPath();
        Map<String, String> missed = Map.of("en", "Missed", "fr", "Manqué", "es", "No alcanzado", "ar", "لم يتحقق", "pt", "Não atingido");
        for (var l : missed.entrySet()) {
            mvc.perform(get(plan + "?asOf=2026-01-01&lang=" + l.getKey()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(l.getValue())))
                .andExpect(content().string(containsString("Ratification &amp; Implementation")))
                .andExpect(content().string(containsString("/series.csv")));
        }
        mvc.perform(get(plan + "?asOf=2026-01-01&lang=fr"))
            .andExpect(content().string(containsString("Nouveaux instruments de ratification ou d’adhésion déposés")))
            .andExpect(content().string(containsString("Tchéquie")));
        mvc.perform(get(plan + "?lang=ar")).andExpect(content().string(containsString("dir=\"rtl\"")));
    }

    @Test
    void theDashboardIsForStaff() throws Exception {
        String dashboard = planPath().replace("/strategy/", "/staff/strategy/");
        mvc.perform(get(dashboard)).andExpect(status().is3xxRedirection());
        mvc.perform(get(dashboard).with(user("m").roles("MEMBER"))).andExpect(status().isForbidden());
        mvc.perform(get(dashboard).with(STAFF))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Add a goal")))
            .andExpect(content().string(containsString("Exceeded")));
    }

    @Test
    void aGoalWithProblemsShowsThemBesideItsFieldsAndKeepsWhatWasTyped() throws Exception {
        String location = mvc.perform(post("/staff/strategy").with(STAFF).with(csrf())
                .param("title", "Pages test plan").param("periodStart", "2015-01-01").param("periodEnd", "2017-12-31")
                .param("areas", "Universality").param("source", "test"))
            .andExpect(redirectedUrlPattern("/staff/strategy/*"))
            .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/goals").with(STAFF).with(csrf())
                .param("metric", "new-deposits").param("windowStart", "2015-01-01").param("targetKind", "RANGE")
                .param("targetMin", "9").param("targetMax", "4").param("deadline", "2030-01-01")
                .param("wording", "Typed words kept"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("The minimum (9) exceeds the maximum (4).")))
            .andExpect(content().string(containsString("The deadline must fall between 2015-01-01 and 2017-12-31")))
            .andExpect(content().string(containsString("This field is required.")))
            .andExpect(content().string(containsString("Typed words kept")));
        mvc.perform(post(location + "/goals").with(STAFF).with(csrf())
                .param("area", "Universality").param("metric", "new-deposits").param("windowStart", "2015-01-01")
                .param("targetKind", "MINIMUM").param("targetMin", "2").param("deadline", "2017-12-31").param("source", "test"))
            .andExpect(redirectedUrlPattern("/staff/strategy/*"));
        // rome-statute-events.csv, 2015-2017: PSE 2015-01-02 and SLV 2016-03-03.
        mvc.perform(get(location + "?asOf=2020-01-01").with(STAFF)).andExpect(content().string(containsString(">2<")));
        mvc.perform(get(location.replace("/staff", "") + "?asOf=2020-01-01"))
            .andExpect(content().string(containsString("Palestine")))
            .andExpect(content().string(not(containsString("Add a goal"))));
    }
}
