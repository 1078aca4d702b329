package org.amicus.media.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.amicus.mail.Outbox;
import org.amicus.media.internal.story.Collector;
import org.amicus.media.internal.story.StoryIndex;
import org.amicus.members.Members;
import org.amicus.platform.Timestamps;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;

/** Staff pick and order the day's stories and the summary reaches the list (a smart group) through the mail queue. */
@SpringBootTest
@AutoConfigureMockMvc
class DailySummaryTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Collector collector;
    @Autowired
    StoryIndex index;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Members members;
    @Autowired
    Outbox outbox;

    @Test
    void thePickedStoriesAreQueuedToTheConsentingPeopleOfTheGroup() throws Exception {
        String marker = "Zembla" + System.nanoTime() % 100000;
        long consenting = person(marker + " Reader", "fr", true);
        person(marker + " Refuser", "en", false);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into smart_group (name, query, created_by, created_at) values (?, ?, 'test', ?)")
            .params("Summary " + marker, "q=" + marker, Timestamps.now()).update(keys, "id");
        long group = keys.getKey().longValue();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> members.audience(group).size() == 2);

        collector.enterByHand(null, "Kenya: witnesses protected " + marker, "The registry said witnesses in the Kenya file are protected.");
        collector.enterByHand(null, "Mali: hearing " + marker, "A hearing in the Mali case opened on Monday in The Hague.");
        long kenya = id("witnesses protected " + marker);
        long mali = id("Mali hearing " + marker);
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        var staff = user("olga").roles("STAFF");
        mvc.perform(get("/staff/media/summary").with(staff)).andExpect(content().string(containsString("Mali: hearing " + marker)));
        mvc.perform(post("/staff/media/summary").with(staff).with(csrf()).param("day", today).param("smartGroup", String.valueOf(group))
                .param("fromAddress", "press@coalition.test"))
            .andExpect(content().string(containsString("Pick at least one story")));
        String location = mvc.perform(post("/staff/media/summary").with(staff).with(csrf()).param("day", today)
                .param("smartGroup", String.valueOf(group)).param("fromAddress", "press@coalition.test")
                .param("rank." + mali, "1").param("rank." + kenya, "2"))
            .andExpect(redirectedUrlPattern("/staff/mail/*")).andReturn().getResponse().getRedirectedUrl();
        long send = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(outbox.progress(send).total()).isEqualTo(1);
        String queued = jdbc.sql("select c.text_body from mail_content c where c.send_id = ? and c.language = 'fr'").param(send)
            .query(String.class).single();
        assertThat(queued).contains("Mali", "Kenya").startsWith("Mali");
        assertThat(queued.indexOf("Mali: hearing")).isLessThan(queued.indexOf("Kenya: witnesses"));
        assertThat(consenting).isPositive();
    }

    long id(String words) {
        return index.search(new StoryIndex.Criteria(words, null, null, null, null, null, null, null), 0, 1).hits().get(0).id();
    }

    long person(String name, String language, boolean consents) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into person (name, preferred_language, created_at, updated_at) values (?, ?, ?, ?)")
            .params(name, language, Timestamps.now(), Timestamps.now()).update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql("insert into person_email (person_id, email, is_primary) values (?, ?, true)")
            .params(id, name.replace(' ', '.').toLowerCase() + "@example.org").update();
        jdbc.sql("insert into consent (person_id, purpose, granted, given_on, source, recorded_at, recorded_by) values (?, 'NEWSLETTER', ?, ?, 'test', ?, 'test')")
            .params(id, consents, LocalDate.now(), Timestamps.now()).update();
        return id;
    }
}
