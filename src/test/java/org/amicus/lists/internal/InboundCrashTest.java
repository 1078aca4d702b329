package org.amicus.lists.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.amicus.mail.InboundMessage;
import org.amicus.mail.MailFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An inbound post is a stored module event: what the mail engine commits on receipt is the event
 * publication, raw message included. If the node dies before the lists module stores the post, the
 * publication stays incomplete and the post is stored when it is handed over again after the restart.
 */
@SpringBootTest
class InboundCrashTest {

    @Autowired
    EventPublicationRegistry registry;
    @Autowired
    InboundPosts inbound;
    @Autowired
    MailingLists lists;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPostReceivedJustBeforeACrashIsStoredAfterTheRestart() {
        String t = MailFixtures.tag();
        MailingList list = lists.all().stream().filter(l -> l.slug().equals("africa-en")).findFirst().orElseThrow();
        String messageId = "<crash." + t + "@example.org>";
        // Longer than the 4,000 characters the event column used to hold on H2.
        String body = "Le projet de loi avance. ".repeat(800);
        byte[] raw = ("From: Ama <ama." + t + "@example.org>\r\nTo: " + list.address() + "\r\nSubject: Crash " + t + "\r\nMessage-ID: "
                + messageId + "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + body + "\r\n").getBytes(StandardCharsets.UTF_8);

        // The receipt commits the publication; the node dies before the listener runs.
        tx.executeWithoutResult(s -> registry.store(new InboundMessage("ama." + t + "@example.org", List.of(list.address()), raw),
                Stream.of(PublicationTargetIdentifier.of(InboundPosts.LISTENER_ID))));
        assertThat(stored(list, messageId)).isZero();
        assertThat(jdbc.sql("select count(*) from event_publication where listener_id = ? and completion_date is null")
            .param(InboundPosts.LISTENER_ID).query(Long.class).single()).isPositive();

        // After the restart (and once the publication is older than a first delivery could still be running).
        jdbc.sql("update event_publication set publication_date = ? where listener_id = ? and completion_date is null")
            .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(10), InboundPosts.LISTENER_ID).update();
        inbound.retryUnfinished();
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(list, messageId) == 1);
        assertThat(jdbc.sql("select body from list_message where list_id = ? and message_id = ?").params(list.id(), messageId)
            .query(String.class).single()).startsWith("Le projet de loi avance.").hasSizeGreaterThan(4000);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from event_publication where listener_id = ? and completion_date is null")
            .param(InboundPosts.LISTENER_ID).query(Long.class).single() == 0);

        // Handed over once more (a second restart), it is still stored once.
        inbound.retryUnfinished();
        assertThat(stored(list, messageId)).isEqualTo(1);
    }

    private long stored(MailingList list, String messageId) {
        return jdbc.sql("select count(*) from list_message where list_id = ? and message_id = ?").params(list.id(), messageId)
            .query(Long.class).single();
    }
}
