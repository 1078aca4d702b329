package org.amicus.campaigns.internal.advocacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.amicus.campaigns.AdvocacyRecord;
import org.amicus.campaigns.CampaignFixtures;
import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.internal.security.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Campaigns and activities refuse what breaks a rule with nothing saved; a restricted activity stays with the staff named on it. */
@SpringBootTest
@AutoConfigureMockMvc
class AdvocacyRulesTest {

    @Autowired
    Campaigns campaigns;

    @Autowired
    Activities activities;

    @Autowired
    AdvocacyRecord advocacy;

    @Autowired
    PublicSummaries summaries;

    @Autowired
    Users users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    Campaign campaign(String owner) {
        return campaigns.create(new CampaignDraft("UNIVERSAL_RATIFICATION", "URC " + CampaignFixtures.tag(), "Ratify", "2026-01-01",
                "2026-12-31", "ACTIVE", List.of(), "TGO", null, null, List.of(owner), null, null));
    }

    ActivityDraft mission(Campaign c, String starts, String ends, boolean restricted, List<String> viewers) {
        return new ActivityDraft("MISSION", "Mission to Lomé", starts, ends, "Lomé", "Two staff", "Ministry, parliament", null, "TGO",
                List.of(Long.toString(c.id())), null, null, restricted, viewers);
    }

    @Test
    void theStatesPublicPagesShowOnlyReviewedSummariesOfUnrestrictedActivities() throws Exception {
        String maria = CampaignFixtures.staff(users, "maria-" + CampaignFixtures.tag());
        String jon = CampaignFixtures.staff(users, "jon-" + CampaignFixtures.tag());
        Campaign c = campaign(maria);
        String tag = CampaignFixtures.tag();
        Activity open = activities.create(mission(c, "2026-03-08", "2026-03-10", false, List.of()), maria);
        Activity secret = activities.create(mission(c, "2026-04-08", "2026-04-10", true, List.of()), maria);

        summaries.write(open.id(), "A mission met the Minister of Justice " + tag, maria);
        assertThat(advocacy.publicWithState("TGO")).as("not reviewed yet").noneMatch(p -> p.summary().contains(tag));
        assertThatThrownBy(() -> summaries.approve(open.id(), maria)).as("nobody reviews their own summary")
            .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.problems().get(0).code()).isEqualTo("campaigns.summary.ownReview"));
        assertThatThrownBy(() -> summaries.write(secret.id(), "Secret talks " + tag, maria))
            .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.problems().get(0).code()).isEqualTo("campaigns.summary.restricted"));

        mvc.perform(post("/staff/activities/" + open.id() + "/summary/approve").with(user(jon).roles("STAFF")).with(csrf()))
            .andExpect(status().is3xxRedirection());
        assertThat(advocacy.publicWithState("tgo")).anySatisfy(p -> {
            assertThat(p.summary()).isEqualTo("A mission met the Minister of Justice " + tag);
            assertThat(p.kind()).isEqualTo("MISSION");
        });
        mvc.perform(get("/advocacy/states/TGO?lang=fr")).andExpect(status().isOk())
            .andExpect(content().string(containsString("A mission met the Minister of Justice " + tag)))
            .andExpect(content().string(not(containsString("Mission to Lomé"))));
        mvc.perform(get("/api/v1/advocacy-summaries/states/TGO")).andExpect(status().isOk())
            .andExpect(content().string(containsString(tag)));
        mvc.perform(get("/advocacy/states/XXX")).andExpect(status().isNotFound());

        summaries.write(open.id(), "An edited summary " + tag, maria);
        assertThat(advocacy.publicWithState("TGO")).as("an edit goes back to review").noneMatch(p -> p.summary().contains(tag));
        summaries.approve(open.id(), jon);
        activities.update(open.id(), mission(c, "2026-03-08", "2026-03-10", true, List.of()), maria);
        assertThat(advocacy.publicWithState("TGO")).as("restricted later: gone from the public pages").noneMatch(p -> p.summary().contains(tag));
    }

    @Test
    void aMissionThatEndsBeforeItStartsIsRefusedAndNothingIsSaved() {
        String maria = CampaignFixtures.staff(users, "maria-" + CampaignFixtures.tag());
        Campaign c = campaign(maria);
        long activities0 = rows("advocacy_activity");
        long links0 = rows("activity_link");
        assertThatThrownBy(() -> activities.create(mission(c, "2026-03-10", "2026-03-08", false, List.of()), maria))
            .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.problems())
                .anySatisfy(p -> assertThat(p.field() + ":" + p.code()).isEqualTo("endsOn:campaigns.endsBeforeStart")));
        assertThat(rows("advocacy_activity")).isEqualTo(activities0);
        assertThat(rows("activity_link")).isEqualTo(links0);
    }

    @Test
    void aCampaignNamesOnlyStatesAndStaffThatExist() {
        assertThatThrownBy(() -> campaigns.create(new CampaignDraft("BUDGET", "Budget", null, "2026-01-01", null, "PLANNED", List.of("999999"),
                "XXX KEN", null, null, List.of("nobody-at-all"), null, null)))
            .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.problems()).extracting(RejectedInput.Problem::field)
                .contains("goals", "states", "owners"));
    }

    @Test
    void aFollowUpForARemovedUserIsRefusedAndNothingIsSaved() {
        String maria = CampaignFixtures.staff(users, "maria-" + CampaignFixtures.tag());
        String gone = CampaignFixtures.staff(users, "gone-" + CampaignFixtures.tag());
        var user = users.byUsername(gone).orElseThrow();
        users.update(user.id(), gone, null, "en", false, java.util.Set.of());
        Campaign c = campaign(maria);
        Activity a = activities.create(mission(c, "2026-03-08", "2026-03-10", false, List.of()), maria);
        long before = rows("follow_up");
        assertThatThrownBy(() -> activities.addFollowUp(a.id(), null, "Send the briefing pack", gone, "2026-04-01", maria))
            .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.problems().get(0).code()).isEqualTo("campaigns.notActiveStaff"));
        assertThat(rows("follow_up")).isEqualTo(before);

        activities.addFollowUp(a.id(), null, "Send the briefing pack", maria, "2026-04-01", maria);
        assertThat(activities.followUps("f.campaign_id = :c", Map.of("c", c.id()), maria)).singleElement()
            .satisfies(f -> assertThat(f.owner()).isEqualTo(maria));
    }

    @Test
    void aRestrictedActivityIsSeenOnlyByItsAuthorAndTheStaffNamed() throws Exception {
        String author = CampaignFixtures.staff(users, "author-" + CampaignFixtures.tag());
        String named = CampaignFixtures.staff(users, "named-" + CampaignFixtures.tag());
        String other = CampaignFixtures.staff(users, "other-" + CampaignFixtures.tag());
        Campaign c = campaign(author);
        Activity secret = activities.create(mission(c, "2026-05-01", "2026-05-02", true, List.of(named)), author);
        activities.addFollowUp(secret.id(), null, "Secret follow-up", named, "2026-05-10", author);

        assertThat(activities.get(secret.id(), named).title()).isEqualTo("Mission to Lomé");
        assertThatThrownBy(() -> activities.get(secret.id(), other)).isInstanceOf(NotFound.class);
        assertThat(activities.linkedTo(Activity.CAMPAIGN, Long.toString(c.id()), other)).isEmpty();
        assertThat(activities.followUps("f.campaign_id = :c", Map.of("c", c.id()), other)).isEmpty();
        assertThat(advocacy.withState("TGO", other)).noneMatch(s -> s.id() == secret.id());
        assertThat(advocacy.withState("TGO", named)).anyMatch(s -> s.id() == secret.id());

        mvc.perform(get("/api/v1/advocacy/states/TGO/activities").with(user(other).roles("STAFF")))
            .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.not(
                    org.hamcrest.Matchers.containsString("\"id\":" + secret.id() + ","))));
        mvc.perform(get("/api/v1/advocacy/states/TGO/activities").with(user(named).roles("STAFF")))
            .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("\"id\":" + secret.id() + ",")));
        mvc.perform(get("/api/v1/advocacy/states/TGO/activities")).andExpect(status().isUnauthorized());
        mvc.perform(get("/staff/activities/" + secret.id()).with(user(other).roles("STAFF"))).andExpect(status().isNotFound());
        mvc.perform(get("/staff/activities/" + secret.id()).with(user(named).roles("STAFF"))).andExpect(status().isOk());
    }
}
