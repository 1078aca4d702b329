package org.amicus.campaigns.internal.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import org.amicus.campaigns.CampaignFixtures;
import org.amicus.platform.Timestamps;
import org.amicus.platform.internal.security.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;

/** The staff screens behind their role, in five languages, with refusals beside their fields and reports as CSV. */
@SpringBootTest
@AutoConfigureMockMvc
class CampaignPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void campaignsAreForStaffInEveryLanguage() throws Exception {
        mvc.perform(get("/staff/campaigns")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/staff/campaigns").with(user("m").roles("MEMBER"))).andExpect(status().isForbidden());
        Map<String, String> titles = Map.of("en", "New campaign", "fr", "Nouvelle campagne", "es", "Nueva campaña", "ar", "حملة جديدة",
                "pt", "Nova campanha");
        for (var t : titles.entrySet()) {
            mvc.perform(get("/staff/campaigns?lang=" + t.getKey()).with(user("s").roles("STAFF")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(t.getValue())));
        }
    }

    @Test
    void theCampaignPageShowsTheStoriesTaggedWithItsStatesInItsPeriod() throws Exception {
        String tag = CampaignFixtures.tag();
        String maria = CampaignFixtures.staff(users, "maria-" + tag);
        var staff = user(maria).roles("STAFF");
        String campaign = mvc.perform(post("/staff/campaigns").with(staff).with(csrf()).param("kind", "UNIVERSAL_RATIFICATION")
                .param("name", "URC coverage " + tag).param("periodStart", "2026-06-01").param("periodEnd", "2026-06-30")
                .param("status", "ACTIVE").param("states", "TGO"))
            .andExpect(redirectedUrlPattern("/staff/campaigns/*")).andReturn().getResponse().getRedirectedUrl();
        var source = new GeneratedKeyHolder();
        jdbc.sql("insert into media_source (name, kind, poll_minutes, created_at) values (?, 'MANUAL', 60, ?)")
            .params("La Gazette " + tag, Timestamps.now()).update(source, "id");
        story("Togo weighs the Rome Statute " + tag, "TGO", "2026-06-15T09:00:00Z", source.getKey().longValue());
        story("Togo after the campaign " + tag, "TGO", "2026-07-02T09:00:00Z", source.getKey().longValue());
        story("Kenya in the news " + tag, "KEN", "2026-06-15T09:00:00Z", source.getKey().longValue());

        mvc.perform(get(campaign).with(staff)).andExpect(status().isOk())
            .andExpect(content().string(containsString("Togo weighs the Rome Statute " + tag)))
            .andExpect(content().string(containsString("La Gazette " + tag)))
            .andExpect(content().string(not(containsString("Togo after the campaign " + tag))))
            .andExpect(content().string(not(containsString("Kenya in the news " + tag))));
    }

    void story(String title, String iso3, String publishedAt, long sourceId) {
        var key = new GeneratedKeyHolder();
        var at = java.time.OffsetDateTime.parse(publishedAt);
        jdbc.sql("insert into media_story (title, language, published_at, first_seen_at, simhash, stance, stance_confidence, stance_by) "
                + "values (?, 'en', ?, ?, 0, 'NEUTRAL', 0.5, 'MODEL')").params(title, at, at).update(key, "id");
        long id = key.getKey().longValue();
        jdbc.sql("update media_story set tags = array[cast(? as varchar(64))] where id = ?").params("STATE:" + iso3, id).update();
        jdbc.sql("insert into media_appearance (story_id, source_id, url, title, published_at, seen_at) values (?, ?, ?, ?, ?, ?)")
            .params(id, sourceId, "https://news.example/" + id, title, at, at).update();
    }

    @Test
    void staffChooseLinkedRecordsByNameAndSeeTheNamesAfterARefusalAndOnTheSavedCampaign() throws Exception {
        String tag = CampaignFixtures.tag();
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into member_group (kind, name, country, created_at) values ('ISSUE_TEAM', ?, 'KEN', ?)")
            .params("Victims' Rights Team " + tag, Timestamps.now()).update(key, "id");
        long team = key.getKey().longValue();
        long minister = CampaignFixtures.official(jdbc, "Robert Dussey " + tag, "Minister of Foreign Affairs", "TGO", LocalDate.of(2013, 9, 17), null);
        var staff = user(CampaignFixtures.staff(users, "s-" + tag)).roles("STAFF");

        mvc.perform(post("/staff/campaigns").with(staff).with(csrf()).param("lang", "fr").param("name", "Kept " + tag)
                .param("find", "teams").param("find-teams", "rights team " + tag))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("name=\"teams\" value=\"" + team + "\"")))
            .andExpect(content().string(containsString("Victims&#39; Rights Team " + tag)))
            .andExpect(content().string(containsString("Cochez ceux à ajouter")))
            .andExpect(content().string(containsString("value=\"Kept " + tag + "\"")));
        assertThat(jdbc.sql("select count(*) from campaign where name = ?").param("Kept " + tag).query(Integer.class).single())
            .as("a search saves nothing").isZero();

        String chosenMinister = "Robert Dussey " + tag + "</strong><span> · Minister of Foreign Affairs (TGO)</span>";
        mvc.perform(post("/staff/campaigns").with(staff).with(csrf()).param("kind", "UNIVERSAL_RATIFICATION").param("name", "URC " + tag)
                .param("periodStart", "2026-06-01").param("periodEnd", "2026-05-01").param("status", "ACTIVE")
                .param("teams", "" + team).param("officials", "" + minister))
            .andExpect(status().isOk()).andExpect(content().string(containsString("It cannot end before it starts")))
            .andExpect(content().string(containsString("name=\"officials\" value=\"" + minister + "\" checked")))
            .andExpect(content().string(containsString(chosenMinister)))
            .andExpect(content().string(containsString("Victims&#39; Rights Team " + tag)));
        String campaign = mvc.perform(post("/staff/campaigns").with(staff).with(csrf()).param("kind", "UNIVERSAL_RATIFICATION")
                .param("name", "URC " + tag).param("periodStart", "2026-06-01").param("status", "ACTIVE")
                .param("teams", "" + team).param("officials", "" + minister))
            .andExpect(redirectedUrlPattern("/staff/campaigns/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(campaign).with(staff)).andExpect(status().isOk())
            .andExpect(content().string(containsString(chosenMinister)))
            .andExpect(content().string(containsString("name=\"teams\" value=\"" + team + "\" checked")));

        mvc.perform(get("/staff/pick.json").param("kind", "group").param("q", tag).with(staff))
            .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(team)).andExpect(jsonPath("$[0].name").value("Victims' Rights Team " + tag));
        mvc.perform(get("/staff/pick.json").param("kind", "group").param("q", tag).param("held", "" + team).with(staff))
            .andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());
        mvc.perform(get("/staff/pick.json").param("kind", "group").param("q", tag).with(user("m").roles("MEMBER")))
            .andExpect(status().isForbidden());
    }

    @Test
    void aMissionIsLoggedWithOutcomesAndFollowUpsAndTheReportsShowIt() throws Exception {
        String maria = CampaignFixtures.staff(users, "maria-" + CampaignFixtures.tag());
        var staff = user(maria).roles("STAFF");
        mvc.perform(post("/staff/campaigns").with(staff).with(csrf()).param("kind", "UNIVERSAL_RATIFICATION").param("name", "Kept name")
                .param("periodStart", "2026-06-01").param("periodEnd", "2026-05-01").param("status", "ACTIVE").param("states", "TGO ZZZ"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("It cannot end before it starts")))
            .andExpect(content().string(containsString("&quot;ZZZ&quot; is not a state code")))
            .andExpect(content().string(containsString("value=\"Kept name\"")));

        String campaign = mvc.perform(post("/staff/campaigns").with(staff).with(csrf()).param("kind", "UNIVERSAL_RATIFICATION")
                .param("name", "URC Togo").param("periodStart", "2026-06-01").param("status", "ACTIVE").param("states", "tgo")
                .param("owners", maria))
            .andExpect(redirectedUrlPattern("/staff/campaigns/*")).andReturn().getResponse().getRedirectedUrl();
        long campaignId = Long.parseLong(campaign.substring(campaign.lastIndexOf('/') + 1));
        long ministry = CampaignFixtures.organisation(jdbc, "Ministère des Affaires étrangères " + CampaignFixtures.tag(), null);

        mvc.perform(post("/staff/activities").with(staff).with(csrf()).param("kind", "MISSION").param("title", "Mission")
                .param("startsOn", "2026-06-10").param("endsOn", "2026-06-09").param("destination", "Lomé").param("campaigns", "" + campaignId))
            .andExpect(status().isOk()).andExpect(content().string(containsString("It cannot end before it starts")));
        String meeting = mvc.perform(post("/staff/activities").with(staff).with(csrf()).param("kind", "MEETING").param("title", "Meeting the minister")
                .param("startsOn", LocalDate.now().minusDays(3).toString()).param("states", "TGO").param("campaigns", "" + campaignId)
                .param("bodies", "" + ministry))
            .andExpect(redirectedUrlPattern("/staff/activities/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(meeting + "/outcomes").with(staff).with(csrf()).param("outcomeKind", "COMMITMENT")
                .param("outcomeText", "The bill goes to cabinet in July")).andExpect(status().is3xxRedirection());
        mvc.perform(post(meeting + "/follow-ups").with(staff).with(csrf()).param("taskTitle", "Send the model law")
                .param("owner", "nobody-" + CampaignFixtures.tag()).param("dueOn", "2026-01-01"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("is not an active staff user")));
        mvc.perform(post(meeting + "/follow-ups").with(staff).with(csrf()).param("taskTitle", "Send the model law")
                .param("owner", maria).param("dueOn", LocalDate.now().minusDays(1).toString())).andExpect(status().is3xxRedirection());

        mvc.perform(get(meeting + "?lang=fr").with(staff)).andExpect(status().isOk())
            .andExpect(content().string(containsString("The bill goes to cabinet in July")))
            .andExpect(content().string(containsString("Engagement pris")));
        mvc.perform(get(campaign).with(staff)).andExpect(status().isOk()).andExpect(content().string(containsString("Meeting the minister")))
            .andExpect(content().string(containsString("Send the model law")));
        String meetings = mvc.perform(get(campaign + "/reports/meetings.csv").with(staff)).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        assertThat(meetings).startsWith("body,count").contains("Ministère des Affaires étrangères");
        assertThat(mvc.perform(get(campaign + "/reports/overdue.csv").with(staff)).andReturn().getResponse().getContentAsString())
            .contains("Send the model law," + maria);
        mvc.perform(get("/staff/advocacy/states/TGO?lang=ar").with(staff)).andExpect(status().isOk())
            .andExpect(content().string(containsString("Meeting the minister")));
        assertThat(mvc.perform(get("/staff/advocacy/states/TGO/reports/activities.csv").with(staff)).andReturn().getResponse()
            .getContentAsString()).contains(LocalDate.now().minusDays(3).toString().substring(0, 7) + ",MEETING,");
    }
}
