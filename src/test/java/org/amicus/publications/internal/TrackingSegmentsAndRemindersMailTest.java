package org.amicus.publications.internal;

import static org.amicus.publications.PublicationFixtures.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.amicus.LoopbackRelay;
import org.amicus.members.Members;
import org.amicus.platform.Timestamps;
import org.amicus.publications.PublicationFixtures;
import org.amicus.publications.internal.calendar.Reminders;
import org.amicus.publications.internal.press.PressRelease;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.icegreen.greenmail.util.GreenMail;
import com.jayway.jsonpath.JsonPath;

import jakarta.mail.internet.MimeMessage;

/**
 * What goes out by SMTP (GreenMail on loopback): an edition with open and click counting, where the
 * reader who declined tracking gets no pixel and direct links; a press release sent to a journalist
 * segment counted before sending; a calendar reminder in its owner's language; a personal feed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class TrackingSegmentsAndRemindersMailTest {

    static final GreenMail RELAY = LoopbackRelay.start();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry r) {
        LoopbackRelay.settings(r, RELAY, "pubs.test");
    }

    @AfterAll
    static void stopRelay() {
        RELAY.stop();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Members members;
    @Autowired
    PressRelease release;
    @Autowired
    Reminders reminders;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTrackedEditionCountsOpensAndClicksExceptForTheReaderWhoDeclined() throws Exception {
        String token = PublicationFixtures.token();
        String edition = mvc.perform(post("/staff/publications/editions").with(STAFF).with(csrf())
                .param("publicationId", String.valueOf(bulletin())).param("label", "Tracked " + token).param("sourceLanguage", "en")
                .param("title", "Counting readers"))
            .andExpect(redirectedUrlPattern("/staff/publications/editions/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(edition + "/articles").with(STAFF).with(csrf()).param("language", "en").param("title", "Act now")
                .param("body", "<p>Read <a href=\"https://www.iccnow.org/report?a=1&amp;b=2\">the report</a>.</p>")
                .param("actionLabel", "Write to your minister").param("actionUrl", "https://www.iccnow.org/act"))
            .andExpect(redirectedUrl(edition));
        mvc.perform(post(edition + "/translations/en").with(STAFF).with(csrf()).param("status", "APPROVED")).andExpect(redirectedUrl(edition));

        PublicationFixtures fx = new PublicationFixtures(mvc);
        long counted = fx.person("Tara " + token, "en", token + "-tara@example.org");
        fx.consent(counted, "NEWSLETTER", true);
        long declined = fx.person("Dan " + token, "en", token + "-dan@example.org");
        fx.consent(declined, "NEWSLETTER", true);
        fx.consent(declined, "READERSHIP_TRACKING", false);
        long group = fx.smartGroup(token);
        await().atMost(Duration.ofSeconds(20)).until(() -> members.audience(group).size() == 2);

        mvc.perform(get(edition + "/send").param("smartGroupId", String.valueOf(group)).param("fallback", "en").with(STAFF))
            .andExpect(content().string(containsString("1 readers declined tracking")));
        mvc.perform(post(edition + "/send").param("smartGroupId", String.valueOf(group)).param("fallback", "en").param("track", "true")
                .with(STAFF).with(csrf()))
            .andExpect(redirectedUrl(edition + "/readership"));

        String tracked = text(receivedBy(token + "-tara@example.org"));
        String plain = text(receivedBy(token + "-dan@example.org"));
        assertThat(plain).doesNotContain("/publications/t/").contains("https://www.iccnow.org/act");
        assertThat(tracked).contains("open.gif").doesNotContain("href=\"https://www.iccnow.org/act\"");

        Matcher links = Pattern.compile("https://amicus\\.test(/publications/t/[A-Za-z0-9_-]+/)(\\d+|open\\.gif)").matcher(tracked);
        String base = null;
        while (links.find()) {
            base = links.group(1);
        }
        assertThat(base).isNotNull();
        mvc.perform(get(base + "open.gif")).andExpect(status().isOk()).andExpect(content().contentType(MediaType.IMAGE_GIF));
        mvc.perform(get(base + "1")).andExpect(status().isFound())
            .andExpect(header().string("Location", "https://www.iccnow.org/report?a=1&b=2"));
        mvc.perform(get(base + "1")).andExpect(status().isFound());
        // A forged signature is led to the link but counts nothing; an unknown link is not found.
        // The signature is the token's last 22 characters (base64url, which may itself hold a '-').
        String forged = base.substring(0, base.length() - 23) + "AAAAAAAAAAAAAAAAAAAAAA/";
        assertThat(forged).isNotEqualTo(base);
        mvc.perform(get(forged + "2")).andExpect(status().isFound()).andExpect(header().string("Location", "https://www.iccnow.org/act"));
        mvc.perform(get(base + "99")).andExpect(status().isNotFound());

        String csv = mvc.perform(get(edition + "/readership.csv").with(STAFF)).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",tracked_recipients,opened,clicked,clicks");
        assertThat(csv.lines().filter(l -> l.startsWith("en,")).findFirst().orElseThrow()).startsWith("en,2,").endsWith(",1,1,1,2");
        mvc.perform(get(edition + "/readership").with(STAFF)).andExpect(content().string(containsString("Opened")));
    }

    @Test
    void aReleaseGoesToTheJournalistSegmentCountedBeforehand() throws Exception {
        String token = PublicationFixtures.token();
        long inSegment = journalist("Jo " + token, "NLD", "fr", "International justice", "Darfur", token + "-jo@example.org");
        journalist("Kim " + token, "KOR", "en", "International justice", "Darfur", token + "-kim@example.org");
        journalist("Lea " + token, "FRA", "fr", "Sports", "Darfur", token + "-lea@example.org");
        long noConsent = journalist("Max " + token, "DEU", "en", "Justice and courts", "darfur", token + "-max@example.org");

        String item = mvc.perform(post("/staff/press").with(user("dora").roles("STAFF")).with(csrf()).param("kind", "MEDIA_ADVISORY")
                .param("language", "en").param("title", "Briefing on Darfur " + token).param("body", "<p>Briefing.</p>"))
            .andExpect(redirectedUrlPattern("/staff/press/*")).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(item.substring(item.lastIndexOf('/') + 1));
        mvc.perform(post(item + "/segment").with(STAFF).with(csrf()).param("regions", "WESTERN_EUROPEAN_OTHERS").param("beats", "justice")
                .param("situations", "Darfur").param("action", "count"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("With this segment: 1 people (2 found, 0 without an e-mail address, 1 without press list consent)")));
        mvc.perform(post(item + "/segment").with(STAFF).with(csrf()).param("regions", "NOWHERE").param("action", "save"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Unknown value.")));
        mvc.perform(post(item + "/segment").with(STAFF).with(csrf()).param("regions", "WESTERN_EUROPEAN_OTHERS").param("beats", "justice")
                .param("situations", "Darfur").param("action", "save"))
            .andExpect(redirectedUrl(item));
        mvc.perform(get(item).with(STAFF)).andExpect(content().string(containsString("this item goes to 1 people: 2 found")));

        mvc.perform(post(item + "/review").with(user("rui").roles("STAFF")).with(csrf())).andExpect(redirectedUrl(item));
        mvc.perform(post(item + "/segment").with(STAFF).with(csrf()).param("action", "clear"))
            .andExpect(content().string(containsString("only while the item is a draft")));
        mvc.perform(post(item + "/approve").with(user("chief").roles("ADMIN")).with(csrf())).andExpect(redirectedUrl(item));
        release.release(id);
        assertThat(text(receivedBy(token + "-jo@example.org"))).contains("Briefing.");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> Arrays.stream(RELAY.getReceivedMessages())
            .map(LoopbackRelay::recipient).noneMatch(a -> a.startsWith(token + "-") && !a.equals(token + "-jo@example.org")));
        assertThat(noConsent).isPositive();
        assertThat(inSegment).isPositive();
    }

    @Test
    void theOwnerIsRemindedInTheirLanguageAndMayKeepAPersonalFeed() throws Exception {
        String owner = "owner" + PublicationFixtures.token();
        jdbc.sql("""
                insert into app_user (username, display_name, email, password_hash, preferred_language, created_at)
                values (?, ?, ?, '{noop}unused', 'fr', ?)""").params(owner, "Odile", owner + "@example.org", Timestamps.now()).update();
        long userId = jdbc.sql("select id from app_user where username = ?").param(owner).query(Long.class).single();
        jdbc.sql("insert into app_user_role (user_id, role) values (?, 'STAFF')").param(userId).update();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        mvc.perform(post("/staff/calendar").with(STAFF).with(csrf()).param("kind", "ASP_SESSION").param("title", "Session " + owner)
                .param("startsOn", today.plusDays(2).toString()).param("audience", "STAFF").param("owner", owner).param("remindDays", "3")
                .param("source", "Staff planning"))
            .andExpect(redirectedUrl("/staff/calendar"));

        assertThat(reminders.remind(today)).isGreaterThanOrEqualTo(1);
        MimeMessage reminder = receivedBy(owner + "@example.org");
        assertThat(reminder.getSubject()).startsWith("Rappel : Session " + owner);
        assertThat(text(reminder)).contains("Vous êtes responsable", "https://amicus.test/staff/calendar");

        RequestPostProcessor me = user(owner).roles("STAFF");
        mvc.perform(get("/calendar/personal").with(me)).andExpect(content().string(containsString("no personal feed address yet")));
        String url = (String) mvc.perform(post("/calendar/personal").with(me).with(csrf())).andExpect(redirectedUrl("/calendar/personal"))
            .andReturn().getFlashMap().get("feedUrl");
        String path = url.replace("https://amicus.test", "");
        mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsString("SUMMARY:Session " + owner)));
        mvc.perform(post("/calendar/personal").with(me).with(csrf()));
        mvc.perform(get(path)).andExpect(status().isNotFound());
        mvc.perform(get("/calendar.ics")).andExpect(content().string(org.hamcrest.Matchers.not(containsString("Session " + owner))));
    }

    long journalist(String name, String country, String language, String beat, String situation, String email) throws Exception {
        String json = "{\"person\":{\"name\":\"" + name + "\",\"country\":\"" + country + "\",\"preferredLanguage\":\"" + language
                + "\",\"emails\":[\"" + email + "\"],\"beat\":\"" + beat + "\",\"situations\":[\"" + situation + "\"]}}";
        String body = mvc.perform(post("/api/v1/members/people").with(STAFF).contentType(MediaType.APPLICATION_JSON).content(json))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        if (!name.startsWith("Max")) {
            new PublicationFixtures(mvc).consent(id, "PRESS_LIST", true);
        }
        return id;
    }

    long bulletin() {
        return jdbc.sql("select id from publication where slug = 'bulletin'").query(Long.class).single();
    }

    private static String text(MimeMessage m) throws Exception {
        return LoopbackRelay.text(m);
    }

    private static MimeMessage receivedBy(String address) {
        return LoopbackRelay.receivedBy(RELAY, address);
    }
}
