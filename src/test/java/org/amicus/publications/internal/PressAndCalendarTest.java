package org.amicus.publications.internal;

import static org.amicus.publications.PublicationFixtures.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.amicus.members.Members;
import org.amicus.platform.Language;
import org.amicus.platform.Timestamps;
import org.amicus.publications.PublicationFixtures;
import org.amicus.publications.internal.calendar.Reminders;
import org.amicus.publications.internal.press.PressItems;
import org.amicus.publications.internal.press.PressRelease;
import org.amicus.publications.internal.press.PressStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * A press release drafted, reviewed and approved by three people, held by its embargo and released
 * on time to the journalists on the press list with its experts' consented details; the calendar's
 * feed read back by a calendar library, and reminders sent once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PressAndCalendarTest {

    static final RequestPostProcessor DRAFTER = user("dora").roles("STAFF");
    static final RequestPostProcessor REVIEWER = user("rui").roles("STAFF");
    static final RequestPostProcessor CHIEF = user("chief").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    PressItems items;

    @Autowired
    PressRelease release;

    @Autowired
    Members members;

    @Autowired
    Reminders reminders;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReleaseUnderEmbargoGoesOutOnTimeWithOnlyItsConsentingExperts() throws Exception {
        PublicationFixtures fx = new PublicationFixtures(mvc);
        String token = PublicationFixtures.token();
        long listed = fx.person("Mariana Expert " + token, "es", token + "-mariana@example.org");
        fx.consent(listed, "EXPERT_LISTING", true);
        long withdrawn = fx.person("Walter Withdrawn " + token, "en", token + "-walter@example.org");
        fx.consent(withdrawn, "EXPERT_LISTING", true);
        fx.consent(withdrawn, "EXPERT_LISTING", false);
        long journalist = fx.person("Jeanne Journaliste " + token, "fr", token + "-jeanne@example.org");
        fx.consent(journalist, "PRESS_LIST", true);
        fx.person("Nick Noconsent " + token, "en", token + "-nick@example.org");
        long group = fx.smartGroup(token);
        await().atMost(Duration.ofSeconds(20)).until(() -> members.audience(group).size() == 4);

        String item = mvc.perform(post("/staff/press").with(DRAFTER).with(csrf()).param("kind", "PRESS_RELEASE").param("language", "en")
                .param("title", "Justice Day: states urged to join " + token).param("body", "<p>On 17 July the Coalition calls on states.</p>")
                .param("experts", listed + ", " + withdrawn).param("smartGroupId", String.valueOf(group)))
            .andExpect(redirectedUrlPattern("/staff/press/*")).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(item.substring(item.lastIndexOf('/') + 1));
        mvc.perform(post(item).with(DRAFTER).with(csrf()).param("kind", "PRESS_RELEASE").param("language", "fr")
                .param("title", "Journée de la justice " + token).param("body", "<p>Le 17 juillet, la Coalition appelle les États.</p>")
                .param("experts", listed + ", " + withdrawn).param("smartGroupId", String.valueOf(group)))
            .andExpect(redirectedUrl(item + "?in=fr"));

        // Two other people: the author cannot review, a staff member cannot approve, the approver is a third person.
        mvc.perform(post(item + "/review").with(DRAFTER).with(csrf()))
            .andExpect(content().string(containsString("The reviewer must be someone other than the author.")));
        mvc.perform(post(item + "/review").with(REVIEWER).with(csrf())).andExpect(redirectedUrl(item));
        mvc.perform(post(item + "/approve").with(REVIEWER).with(csrf())).andExpect(status().isForbidden());
        String past = LocalDateTime.now(ZoneOffset.UTC).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString();
        mvc.perform(post(item + "/approve").with(CHIEF).with(csrf()).param("embargo", past))
            .andExpect(content().string(containsString("The embargo is in the past.")));
        assertThat(items.get(id).status()).isEqualTo(PressStatus.REVIEWED);
        LocalDateTime embargo = LocalDateTime.now(ZoneOffset.UTC).plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        mvc.perform(post(item + "/approve").with(CHIEF).with(csrf()).param("embargo", embargo.toString())).andExpect(redirectedUrl(item));

        // Before the embargo nothing is out; after it the scheduler's run publishes and sends.
        release.releaseDue();
        mvc.perform(get("/press/" + id)).andExpect(status().isNotFound());
        await().atMost(Duration.ofSeconds(10)).until(() -> !items.due(java.time.Instant.now()).isEmpty() || items.get(id).status() == PressStatus.PUBLISHED);
        release.releaseDue();
        assertThat(items.get(id).status()).isEqualTo(PressStatus.PUBLISHED);
        assertThat(items.get(id).publishedAt()).isAfterOrEqualTo(embargo.toInstant(ZoneOffset.UTC));
        mvc.perform(get("/press/" + id).param("lang", "fr"))
            .andExpect(content().string(containsString("Journée de la justice")))
            .andExpect(content().string(containsString("Mariana Expert " + token)))
            .andExpect(content().string(containsString(token + "-mariana@example.org")))
            .andExpect(content().string(not(containsString("Walter Withdrawn"))));
        assertThat(jdbc.sql("select recipients from press_send where press_id = ?").param(id).query(Integer.class).single())
            .as("only the journalist on the press list").isEqualTo(1);
        var french = release.content(items.get(id), Language.FR);
        assertThat(french.html()).contains("Experts disponibles pour commenter").contains(token + "-mariana@example.org").doesNotContain("Walter");
        assertThat(french.text()).contains("Courriel : " + token + "-mariana@example.org").doesNotContain("walter");

        // A release keeps the coverage that cites it.
        mvc.perform(post(item + "/citations").with(STAFF).with(csrf()).param("url", "https://news.example.org/justice-day")
                .param("outlet", "Example News").param("headline", "Coalition urges states")).andExpect(redirectedUrl(item));
        assertThat(items.citations(id)).extracting(c -> c.outlet()).containsExactly("Example News");
        mvc.perform(post(item + "/citations").with(STAFF).with(csrf()).param("url", "not a link"))
            .andExpect(content().string(containsString("Not a web address")));

        // Media monitoring finds coverage citing the release's title after it went out (an earlier story does not count);
        // staff keep it as a citation with one click. The stories are written as the media module stores them.
        var published = items.get(id).publishedAt();
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into media_source (name, kind, poll_minutes, created_at) values (?, 'FEED', 60, ?)")
            .params("Daily Example " + token, Timestamps.now()).update(key, "id");
        long source = key.getKey().longValue();
        story(source, "Coalition: justice day: states urged to join " + token + " the Court", published.plusSeconds(60), "https://daily.example.org/" + token);
        story(source, "Old news " + token, published.minusSeconds(86_400), "https://daily.example.org/old-" + token);
        mvc.perform(get(item).with(STAFF))
            .andExpect(content().string(containsString("Found by media monitoring")))
            .andExpect(content().string(containsString("https://daily.example.org/" + token)))
            .andExpect(content().string(not(containsString("old-" + token))));
        mvc.perform(post(item + "/citations").with(STAFF).with(csrf()).param("url", "https://daily.example.org/" + token)
                .param("outlet", "Daily Example " + token).param("headline", "kept")).andExpect(redirectedUrl(item));
        assertThat(items.citations(id)).extracting(c -> c.url()).contains("https://daily.example.org/" + token);
    }

    private void story(long source, String text, java.time.Instant at, String url) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into media_story (title, body, language, published_at, first_seen_at, simhash, stance, stance_confidence, stance_by)
                values (?, ?, 'en', ?, ?, 0, 'NEUTRAL', 0, 'MODEL')""")
            .params(text, text, Timestamps.param(at), Timestamps.param(at)).update(key, "id");
        long story = key.getKey().longValue();
        jdbc.sql("insert into media_appearance (story_id, source_id, url, title, published_at, seen_at) values (?, ?, ?, ?, ?, ?)")
            .params(story, source, url, text, Timestamps.param(at), Timestamps.param(at)).update();
    }

    @Test
    void theCalendarFeedIsReadByACalendarLibraryWithFoldedLinesAndEscapedText() throws Exception {
        String title = "Séance de l'Assemblée; élections, juges \\ procureur — جمعية الدول الأطراف في نظام روما الأساسي، الدورة العادية";
        mvc.perform(post("/staff/calendar").with(STAFF).with(csrf()).param("kind", "ASP_SESSION").param("title", title)
                .param("startsOn", "2030-12-01").param("endsOn", "2030-12-06").param("audience", "PUBLIC")
                .param("source", "ICC-ASP press release (test)"))
            .andExpect(redirectedUrl("/staff/calendar"));
        String feed = mvc.perform(get("/calendar.ics")).andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("text/calendar")).andReturn().getResponse().getContentAsString();
        assertThat(feed.lines()).allMatch(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75);
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.getSummary().getValue()).isEqualTo("International Justice Day");
            assertThat(e.getProperty("RRULE")).isPresent();
            assertThat(e.getDateTimeStart().getValue()).isEqualTo("20090717");
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.getSummary().getValue()).isEqualTo(title);
            assertThat(e.getDateTimeEnd().getValue()).isEqualTo("20301207");
        });
        mvc.perform(post("/staff/calendar").with(STAFF).with(csrf()).param("kind", "ELECTION").param("title", "Staff only")
                .param("startsOn", "2030-01-01").param("audience", "STAFF")).andExpect(redirectedUrl("/staff/calendar"));
        assertThat(mvc.perform(get("/calendar.ics")).andReturn().getResponse().getContentAsString()).doesNotContain("Staff only");
        assertThat(mvc.perform(get("/staff/calendar/feed.ics").with(STAFF)).andReturn().getResponse().getContentAsString()).contains("Staff only");
        mvc.perform(get("/staff/calendar/feed.ics")).andExpect(status().is3xxRedirection());
    }

    @Test
    void anOwnerIsRemindedOnceAndBadEntriesAreRefused() throws Exception {
        mvc.perform(post("/staff/calendar").with(STAFF).with(csrf()).param("kind", "CAMPAIGN_TARGET").param("title", "")
                .param("startsOn", "2030-02-30").param("audience", "STAFF").param("remindDays", "400").param("ownerEmail", "nobody"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("This field is required.")))
            .andExpect(content().string(containsString("Not a date (YYYY-MM-DD).")))
            .andExpect(content().string(containsString("Between 0 and 365 days.")))
            .andExpect(content().string(containsString("Not an e-mail address.")));
        LocalDate today = LocalDate.of(2031, 3, 1);
        mvc.perform(post("/staff/calendar").with(STAFF).with(csrf()).param("kind", "CAMPAIGN_TARGET").param("title", "Campaign target: reminder test")
                .param("startsOn", today.plusDays(2).toString()).param("audience", "STAFF").param("owner", "olga")
                .param("ownerEmail", "olga@example.org").param("remindDays", "3"))
            .andExpect(redirectedUrl("/staff/calendar"));
        assertThat(reminders.remind(today.minusDays(5))).isZero();
        assertThat(reminders.remind(today)).isEqualTo(1);
        assertThat(reminders.remind(today)).isZero();
    }
}
