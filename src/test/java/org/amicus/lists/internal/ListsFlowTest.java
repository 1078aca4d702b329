package org.amicus.lists.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.amicus.mail.MailFixtures;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * A list's life as its people meet it, with every message going through the real mail engine to
 * GreenMail on loopback and posts sent by SMTP to the embedded listener: staff create a list, a
 * subscriber confirms from the mail in her language, a member's first post is held and approved,
 * a reply threads, a loop is dropped, the digest goes out, a dead address is disabled by its
 * bounces, and one click unsubscribes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class ListsFlowTest {

    static final RequestPostProcessor STAFF = user("moderator").roles("STAFF");
    static final GreenMail RELAY;
    static final int INBOUND_PORT;

    static {
        RELAY = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        RELAY.start();
        INBOUND_PORT = freePort();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry r) {
        r.add("amicus.mail.delivery", () -> "true");
        r.add("amicus.mail.smtp.host", () -> "127.0.0.1");
        r.add("amicus.mail.smtp.port", () -> RELAY.getSmtp().getPort());
        r.add("amicus.mail.bounce-domain", () -> "bounces.test");
        r.add("amicus.mail.base-url", () -> "https://amicus.test");
        r.add("amicus.mail.queue.poll", () -> "PT0.1S");
        r.add("amicus.mail.inbound.enabled", () -> "true");
        r.add("amicus.mail.inbound.port", () -> INBOUND_PORT);
        r.add("amicus.mail.inbound.domains[0]", () -> "lists.test");
        r.add("amicus.lists.domain", () -> "lists.test");
    }

    @AfterAll
    static void stopRelay() {
        RELAY.stop();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aListFromCreationToUnsubscribe() throws Exception {
        String t = MailFixtures.tag();
        String slug = "coalition-" + t;
        String address = slug + "@lists.test";
        mvc.perform(post("/staff/lists").with(STAFF).with(csrf()).param("name", "Coalition " + t).param("address", address)
                .param("language", "en").param("kind", "DISCUSSION").param("archive", "PUBLIC").param("attachmentLimit", "1000"))
            .andExpect(redirectedUrl("/staff/lists/" + slug));

        // Chloé subscribes on the web, in French, and confirms from the mail she receives in French.
        String chloe = "chloe." + t + "@example.org";
        mvc.perform(post("/lists/" + slug + "/subscribe").with(csrf()).param("address", chloe).param("name", "Chloé")
                .param("language", "fr").param("delivery", "EACH"))
            .andExpect(redirectedUrl("/lists/" + slug + "/check-mail?lang=fr"));
        assertThat(state(slug, chloe)).isEqualTo("PENDING");
        MimeMessage confirmation = awaitMail(chloe, "Confirmez");
        assertThat(confirmation.getSubject()).isEqualTo("Confirmez votre abonnement à Coalition " + t);
        assertThat(confirmation.getHeader("Content-Language", null)).isEqualTo("fr");
        Matcher link = Pattern.compile("https://amicus\\.test(/lists/confirm/[A-Za-z0-9_-]+)\\?lang=fr").matcher(text(confirmation));
        assertThat(link.find()).isTrue();
        String confirmPath = link.group(1);
        mvc.perform(get(confirmPath)).andExpect(redirectedUrl(confirmPath + "?lang=fr"));
        mvc.perform(get(confirmPath).param("lang", "fr")).andExpect(content().string(containsString("Confirmez votre abonnement")));
        assertThat(state(slug, chloe)).as("opening the page confirms nothing").isEqualTo("PENDING");
        mvc.perform(post(confirmPath).with(csrf()))
            .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).matches("/lists/preferences/[A-Za-z0-9_-]+\\?confirmed&lang=fr"));
        assertThat(state(slug, chloe)).isEqualTo("ACTIVE");
        mvc.perform(post(confirmPath).with(csrf())).andExpect(content().string(containsString("This link is not valid")));

        // Staff add a digest reader and an address that will bounce.
        String digestReader = "dora." + t + "@example.org";
        String dead = "dead." + t + "@example.net";
        mvc.perform(post("/staff/lists/" + slug + "/subscribers").with(STAFF).with(csrf()).param("address", digestReader)
                .param("language", "es").param("delivery", "DIGEST")).andExpect(redirectedUrl("/staff/lists/" + slug));
        mvc.perform(post("/staff/lists/" + slug + "/subscribers").with(STAFF).with(csrf()).param("address", dead)
                .param("language", "en").param("delivery", "EACH")).andExpect(redirectedUrl("/staff/lists/" + slug));
        // A digest reader who chooses the MIME form on her own page.
        String mimeReader = "mimi." + t + "@example.org";
        mvc.perform(post("/staff/lists/" + slug + "/subscribers").with(STAFF).with(csrf()).param("address", mimeReader)
                .param("language", "pt").param("delivery", "DIGEST")).andExpect(redirectedUrl("/staff/lists/" + slug));
        String mimeToken = jdbc.sql("select s.token from list_subscription s join mailing_list l on l.id = s.list_id where l.slug = ? and s.address = ?")
            .params(slug, mimeReader).query(String.class).single();
        mvc.perform(post("/lists/preferences/" + mimeToken).with(csrf()).param("language", "pt").param("delivery", "DIGEST").param("format", "MIME"))
            .andExpect(redirectedUrl("/lists/preferences/" + mimeToken + "?lang=pt"));

        // Chloé's first post by mail is held; the moderator approves it.
        String first = "<first." + t + "@example.org>";
        smtp(chloe, address, ("From: Chloé <" + chloe + ">\r\nTo: " + address + "\r\nSubject: Ratification au Sénégal\r\nMessage-ID: " + first
                + "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nLe projet de loi avance.\r\n").getBytes(StandardCharsets.UTF_8));
        long held = awaitHeld(slug);
        mvc.perform(get("/staff/lists/" + slug + "/held").with(STAFF)).andExpect(content().string(containsString("First post")));
        assertThat(text(awaitMail(chloe, "attend un modérateur"))).contains("« Ratification au Sénégal »").contains("(Premier message)");
        mvc.perform(post("/staff/lists/" + slug + "/held/" + held + "/approve").with(STAFF).with(csrf()))
            .andExpect(redirectedUrl("/staff/lists/" + slug + "/held"));

        MimeMessage post = awaitMail(dead, "Ratification");
        assertThat(post.getSubject()).isEqualTo("[Coalition " + t + "] Ratification au Sénégal");
        assertThat(post.getHeader("List-Id", null)).isEqualTo("Coalition " + t + " <" + slug + ".lists.test>");
        assertThat(post.getHeader("List-Post", null)).isEqualTo("<mailto:" + address + ">");
        assertThat(post.getHeader("List-Archive", null)).isEqualTo("<https://amicus.test/lists/" + slug + "/archive>");
        assertThat(post.getHeader("List-Unsubscribe", null))
            .startsWith("<mailto:" + slug + "-leave@lists.test?subject=unsubscribe>, <https://amicus.test/mail/unsubscribe/");
        assertThat(post.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(post.getHeader("Precedence", null)).isEqualTo("list");
        assertThat(post.getHeader("X-Loop", null)).isEqualTo("bounces.test");
        InternetAddress from = (InternetAddress) post.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo(address);
        assertThat(from.getPersonal()).isEqualTo("Chloé via Coalition " + t);
        assertThat(((InternetAddress) post.getReplyTo()[0]).getAddress()).isEqualTo(address);
        String body = text(post);
        assertThat(body).startsWith("Le projet de loi avance.").contains("Unsubscribe in one click: https://amicus.test/mail/unsubscribe/")
            .containsPattern("Your subscription: https://amicus\\.test/lists/preferences/[A-Za-z0-9_-]+");
        assertThat(awaitMail(chloe, "Ratification").getSubject()).contains("Ratification");

        // Her reply is no longer a first post: it goes out at once and threads under the first.
        smtp(chloe, address, ("From: " + chloe + "\r\nTo: " + address + "\r\nSubject: Re: Ratification au Sénégal\r\nMessage-ID: <reply." + t
                + "@example.org>\r\nIn-Reply-To: " + first + "\r\nReferences: " + first + "\r\nContent-Language: fr\r\n\r\nVote mardi.\r\n")
            .getBytes(StandardCharsets.UTF_8));
        // Its copies keep the post's Message-ID, In-Reply-To and References, so mail clients thread them.
        MimeMessage reply = awaitMail(dead, "Re: Ratification");
        assertThat(reply.getMessageID()).isEqualTo("<reply." + t + "@example.org>");
        assertThat(reply.getHeader("In-Reply-To", null)).isEqualTo(first);
        assertThat(reply.getHeader("References", null)).isEqualTo(first);
        assertThat(post.getMessageID()).isEqualTo(first);
        assertThat(post.getHeader("In-Reply-To")).isNull();
        mvc.perform(get("/api/v1/lists/" + slug + "/archive"))
            .andExpect(jsonPath("$[0][0].subject").value("Ratification au Sénégal"))
            .andExpect(jsonPath("$[0][1].subject").value("Re: Ratification au Sénégal"))
            .andExpect(jsonPath("$[0][1].depth").value(1));
        mvc.perform(get("/lists/" + slug + "/archive").param("q", "mardi")).andExpect(content().string(containsString("Re: Ratification")));

        // A message carrying the list's own List-Id is a loop: dropped, never archived or sent.
        var sentFrom = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusSeconds(1);
        smtp(chloe, address, ("From: " + chloe + "\r\nTo: " + address + "\r\nSubject: Looping " + t + "\r\nList-Id: <" + slug
                + ".lists.test>\r\nMessage-ID: <loop." + t + "@example.org>\r\n\r\nAgain.\r\n").getBytes(StandardCharsets.UTF_8));
        // A subject that decodes to a line break (header injection) is dropped too.
        smtp(chloe, address, ("From: " + chloe + "\r\nTo: " + address + "\r\nSubject: =?UTF-8?Q?Hi=0D=0ABcc:_victim@example.org?=\r\nMessage-ID: <inject."
                + t + "@example.org>\r\n\r\nInjected.\r\n").getBytes(StandardCharsets.UTF_8));
        // Handled once the events published since (this test's: others' unfinished events may linger) are complete.
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from event_publication where completion_date is null and publication_date >= ?").param(sentFrom)
            .query(Long.class).single() == 0);
        assertThat(jdbc.sql("select count(*) from list_message m join mailing_list l on l.id = m.list_id where l.slug = ?").param(slug)
            .query(Long.class).single()).isEqualTo(2);

        // The digest: RFC 1153, numbered, in the reader's language, with both posts.
        mvc.perform(post("/staff/lists/" + slug + "/digest").with(STAFF).with(csrf())).andExpect(redirectedUrl("/staff/lists/" + slug));
        MimeMessage digest = awaitMail(digestReader, "Resumen");
        assertThat(digest.getSubject()).isEqualTo("Resumen de Coalition " + t + ", vol. 1, número 1");
        String d = text(digest);
        assertThat(d).contains("Temas de hoy:").contains("   1. Ratification au Sénégal (Chloé)").contains("   2. Re: Ratification au Sénégal")
            .contains("\n" + "-".repeat(70) + "\n").contains("\n" + "-".repeat(30) + "\n").contains("Message-ID: " + first)
            .contains("Le projet de loi avance.").contains("Vote mardi.").contains("Fin del Resumen de Coalition " + t);
        MimeMessage mime = awaitMail(mimeReader, "Resumo");
        assertThat(mime.isMimeType("multipart/mixed")).isTrue();
        jakarta.mail.Multipart outer = (jakarta.mail.Multipart) mime.getContent();
        assertThat((String) outer.getBodyPart(0).getContent()).contains("   1. Ratification au Sénégal (Chloé)")
            .contains("As mensagens deste resumo seguem");
        assertThat(outer.getBodyPart(1).isMimeType("multipart/digest")).isTrue();
        jakarta.mail.Multipart digested = (jakarta.mail.Multipart) outer.getBodyPart(1).getContent();
        assertThat(digested.getCount()).isEqualTo(2);
        MimeMessage firstPost = (MimeMessage) digested.getBodyPart(0).getContent();
        assertThat(firstPost.getSubject()).isEqualTo("Ratification au Sénégal");
        assertThat(firstPost.getMessageID()).isEqualTo(first);
        assertThat(((String) ((MimeMessage) digested.getBodyPart(1).getContent()).getContent()).trim()).isEqualTo("Vote mardi.");
        assertThat(text(digest)).as("the plain digest reader still gets RFC 1153").contains("Vote mardi.");
        mvc.perform(post("/staff/lists/" + slug + "/digest").with(STAFF).with(csrf()))
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("notice", "lists.notice.noDigest"));

        // Repeated bounces disable the dead address (four earlier days, then today's: Mailman's threshold of 5).
        String returnPath = post.getHeader("Return-Path", null).replaceAll("[<>]", "");
        for (int day = 4; day >= 1; day--) {
            jdbc.sql("insert into mail_feedback (received_at, kind, address, list_id, status) values (?, 'HARD_BOUNCE', ?, ?, '5.1.1')")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusDays(day), dead, "Coalition " + t + " <" + slug + ".lists.test>").update();
        }
        byte[] bounce = new String(MailFixtures.fixture("postfix-user-unknown.eml", returnPath), StandardCharsets.UTF_8)
            .replace("nobody@example.net", dead).getBytes(StandardCharsets.UTF_8);
        smtp("MAILER-DAEMON@mx.example.org", returnPath, bounce);
        await().atMost(Duration.ofSeconds(30)).until(() -> "DISABLED".equals(state(slug, dead)));
        mvc.perform(get("/api/v1/lists/" + slug + "/subscriptions").with(STAFF))
            .andExpect(jsonPath("$[?(@.address == '" + dead + "')].bounceScore").value(5.0));

        // One click in Chloé's mail client ends her subscription.
        Matcher oneClick = Pattern.compile("<https://amicus\\.test(/mail/unsubscribe/[^>]+)>")
            .matcher(awaitMail(chloe, "Re: Ratification").getHeader("List-Unsubscribe", null));
        assertThat(oneClick.find()).isTrue();
        mvc.perform(post(oneClick.group(1)).param("List-Unsubscribe", "One-Click")).andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(30)).until(() -> "ENDED".equals(state(slug, chloe)));

        // She comes back: once she confirms again, the list's mail reaches her again.
        mvc.perform(post("/lists/" + slug + "/subscribe").with(csrf()).param("address", chloe).param("language", "fr").param("delivery", "EACH"))
            .andExpect(redirectedUrl("/lists/" + slug + "/check-mail?lang=fr"));
        await().atMost(Duration.ofSeconds(30)).until(() -> RELAY.getReceivedMessages().length > 0 && confirmLinks(chloe).size() == 2);
        mvc.perform(post(confirmLinks(chloe).get(1)).with(csrf()));
        assertThat(state(slug, chloe)).isEqualTo("ACTIVE");
        mvc.perform(post("/staff/lists/" + slug + "/post").with(STAFF).with(csrf()).param("subject", "Welcome back " + t).param("body", "Hello."))
            .andExpect(redirectedUrl("/staff/lists/" + slug));
        assertThat(awaitMail(chloe, "Welcome back " + t).getSubject()).isEqualTo("[Coalition " + t + "] Welcome back " + t);

        // A reader added afterwards gets that post in one click, and only she (the follow-up send has one recipient).
        String late = "late." + t + "@example.org";
        mvc.perform(post("/staff/lists/" + slug + "/subscribers").with(STAFF).with(csrf()).param("address", late)
                .param("language", "en").param("delivery", "EACH")).andExpect(redirectedUrl("/staff/lists/" + slug));
        long welcome = jdbc.sql("select m.id from list_message m join mailing_list l on l.id = m.list_id where l.slug = ? and m.subject = ?")
            .params(slug, "Welcome back " + t).query(Long.class).single();
        mvc.perform(get("/staff/lists/" + slug).with(STAFF)).andExpect(content().string(containsString("/sent/" + welcome + "/added")));
        mvc.perform(post("/staff/lists/" + slug + "/sent/" + welcome + "/added").with(STAFF).with(csrf()))
            .andExpect(redirectedUrl("/staff/lists/" + slug))
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attribute("noticeArgs", org.hamcrest.Matchers.arrayContaining(1)));
        assertThat(awaitMail(late, "Welcome back " + t).getSubject()).isEqualTo("[Coalition " + t + "] Welcome back " + t);

        // Retired, the list answers no more; restored, it is all there again.
        mvc.perform(post("/staff/lists/" + slug + "/retire").with(STAFF).with(csrf())).andExpect(redirectedUrl("/staff/lists"));
        mvc.perform(get("/lists/" + slug)).andExpect(status().isNotFound());
        mvc.perform(post("/staff/lists/" + slug + "/restore").with(STAFF).with(csrf())).andExpect(redirectedUrl("/staff/lists/" + slug));
        mvc.perform(get("/lists/" + slug + "/archive").param("q", "mardi")).andExpect(content().string(containsString("Re: Ratification")));
    }

    @Test
    void moderatorsAreToldByMailInTheirLanguageAndOnlyStaffAccountsOwnAList() throws Exception {
        String t = MailFixtures.tag();
        String slug = "moderated-" + t;
        String address = slug + "@lists.test";
        String moderator = "mod-" + t;
        String moderatorMail = "mod." + t + "@example.org";
        jdbc.sql("""
                insert into app_user (username, display_name, email, password_hash, preferred_language, created_at)
                values (?, 'Moderadora', ?, '{noop}unused', 'pt', current_timestamp)""").params(moderator, moderatorMail).update();
        jdbc.sql("insert into app_user_role (user_id, role) select id, 'STAFF' from app_user where username = ?").param(moderator).update();

        // An owner who has no staff account is refused by name, in the reader's language; nothing is saved.
        mvc.perform(post("/staff/lists").with(STAFF).with(csrf()).param("name", "Moderated " + t).param("address", address)
                .param("language", "en").param("kind", "MODERATED").param("archive", "PUBLIC").param("owners", "ghost-" + t)
                .param("moderators", moderator).param("lang", "fr"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("« ghost-" + t + " » n&#39;est pas le nom d&#39;utilisateur d&#39;un compte actif")));
        assertThat(jdbc.sql("select count(*) from mailing_list where slug = ?").param(slug).query(Long.class).single()).isZero();
        mvc.perform(post("/staff/lists").with(STAFF).with(csrf()).param("name", "Moderated " + t).param("address", address)
                .param("language", "en").param("kind", "MODERATED").param("archive", "PUBLIC").param("moderators", moderator))
            .andExpect(redirectedUrl("/staff/lists/" + slug));

        // A stranger's post is held; the moderator is told in Portuguese, with the link to the held post.
        String stranger = "stranger." + t + "@example.org";
        smtp(stranger, address, ("From: " + stranger + "\r\nTo: " + address + "\r\nSubject: Pergunta " + t + "\r\nMessage-ID: <q." + t
                + "@example.org>\r\n\r\nUma pergunta.\r\n").getBytes(StandardCharsets.UTF_8));
        long held = awaitHeld(slug);
        MimeMessage notice = awaitMail(moderatorMail, "Aguarda moderação");
        assertThat(notice.getSubject()).isEqualTo("Aguarda moderação em Moderated " + t + ": Pergunta " + t);
        assertThat(notice.getHeader("Content-Language", null)).isEqualTo("pt");
        String link = "https://amicus.test/staff/lists/" + slug + "/held#held-" + held;
        assertThat(text(notice)).contains("De: " + stranger).contains(link);
        // The link needs sign-in.
        mvc.perform(get("/staff/lists/" + slug + "/held")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/staff/lists/" + slug + "/held").with(user(moderator).roles("STAFF")))
            .andExpect(content().string(containsString("held-" + held)));
        assertThat(RELAY.getReceivedMessages()).as("strangers are not answered (no backscatter)")
            .noneMatch(m -> address(m).equals(stranger));
    }

    static String address(MimeMessage m) {
        try {
            return ((InternetAddress) m.getAllRecipients()[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> confirmLinks(String to) throws Exception {
        List<String> links = new ArrayList<>();
        for (MimeMessage m : RELAY.getReceivedMessages()) {
            if (((InternetAddress) m.getAllRecipients()[0]).getAddress().equals(to) && m.getSubject().startsWith("Confirmez")) {
                Matcher link = Pattern.compile("(/lists/confirm/[A-Za-z0-9_-]+)").matcher(text(m));
                if (link.find()) {
                    links.add(link.group(1));
                }
            }
        }
        return links;
    }

    @Test
    void badInputIsRefusedInTheReadersLanguageAndNothingIsSaved() throws Exception {
        mvc.perform(post("/staff/lists").with(STAFF).with(csrf()).param("name", "").param("address", "not an address")
                .param("language", "xx").param("kind", "CHAT").param("archive", "PUBLIC").param("lang", "fr"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Choisissez l&#39;une des cinq langues")))
            .andExpect(content().string(containsString("Donnez une adresse")));
        mvc.perform(post("/api/v1/lists").with(user("staff").roles("STAFF")).contentType("application/json")
                .content("{\"name\":\"X\\nBcc: a@b.c\",\"address\":\"x@lists.test\",\"language\":\"en\",\"kind\":\"DISCUSSION\",\"archive\":\"PUBLIC\"}"))
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
        assertThat(jdbc.sql("select count(*) from mailing_list where slug = 'x'").query(Long.class).single()).isZero();

        String slug = "updates-ar";
        mvc.perform(post("/lists/" + slug + "/subscribe").with(csrf()).param("address", "nobody").param("language", "ar")
                .param("delivery", "EACH").param("lang", "ar"))
            .andExpect(content().string(containsString("هذا العنوان البريدي غير صالح")));
        mvc.perform(get("/api/v1/lists/" + slug + "/subscriptions")).andExpect(status().isUnauthorized());
    }

    @Test
    void moderatorsRejectWithAReasonAlwaysAllowAndHoldLargeAttachmentsWhichDownloadSafely() throws Exception {
        String t = MailFixtures.tag();
        String slug = "team-" + t;
        String address = slug + "@lists.test";
        mvc.perform(post("/api/v1/lists").with(user("staff").roles("STAFF")).contentType("application/json").content("{\"name\":\"Team " + t
                + "\",\"address\":\"" + address + "\",\"language\":\"pt\",\"kind\":\"DISCUSSION\",\"archive\":\"SUBSCRIBERS\",\"attachmentLimit\":\"100\"}"))
            .andExpect(status().isCreated()).andExpect(jsonPath("$.listId").value(slug + ".lists.test"));

        // A stranger's post is held without a word to them; the moderator rejects it with a reason, which they receive in the list's language.
        String stranger = "stranger." + t + "@example.com";
        smtp(stranger, address, ("From: " + stranger + "\r\nTo: " + address + "\r\nSubject: Buy now\r\nMessage-ID: <s1." + t
                + "@example.com>\r\n\r\nOffer.\r\n").getBytes(StandardCharsets.UTF_8));
        long strangers = awaitHeld(slug);
        mvc.perform(get("/api/v1/lists/" + slug + "/held").with(STAFF)).andExpect(jsonPath("$[0].reason").value("NON_MEMBER"));
        mvc.perform(post("/staff/lists/" + slug + "/held/" + strangers + "/reject").with(STAFF).with(csrf()).param("reason", ""))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Give the reason the sender will read.")));
        mvc.perform(post("/staff/lists/" + slug + "/held/" + strangers + "/reject").with(STAFF).with(csrf()).param("reason", "Não é o tema da lista."))
            .andExpect(redirectedUrl("/staff/lists/" + slug + "/held"));
        MimeMessage rejected = awaitMail(stranger, "não foi divulgada");
        assertThat(text(rejected)).contains("“Buy now”").contains("Não é o tema da lista.");
        assertThat(RELAY.getReceivedMessages()).noneMatch(m -> subject(m).contains("aguarda um moderador") && to(m).equals(stranger));

        // A partner the moderator always allows: the second post goes out without waiting.
        String partner = "partner." + t + "@example.org";
        smtp(partner, address, ("From: " + partner + "\r\nTo: " + address + "\r\nSubject: Statement\r\nMessage-ID: <p1." + t
                + "@example.org>\r\n\r\nOur statement.\r\n").getBytes(StandardCharsets.UTF_8));
        mvc.perform(post("/api/v1/lists/" + slug + "/held/" + awaitHeld(slug) + "/approve").param("alwaysAllow", "true").with(STAFF))
            .andExpect(jsonPath("$.state").value("POSTED"));
        smtp(partner, address, ("From: " + partner + "\r\nTo: " + address + "\r\nSubject: Second statement\r\nMessage-ID: <p2." + t
                + "@example.org>\r\n\r\nMore.\r\n").getBytes(StandardCharsets.UTF_8));
        // Inbound posts are stored after the receipt commits: wait for it, then it is posted, not held.
        assertThat(await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select state from list_message where message_id = ?")
            .param("<p2." + t + "@example.org>").query(String.class).optional().orElse(null), java.util.Objects::nonNull)).isEqualTo("POSTED");
        assertThat(heldId(slug)).isNull();

        // A subscriber writes on the web from her own page; an attachment over the list's limit is held, then downloads safely.
        String ana = "ana." + t + "@example.org";
        mvc.perform(post("/staff/lists/" + slug + "/subscribers").with(STAFF).with(csrf()).param("address", ana).param("language", "pt")
                .param("delivery", "WEB")).andExpect(redirectedUrl("/staff/lists/" + slug));
        String token = jdbc.sql("select token from list_subscription where address = ?").param(ana).query(String.class).single();
        // Refused input goes back to her page in her language, the problem carried across the redirect.
        mvc.perform(post("/lists/preferences/" + token + "/post").with(csrf()).param("subject", "Olá").param("body", "").param("lang", "en"))
            .andExpect(redirectedUrl("/lists/preferences/" + token + "?lang=pt"))
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("problems",
                    org.hamcrest.Matchers.contains(org.hamcrest.Matchers.hasToString(containsString("code=lists.error.body")))));
        mvc.perform(post("/lists/preferences/" + token + "/post").with(csrf()).param("subject", "Olá").param("body", "Primeira mensagem."))
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("notice", "lists.notice.held"));
        mvc.perform(post("/staff/lists/" + slug + "/held/" + heldId(slug) + "/approve").with(STAFF).with(csrf()));
        String boundary = "b" + t;
        smtp(ana, address, ("From: " + ana + "\r\nTo: " + address + "\r\nSubject: Relatório\r\nMessage-ID: <a2." + t
                + "@example.org>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=" + boundary + "\r\n\r\n--" + boundary
                + "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nSegue o relatório.\r\n--" + boundary
                + "\r\nContent-Type: text/html; name=\"report.html\"\r\nContent-Disposition: attachment; filename=\"report.html\"\r\n\r\n<script>alert(1)</script>"
                + "x".repeat(200) + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        long report = awaitHeld(slug);
        mvc.perform(get("/staff/lists/" + slug + "/held").with(STAFF)).andExpect(content().string(containsString("Attachments over the limit")));
        mvc.perform(post("/staff/lists/" + slug + "/held/" + report + "/approve").with(STAFF).with(csrf()));
        long attachment = jdbc.sql("select id from list_attachment where message_id = ?").param(report).query(Long.class).single();
        String download = "/lists/" + slug + "/archive/attachments/" + attachment;
        mvc.perform(get(download)).andExpect(status().is3xxRedirection());
        mvc.perform(get(download).with(STAFF)).andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/octet-stream"))
            .andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"report.html\"")))
            .andExpect(header().string("X-Content-Type-Options", "nosniff"))
            .andExpect(content().string(org.hamcrest.Matchers.startsWith("<script>")));
        // Her own link opens the subscribers' archive in her browser.
        var opened = mvc.perform(get("/lists/preferences/" + token).param("lang", "pt")).andExpect(status().isOk()).andReturn();
        mvc.perform(get("/lists/" + slug + "/archive/" + report).cookie(opened.getResponse().getCookie("SESSION"))).andExpect(content().string(containsString("report.html")))
            .andExpect(content().string(containsString("Segue o relatório.")));
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String to(MimeMessage m) {
        try {
            return ((InternetAddress) m.getAllRecipients()[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSubscribeFormCannotChangeAnActiveSubscribersChoices() throws Exception {
        String address = "kept." + MailFixtures.tag() + "@example.org";
        mvc.perform(post("/staff/lists/updates-en/subscribers").with(STAFF).with(csrf()).param("address", address).param("language", "en")
                .param("delivery", "EACH")).andExpect(redirectedUrl("/staff/lists/updates-en"));
        mvc.perform(post("/lists/updates-en/subscribe").with(csrf()).param("address", address).param("language", "ar").param("delivery", "WEB"))
            .andExpect(redirectedUrl("/lists/updates-en/check-mail?lang=ar"));
        assertThat(jdbc.sql("select state || ' ' || language || ' ' || delivery from list_subscription where address = ?").param(address)
            .query(String.class).single()).isEqualTo("ACTIVE en EACH");
    }

    @Test
    void anExpiredConfirmationLinkConfirmsNothing() throws Exception {
        String address = "late." + MailFixtures.tag() + "@example.org";
        mvc.perform(post("/lists/updates-pt/subscribe").with(csrf()).param("address", address).param("language", "pt").param("delivery", "DIGEST"))
            .andExpect(redirectedUrl("/lists/updates-pt/check-mail?lang=pt"));
        Matcher link = Pattern.compile("(/lists/confirm/[A-Za-z0-9_-]+)").matcher(text(awaitMail(address, "Confirme")));
        assertThat(link.find()).isTrue();
        jdbc.sql("update list_subscription set confirm_expires = ? where address = ?")
            .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), address).update();
        mvc.perform(post(link.group(1)).with(csrf()).param("lang", "pt")).andExpect(content().string(containsString("Este link expirou.")));
        assertThat(state("updates-pt", address)).isEqualTo("PENDING");
    }

    @Test
    void theSixteenListsAreShippedWithTheirSource() throws Exception {
        mvc.perform(get("/api/v1/lists")).andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(16)));
        assertThat(jdbc.sql("select count(distinct language) from mailing_list where source like '%16 listservs%'").query(Long.class).single())
            .isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from mailing_list where source like '%16 listservs%'").query(Long.class).single()).isEqualTo(16);
        mvc.perform(get("/lists/members-en/archive")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/lists/updates-en/archive")).andExpect(status().isOk());
        mvc.perform(get("/lists/africa-fr/archive").with(user("m").roles("MEMBER"))).andExpect(status().isOk());
    }

    String state(String slug, String address) {
        return jdbc.sql("select s.state from list_subscription s join mailing_list l on l.id = s.list_id where l.slug = ? and s.address = ?")
            .params(slug, address).query(String.class).optional().orElse(null);
    }

    long awaitHeld(String slug) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> heldId(slug), id -> id != null);
    }

    Long heldId(String slug) {
        return jdbc.sql("select m.id from list_message m join mailing_list l on l.id = m.list_id where l.slug = ? and m.state = 'HELD'")
            .param(slug).query(Long.class).optional().orElse(null);
    }

    static MimeMessage awaitMail(String to, String subjectPart) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            for (MimeMessage m : RELAY.getReceivedMessages()) {
                for (Address a : m.getAllRecipients()) {
                    if (((InternetAddress) a).getAddress().equals(to) && m.getSubject().contains(subjectPart)) {
                        return m;
                    }
                }
            }
            return null;
        }, m -> m != null);
    }

    static String text(MimeMessage m) throws MessagingException, IOException {
        return ((String) m.getContent()).replace("\r\n", "\n");
    }

    static void smtp(String from, String to, byte[] raw) throws MessagingException {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(INBOUND_PORT));
        p.put("mail.mime.allowutf8", "true");
        var message = new org.eclipse.angus.mail.smtp.SMTPMessage(Session.getInstance(p), new ByteArrayInputStream(raw)) {
            @Override
            protected void updateMessageID() {
                // keep the Message-ID the test wrote, as a mail client does
            }
        };
        message.setEnvelopeFrom(from);
        Transport.send(message, new Address[] { new InternetAddress(to) });
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
