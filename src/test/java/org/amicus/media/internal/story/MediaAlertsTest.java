package org.amicus.media.internal.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.amicus.mail.InboundMessage;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.Timestamps;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** News alerts forwarded by e-mail become stories; saved searches with alerts tell their owner of new matches. */
@SpringBootTest
class MediaAlertsTest {

    @Autowired
    Sources sources;
    @Autowired
    Collector collector;
    @Autowired
    StoryIndex index;
    @Autowired
    Stories stories;
    @Autowired
    SavedSearches saved;
    @Autowired
    SearchAlerts alerts;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAlertMailedToTheSourcesAddressGivesItsArticlesAsStories() throws IOException {
        String address = "icc-alerts-" + System.nanoTime() + "@amicus.test";
        Source alertsBox = sources.add(new Sources.Draft("Google Alerts: ICC", "EMAIL", "mailto:" + address.toUpperCase(), "en", null,
                null, 60));
        assertThat(alertsBox.url()).isEqualTo("mailto:" + address);
        assertThatThrownBy(() -> sources.add(new Sources.Draft("Again", "EMAIL", address, null, null, null, 60)))
            .isInstanceOf(RejectedInput.class);
        assertThatThrownBy(() -> sources.add(new Sources.Draft("Not an address", "EMAIL", "alerts at amicus", null, null, null, 60)))
            .isInstanceOf(RejectedInput.class);

        byte[] raw = new ClassPathResource("media/google-alert.eml").getInputStream().readAllBytes();
        events.publishEvent(new InboundMessage("googlealerts-noreply@google.com", List.of(address), raw));

        var criteria = new StoryIndex.Criteria(null, alertsBox.id(), null, null, null, null, null, null);
        var found = Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> index.search(criteria, 0, 10).hits(),
                hits -> hits.size() == 2);
        Story darfur = stories.story(found.stream().filter(h -> h.title().contains("Darfur")).findFirst().orElseThrow().id());
        assertThat(darfur.title()).isEqualTo("Judges confirm charges in Darfur case");
        // the redirect unwrapped, the tracking parameter dropped; the snippet is the story's text
        assertThat(darfur.appearances().get(0).url()).isEqualTo("https://news.example.org/africa/darfur-charges");
        assertThat(darfur.body()).contains("Pre-Trial Chamber judges confirmed the charges");
        assertThat(darfur.tags()).contains(new Tag(Tag.Kind.SITUATION, "DARFUR"));
        Story spanish = stories.story(found.stream().filter(h -> h.title().contains("Kyiv")).findFirst().orElseThrow().id());
        assertThat(spanish.language()).isEqualTo("es");
        // the alert service's own links (feedback, more results, unsubscribe) are not stories
        assertThat(found).extracting(StoryIndex.Hit::title).noneMatch(t -> t.contains("alert") || t.contains("irrelevant"));
        assertThat(sources.source(alertsBox.id()).lastSuccessAt()).isNotNull();

        // the same alert again (a second forward) adds nothing
        assertThat(collector.receive(sources.source(alertsBox.id()), raw)).isEqualTo(new Ingestion.Outcome(0, 0, 2));
    }

    @Test
    void aSavedSearchWithItsAlertOnToldItsOwnerOfNewStoriesOnceInTheirLanguage() {
        String marker = "Quenby" + System.nanoTime() % 1_000_000;
        String owner = "alerted" + marker.toLowerCase();
        String address = owner + "@coalition.test";
        jdbc.sql("""
                insert into app_user (username, display_name, email, password_hash, preferred_language, created_at)
                values (?, ?, ?, '{noop}unused', 'fr', ?)""").params(owner, "Amélie " + marker, address, Timestamps.now()).update();
        collector.enterByHand(null, "Older story on " + marker, "Written before the search was saved, about " + marker + ".");

        saved.save(owner, "Watch " + marker, "q=" + marker + "&stance=", true);
        collector.enterByHand(null, "Witnesses " + marker + " heard in The Hague", "The chamber heard witnesses about " + marker + ".");
        collector.enterByHand(null, "Unrelated budget news", "The committee met on the budget of the Registry.");
        alerts.check();

        SavedSearches.Saved search = saved.of(owner).get(0);
        assertThat(search.unseen()).isEqualTo(1);
        Long send = jdbc.sql("select send_id from mail_recipient where address = ?").param(address).query(Long.class).single();
        String subject = jdbc.sql("select subject from mail_content where send_id = ? and language = 'fr'").param(send)
            .query(String.class).single();
        assertThat(subject).contains("Watch " + marker).contains("1 nouvel article");
        String text = jdbc.sql("select text_body from mail_content where send_id = ?").param(send).query(String.class).single();
        assertThat(text).contains("Witnesses " + marker + " heard in The Hague").doesNotContain("Older story").doesNotContain("budget");

        // looking at the matches marks them seen; a second check finds nothing new and sends nothing
        assertThat(saved.matches(owner, search.id())).extracting(SavedSearches.Match::title)
            .containsExactly("Witnesses " + marker + " heard in The Hague");
        alerts.check();
        assertThat(saved.of(owner).get(0).unseen()).isZero();
        assertThat(jdbc.sql("select count(*) from mail_recipient where address = ?").param(address).query(Long.class).single())
            .isEqualTo(1);
    }
}
