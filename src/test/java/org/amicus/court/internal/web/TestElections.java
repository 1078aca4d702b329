package org.amicus.court.internal.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import org.amicus.court.internal.election.Drafts.JudgeDraft;
import org.amicus.court.internal.election.Elections;
import org.amicus.court.internal.election.Gender;
import org.amicus.court.internal.election.JudgeList;
import org.amicus.court.internal.election.Region;
import org.springframework.test.web.servlet.MockMvc;

/** A constructed (not real) election of six judges, set up as staff do: the form, then the judges who stay. */
final class TestElections {

    private TestElections() {
    }

    /** Creates the election through the staff form and returns its id. */
    static long sixJudges(MockMvc mvc, String title) throws Exception {
        String location = mvc.perform(post("/staff/court/elections").with(user("maria").roles("STAFF")).with(csrf())
                .param("office", "JUDGES").param("title", title).param("vacancies", "6")
                .param("nominationsOpen", "2024-01-01").param("nominationsClose", "2024-06-01").param("source", "constructed test"))
            .andExpect(redirectedUrlPattern("/staff/court/elections/*")).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** The judges who stay, each {gender, region, list}, named "Judge 1", "Judge 2", ... */
    static void staying(Elections elections, long id, Object[][] judges) {
        int n = 0;
        for (Object[] j : judges) {
            elections.addStayingJudge(id, new JudgeDraft("Judge " + ++n, (Gender) j[0], (Region) j[1], (JudgeList) j[2]));
        }
    }
}
