package org.amicus.mail.internal;

import static org.amicus.mail.MailFixtures.send;
import static org.amicus.mail.MailFixtures.tag;
import static org.amicus.mail.MailFixtures.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.amicus.mail.Outbox;
import org.amicus.platform.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.subethamail.smtp.DropConnectionException;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * A relay that misbehaves by recipient: refuses for good (550), refuses for now (451), hangs, drops
 * the connection. Each recipient ends where it should, the others of the same send are delivered,
 * and staff cancel and resend to those that failed from the progress screen.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class FaultyRelayTest {

    static final Map<String, Integer> ACCEPTED = new ConcurrentHashMap<>();
    static final SMTPServer RELAY = new SMTPServer.Builder().bindAddress(java.net.InetAddress.getLoopbackAddress())
        .port(MailEngineTest.freePort()).messageHandlerFactory(context -> new Misbehaving()).build();

    static {
        RELAY.start();
    }

    /** Decides by the recipient's local part. */
    static final class Misbehaving implements MessageHandler {
        private String recipient;

        @Override
        public void from(String from) {
        }

        @Override
        public void recipient(String recipient) throws RejectException {
            this.recipient = recipient;
            if (recipient.startsWith("refused")) {
                throw new RejectException(550, "5.1.1 User unknown");
            }
            if (recipient.startsWith("later")) {
                throw new RejectException(451, "4.7.1 Greylisted, try again later");
            }
            if (recipient.startsWith("drop")) {
                throw new DropConnectionException(421, "4.3.2 Closing");
            }
        }

        @Override
        public String data(InputStream data) throws IOException {
            data.transferTo(OutputStream.nullOutputStream());
            if (recipient.startsWith("hang")) {
                try {
                    Thread.sleep(4000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            ACCEPTED.merge(recipient, 1, Integer::sum);
            return null;
        }

        @Override
        public void done() {
        }
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry r) {
        r.add("amicus.mail.delivery", () -> "true");
        r.add("amicus.mail.smtp.host", () -> "127.0.0.1");
        r.add("amicus.mail.smtp.port", RELAY::getPortAllocated);
        r.add("amicus.mail.smtp.timeout", () -> "PT1S");
        r.add("amicus.mail.smtp.pool-size", () -> "2");
        r.add("amicus.mail.retry.first-delay", () -> "PT1H");
        // Sends are found, paused, cancelled and finished on this node without waiting for a poll of the sends.
        r.add("amicus.mail.queue.poll", () -> "PT1H");
    }

    @AfterAll
    static void stopRelay() {
        RELAY.stop();
    }

    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void eachFailureEndsWhereItShouldAndNeverStopsTheSend() throws Exception {
        String t = tag();
        List<String> addresses = List.of("ok1." + t + "@example.org", "refused." + t + "@example.org",
                "later." + t + "@example.org", "hang." + t + "@example.org", "drop." + t + "@example.org",
                "ok2." + t + "@example.org");
        long id = outbox.enqueue(send("Faulty " + t, null, addresses.stream().map(a -> to(a, "R", Language.EN)).toList()));
        await().atMost(Duration.ofSeconds(60)).until(() -> outbox.progress(id).count("QUEUED") + outbox.progress(id).count("SENDING") == 0);

        assertThat(state(id, "ok1")).isEqualTo("SENT");
        assertThat(state(id, "ok2")).as(reply(id, "ok2")).isEqualTo("SENT");
        assertThat(state(id, "refused")).isEqualTo("BOUNCED");
        assertThat(reply(id, "refused")).contains("550");
        assertThat(state(id, "later")).isEqualTo("DEFERRED");
        assertThat(reply(id, "later")).contains("451");
        assertThat(state(id, "hang")).isEqualTo("DEFERRED");
        assertThat(state(id, "drop")).isEqualTo("DEFERRED");
        assertThat(jdbc.sql("select attempts from mail_recipient where send_id = ? and address like 'later%'").param(id)
            .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from mail_feedback where address = ?").param("refused." + t + "@example.org")
            .query(Long.class).single()).isEqualTo(1);
        assertThat(outbox.progress(id).state()).isEqualTo("ACTIVE");

        var staff = user("maria").roles("STAFF");
        mvc.perform(get("/staff/mail/" + id).with(staff)).andExpect(status().isOk())
            .andExpect(content().string(containsString("Faulty " + t)))
            .andExpect(content().string(containsString("Deferred (will retry)")));
        mvc.perform(post("/staff/mail/" + id + "/pause").with(staff).with(csrf()));
        assertThat(outbox.progress(id).state()).isEqualTo("PAUSED");
        mvc.perform(post("/staff/mail/" + id + "/cancel").with(staff).with(csrf()));
        await().atMost(Duration.ofSeconds(10)).until(() -> "FINISHED".equals(outbox.progress(id).state()));
        assertThat(outbox.progress(id).count("FAILED")).isEqualTo(3);

        String follow = mvc.perform(post("/staff/mail/" + id + "/resend-failed").with(staff).with(csrf()))
            .andExpect(redirectedUrlPattern("/staff/mail/*")).andReturn().getResponse().getRedirectedUrl();
        long followId = Long.parseLong(follow.substring(follow.lastIndexOf('/') + 1));
        outbox.cancel(followId);
        assertThat(outbox.progress(followId).total()).isEqualTo(4);

        // Scripts reach those the send does not have yet (readers added since, the rest of an interrupted queueing).
        String added = mvc.perform(post("/api/mail/sends/" + id + "/send-to-added").with(staff)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("[{\"address\": \"ok1." + t + "@example.org\", \"language\": \"EN\"},"
                        + " {\"address\": \"new." + t + "@example.org\", \"name\": \"Nouvelle\", \"language\": \"FR\"}]"))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long addedId = Long.parseLong(added.replaceAll("\\D", ""));
        assertThat(outbox.progress(addedId).total()).isEqualTo(1);
        assertThat(jdbc.sql("select address from mail_recipient where send_id = ?").param(addedId).query(String.class).single())
            .isEqualTo("new." + t + "@example.org");
        outbox.cancel(addedId);
    }

    @Test
    void staffScreensNeedTheStaffRole() throws Exception {
        mvc.perform(get("/staff/mail")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/staff/mail").with(user("member").roles("MEMBER"))).andExpect(status().isForbidden());
        mvc.perform(get("/staff/mail").with(user("maria").roles("STAFF"))).andExpect(status().isOk())
            .andExpect(content().string(containsString("AMAZON_SES_PRODUCTION_START")));
        String t = tag();
        mvc.perform(post("/staff/mail/suppressions").with(user("maria").roles("STAFF")).with(csrf())
                .param("address", "manual." + t + "@example.org"))
            .andExpect(redirectedUrlPattern("/staff/mail/suppressions*"));
        mvc.perform(get("/staff/mail/suppressions").param("q", t).with(user("maria").roles("STAFF")))
            .andExpect(content().string(containsString("manual." + t + "@example.org")));
        mvc.perform(post("/staff/mail/suppressions").with(user("maria").roles("STAFF")).with(csrf())
                .param("address", "not an address\r\nBcc: x@example.org"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("is not one valid e-mail address")));
        mvc.perform(post("/staff/mail/suppressions").with(user("maria").roles("STAFF")).param("address", "x@example.org"))
            .andExpect(status().isForbidden());
    }

    String state(long id, String prefix) {
        return jdbc.sql("select state from mail_recipient where send_id = ? and address like ?").params(id, prefix + ".%")
            .query(String.class).single();
    }

    String reply(long id, String prefix) {
        return jdbc.sql("select smtp_reply from mail_recipient where send_id = ? and address like ?").params(id, prefix + ".%")
            .query(String.class).single();
    }
}
