package org.amicus.states.internal.following;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.amicus.platform.Timestamps;
import org.jsoup.Jsoup;
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

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Alerts by e-mail through the mail engine, delivered by SMTP to GreenMail on loopback: one send per change,
 * one recipient per follower in their language, each with their own one-click unsubscribe.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class AlertMailTest {

    static final GreenMail RELAY;

    static {
        try (ServerSocket s = new ServerSocket(0)) {
            RELAY = new GreenMail(new ServerSetup(s.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        RELAY.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry r) {
        r.add("amicus.mail.delivery", () -> "true");
        r.add("amicus.mail.smtp.host", () -> "127.0.0.1");
        r.add("amicus.mail.smtp.port", () -> RELAY.getSmtp().getPort());
        r.add("amicus.mail.bounce-domain", () -> "alerts.test");
        r.add("amicus.mail.base-url", () -> "https://amicus.test");
        r.add("amicus.mail.queue.poll", () -> "PT0.1S");
    }

    @AfterAll
    static void stopRelay() {
        RELAY.stop();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Following following;

    private void follower(String username, String email, String language) throws Exception {
        jdbc.sql("""
                insert into app_user (username, display_name, email, password_hash, preferred_language, created_at)
                values (?, ?, ?, '{noop}unused', ?, ?)""").params(username, username, email, language, Timestamps.now()).update();
        mvc.perform(post("/account/following/MLT").with(user(username).roles("MEMBER")).with(csrf()))
            .andExpect(status().is3xxRedirection());
    }

    private static MimeMessage receivedBy(String address) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(RELAY.getReceivedMessages())
            .filter(m -> address.equals(recipient(m))).findFirst().orElse(null), Objects::nonNull);
    }

    private static String recipient(MimeMessage m) {
        try {
            return ((InternetAddress) m.getAllRecipients()[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The recipients column of each row of the staff mail screen whose send's name starts so. */
    private List<String> alertSends(String name) throws Exception {
        String page = mvc.perform(get("/staff/mail").with(user("mail-staff").roles("STAFF"))).andReturn().getResponse()
            .getContentAsString();
        return Jsoup.parse(page).select("tbody tr").stream().filter(row -> row.child(0).text().startsWith(name))
            .map(row -> row.child(3).text()).toList();
    }

    @Test
    void oneSendPerChangeMailsEachFollowerInTheirLanguageAndOneClickEndsTheirFollow() throws Exception {
        follower("mail-follower-fr", "amelie@follow.test", "fr");
        follower("mail-follower-ar", "karim@follow.test", "ar");
        follower("mail-follower-silent", null, "en");
        follower("mail-follower-broken", "broken@", "en");

        mvc.perform(post("/api/v1/states/MLT/legislation/stages").with(httpBasic("admin", "admin-password-for-tests"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"component":"COOPERATION","stage":"DRAFT_IN_EXECUTIVE","date":"2020-02-03","source":"https://example.org/mlt"}"""))
            .andExpect(status().isCreated());

        MimeMessage fr = receivedBy("amelie@follow.test");
        assertThat(fr.getSubject())
            .isEqualTo("Malte : Projet à l’examen des ministères, Coopération avec la Cour, 3 févr. 2020 (enregistré)");
        assertThat(fr.getHeader("Content-Language", null)).isEqualTo("fr");
        assertThat((String) fr.getContent()).contains("Vous recevez ce courriel parce que vous suivez Malte dans Amicus.")
            .contains("https://amicus.test/states/MLT/legislation?lang=fr")
            .contains("https://amicus.test/account/alerts?lang=fr")
            .contains("Ne plus suivre Malte (en un clic) : https://amicus.test/mail/unsubscribe/");
        assertThat(fr.getHeader("List-Id", null)).isEqualTo("Amicus MLT <follow-mlt.alerts.test>");
        assertThat(receivedBy("karim@follow.test").getSubject()).startsWith("مالطا");
        assertThat(alertSends("Alert: Malta")).as("one row in the staff mail screen for the change, one recipient per"
                + " follower with a good address").containsExactly("2");

        Matcher url = Pattern.compile("<https://amicus\\.test(/mail/unsubscribe/[^>]+)>")
            .matcher(fr.getHeader("List-Unsubscribe", null));
        assertThat(url.find()).isTrue();
        mvc.perform(post(url.group(1)).param("List-Unsubscribe", "One-Click")).andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(30)).until(() -> !following.follows("mail-follower-fr", "MLT"));
        assertThat(following.follows("mail-follower-ar", "MLT")).as("the others still follow").isTrue();
        // Only the alert mails count: sends other test classes left queued in the shared database may arrive too.
        assertThat(Arrays.stream(RELAY.getReceivedMessages()).map(AlertMailTest::recipient).filter(a -> a.endsWith("@follow.test")))
            .as("no address, no mail").hasSize(2);

        // Following again after the one-click: the next change reaches the address again.
        mvc.perform(post("/account/following/MLT").with(user("mail-follower-fr").roles("MEMBER")).with(csrf()))
            .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/states/MLT/legislation/stages").with(httpBasic("admin", "admin-password-for-tests"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"component":"COOPERATION","stage":"DRAFT_BEFORE_PARLIAMENT","date":"2021-05-06","source":"https://example.org/mlt"}"""))
            .andExpect(status().isCreated());
        await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(RELAY.getReceivedMessages())
            .filter(m -> "amelie@follow.test".equals(recipient(m))).count() == 2);
    }
}
