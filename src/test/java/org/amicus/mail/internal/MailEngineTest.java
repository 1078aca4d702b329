package org.amicus.mail.internal;

import static org.amicus.mail.MailFixtures.list;
import static org.amicus.mail.MailFixtures.send;
import static org.amicus.mail.MailFixtures.tag;
import static org.amicus.mail.MailFixtures.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.amicus.mail.DeliveryFeedback;
import org.amicus.mail.InboundMessage;
import org.amicus.mail.Outbox;
import org.amicus.mail.MailFixtures;
import org.amicus.platform.Language;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The engine end to end: sends delivered by SMTP to GreenMail on loopback and parsed back header by
 * header; one-click unsubscribe; bounces, complaints and list posts sent by SMTP to the embedded
 * listener.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class MailEngineTest {

    static final GreenMail RELAY;
    static final int INBOUND_PORT;

    static {
        RELAY = new GreenMail(new ServerSetup[] { new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP) });
        RELAY.start();
        RELAY.setUser("bounces@bounces.test", "bounces@bounces.test", "mailbox-password");
        INBOUND_PORT = freePort();
        DKIM_KEY = dkimKey();
    }

    /** A DKIM key made for this run only (no secret in the repository): the public half checks, the private half signs. */
    static final KeyPair DKIM_KEY;
    static final Path DKIM_KEY_FILE;

    static {
        try {
            DKIM_KEY_FILE = Files.createTempFile("amicus-dkim", ".pem");
            Files.writeString(DKIM_KEY_FILE, "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(DKIM_KEY.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n");
            DKIM_KEY_FILE.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair dkimKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry r) {
        r.add("amicus.mail.delivery", () -> "true");
        r.add("amicus.mail.smtp.host", () -> "127.0.0.1");
        r.add("amicus.mail.smtp.port", () -> RELAY.getSmtp().getPort());
        r.add("amicus.mail.smtp.pool-size", () -> "2");
        r.add("amicus.mail.bounce-domain", () -> "bounces.test");
        r.add("amicus.mail.base-url", () -> "https://amicus.test");
        r.add("amicus.mail.queue.poll", () -> "PT0.1S");
        r.add("amicus.mail.inbound.enabled", () -> "true");
        r.add("amicus.mail.inbound.port", () -> INBOUND_PORT);
        r.add("amicus.mail.inbound.domains[0]", () -> "lists.test");
        r.add("amicus.mail.inbound.max-message-size", () -> "100000");
        r.add("amicus.mail.inbound.imap.enabled", () -> "true");
        r.add("amicus.mail.inbound.imap.host", () -> "127.0.0.1");
        r.add("amicus.mail.inbound.imap.port", () -> RELAY.getImap().getPort());
        r.add("amicus.mail.inbound.imap.ssl", () -> "false");
        r.add("amicus.mail.inbound.imap.username", () -> "bounces@bounces.test");
        r.add("amicus.mail.inbound.imap.password", () -> "mailbox-password");
        r.add("amicus.mail.inbound.imap.poll", () -> "PT0.5S");
        r.add("amicus.mail.dkim.domain", () -> "lists.test");
        r.add("amicus.mail.dkim.selector", () -> "amicus2026");
        r.add("amicus.mail.dkim.private-key-file", DKIM_KEY_FILE::toString);
    }

    @AfterAll
    static void stopRelay() {
        RELAY.stop();
    }

    @Autowired
    Outbox outbox;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Signatures signatures;

    /** Events published on the listener's threads too (ApplicationEvents sees only the test's thread). */
    @TestConfiguration
    static class Collector {
        static final List<Object> EVENTS = new CopyOnWriteArrayList<>();

        @EventListener
        void inbound(InboundMessage m) {
            EVENTS.add(m);
        }

        @EventListener
        void feedback(DeliveryFeedback f) {
            EVENTS.add(f);
        }
    }

    static <T> java.util.stream.Stream<T> collected(Class<T> type) {
        return Collector.EVENTS.stream().filter(type::isInstance).map(type::cast);
    }

    @Test
    void aPersonalisedSendArrivesInEachReadersLanguageWithTheListHeaders() throws Exception {
        String t = tag();
        long id = outbox.enqueue(send("Global update " + t, list("updates"), List.of(
                to("ana." + t + "@example.org", "Ana <b>", Language.EN),
                to("chloe." + t + "@example.org", "Chloé", Language.FR),
                to("layla." + t + "@example.org", "ليلى", Language.AR),
                to("joao." + t + "@example.org", "João", Language.PT))));
        awaitFinished(id);
        assertThat(outbox.progress(id).count("SENT")).isEqualTo(4);
        assertThat(jdbc.sql("select smtp_reply from mail_recipient where send_id = ?").param(id).query(String.class).list())
            .allMatch(reply -> reply.startsWith("250"));

        MimeMessage ana = received("ana." + t + "@example.org");
        assertThat(ana.getSubject()).isEqualTo("Update for Ana <b>");
        assertThat(ana.getHeader("List-Id", null)).isEqualTo("updates <updates.lists.test>");
        assertThat(ana.getHeader("List-Unsubscribe", null))
            .startsWith("<mailto:updates-leave@lists.test?subject=unsubscribe>, <https://amicus.test/mail/unsubscribe/");
        assertThat(ana.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(ana.getHeader("List-Archive", null)).isEqualTo("<https://amicus.test/lists/updates>");
        assertThat(ana.getHeader("List-Post", null)).isEqualTo("NO");
        assertThat(ana.getHeader("Precedence", null)).isEqualTo("list");
        assertThat(ana.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(ana.getHeader("Message-ID", null)).matches("<" + id + "\\.\\d+\\.[-0-9a-f]+@bounces\\.test>");
        assertThat(ana.getSentDate()).isNotNull();
        assertThat(ana.getHeader("Return-Path", null)).matches("<?bounces\\+\\d+\\.[0-9a-f]{10}@bounces\\.test>?");
        assertThat(((InternetAddress) ana.getFrom()[0]).getPersonal()).isEqualTo("Coalition · Secretariat");
        assertThat(ana.isMimeType("multipart/alternative")).isTrue();
        Multipart parts = (Multipart) ana.getContent();
        assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat((String) parts.getBodyPart(0).getContent()).contains("Dear Ana <b>, the campaign in Côte d'Ivoire goes on.")
            .contains("https://amicus.test/mail/unsubscribe/");
        assertThat((String) parts.getBodyPart(1).getContent()).contains("Dear Ana &lt;b&gt;, the campaign in Côte d&#39;Ivoire");

        MimeMessage chloe = received("chloe." + t + "@example.org");
        assertThat(chloe.getSubject()).isEqualTo("Nouvelles pour Chloé");
        assertThat(chloe.getHeader("Subject", null)).startsWith("=?UTF-8?");
        assertThat(chloe.getHeader("Content-Language", null)).isEqualTo("fr");
        MimeMessage layla = received("layla." + t + "@example.org");
        assertThat(layla.getSubject()).isEqualTo("تحديث الحملة");
        assertThat(layla.isMimeType("text/plain")).isTrue();
        assertThat((String) layla.getContent()).contains("عزيزتي ليلى");
        // No Portuguese content: the first language given.
        assertThat(received("joao." + t + "@example.org").getSubject()).isEqualTo("Update for João");
    }

    @Test
    void aMimeDigestCarriesEachPostAsAMessageAndAListPostsCopiesKeepItsThread() throws Exception {
        String t = tag();
        String reader = "digest." + t + "@example.org";
        var digested = List.of(
                new org.amicus.mail.Outgoing.Digested("ama@example.org", "Ama Mensah", "Ratification au Sénégal",
                        java.time.Instant.parse("2026-11-27T10:15:30Z"), "<first." + t + "@example.org>", "Le projet de loi avance."),
                new org.amicus.mail.Outgoing.Digested("chloe@example.org", null, "Re: Ratification\r\nBcc: victim@example.org",
                        java.time.Instant.parse("2026-11-27T11:00:00Z"), "not a message id", "Vote mardi."));
        var digest = new org.amicus.mail.Outgoing.Content("Digest " + t, "Today's topics\n\nUnsubscribe: {{unsubscribe_url}}", null, digested);
        long id = outbox.enqueue(new org.amicus.mail.Outgoing("Digest " + t, "updates@lists.test", "updates", null, list("updates"),
                Map.of(Language.EN, digest), List.of(to(reader, "Dora", Language.EN))));
        assertThat(jdbc.sql("select content_type from mail_content where send_id = ?").param(id).query(String.class).single())
            .isEqualTo("multipart/mixed");
        awaitFinished(id);

        MimeMessage m = received(reader);
        assertThat(m.isMimeType("multipart/mixed")).isTrue();
        Multipart outer = (Multipart) m.getContent();
        assertThat(outer.getCount()).isEqualTo(2);
        assertThat((String) outer.getBodyPart(0).getContent()).contains("Today's topics").contains("https://amicus.test/mail/unsubscribe/");
        assertThat(outer.getBodyPart(1).isMimeType("multipart/digest")).isTrue();
        Multipart posts = (Multipart) outer.getBodyPart(1).getContent();
        assertThat(posts.getCount()).isEqualTo(2);
        MimeMessage first = (MimeMessage) posts.getBodyPart(0).getContent();
        assertThat(first.getSubject()).isEqualTo("Ratification au Sénégal");
        assertThat(((InternetAddress) first.getFrom()[0]).getPersonal()).isEqualTo("Ama Mensah");
        assertThat(first.getMessageID()).isEqualTo("<first." + t + "@example.org>");
        assertThat(first.getSentDate()).isEqualTo(java.util.Date.from(java.time.Instant.parse("2026-11-27T10:15:30Z")));
        assertThat(((String) first.getContent()).trim()).isEqualTo("Le projet de loi avance.");
        MimeMessage second = (MimeMessage) posts.getBodyPart(1).getContent();
        assertThat(second.getSubject()).isEqualTo("Re: Ratification Bcc: victim@example.org");
        assertThat(second.getHeader("Bcc")).isNull();
        assertThat(second.getMessageID()).as("a malformed Message-ID is left out").isNull();

        // A list post's copies keep its Message-ID, In-Reply-To and References; malformed ones are refused whole.
        String follower = "thread." + t + "@example.org";
        var reply = new org.amicus.mail.Outgoing.Conversation("<reply." + t + "@example.org>", "<first." + t + "@example.org>",
                List.of("<root." + t + "@example.org>", "<first." + t + "@example.org>"));
        long threaded = outbox.enqueue(new org.amicus.mail.Outgoing("Reply " + t, "updates@lists.test", "updates", null, list("updates"),
                Map.of(Language.EN, new org.amicus.mail.Outgoing.Content("Re: Ratification", "Vote mardi.", null)),
                List.of(to(follower, "Fe", Language.EN)), reply));
        awaitFinished(threaded);
        MimeMessage copy = received(follower);
        assertThat(copy.getMessageID()).isEqualTo("<reply." + t + "@example.org>");
        assertThat(copy.getHeader("In-Reply-To", null)).isEqualTo("<first." + t + "@example.org>");
        assertThat(copy.getHeader("References", " ").split("\\s+")).containsExactly("<root." + t + "@example.org>", "<first." + t + "@example.org>");
        assertThat(jdbc.sql("select content_type from mail_content where send_id = ?").param(threaded).query(String.class).single())
            .isEqualTo("text/plain");
        var injected = new org.amicus.mail.Outgoing.Conversation("<a@b>\r\nBcc: victim@example.org", null, List.of());
        assertThatThrownBy(() -> outbox.enqueue(new org.amicus.mail.Outgoing("Bad " + t, "updates@lists.test", "updates", null, null,
                Map.of(Language.EN, new org.amicus.mail.Outgoing.Content("S", "T", null)), List.of(to(follower, "Fe", Language.EN)), injected)))
            .isInstanceOfSatisfying(org.amicus.platform.RejectedInput.class,
                    e -> assertThat(e.problems()).extracting(org.amicus.platform.RejectedInput.Problem::code).containsExactly("mail.error.messageId"));
    }

    @Test
    void everyMessageIsSignedWithDkimAndTheSignatureVerifiesWithThePublicKey() throws Exception {
        String t = tag();
        String address = "signed." + t + "@example.org";
        long id = outbox.enqueue(send("Signed " + t, list("updates"), List.of(to(address, "Zoë Ñandú", Language.FR))));
        awaitFinished(id);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        received(address).writeTo(raw);
        String message = raw.toString(StandardCharsets.ISO_8859_1);

        Map<String, String> tags = Dkim.tags(Dkim.header(message, "DKIM-Signature"));
        assertThat(tags).containsEntry("v", "1").containsEntry("a", "rsa-sha256").containsEntry("c", "relaxed/relaxed")
            .containsEntry("d", "lists.test").containsEntry("s", "amicus2026");
        assertThat(tags.get("h").split(":")).contains("from", "to", "subject", "date", "message-id", "list-id",
                "list-unsubscribe", "list-unsubscribe-post");
        assertThat(Dkim.verifies(message, DKIM_KEY.getPublic())).isTrue();
        // The check can fail: a changed subject or body no longer verifies.
        assertThat(Dkim.verifies(message.replaceFirst("(?m)^Subject: ", "Subject: Re: "), DKIM_KEY.getPublic())).isFalse();
        assertThat(Dkim.verifies(message.replaceFirst("Content-Transfer-Encoding: base64\r\n\r\n",
                "Content-Transfer-Encoding: base64\r\n\r\nQUJD\r\n"), DKIM_KEY.getPublic())).isFalse();
    }

    @Test
    void aLineBreakInAMergedValueCannotAddAHeader() throws Exception {
        String t = tag();
        String address = "eve." + t + "@example.org";
        var contents = new java.util.LinkedHashMap<Language, org.amicus.mail.Outgoing.Content>();
        contents.put(Language.EN, new org.amicus.mail.Outgoing.Content("News from {{country}}", "In {{country}}.", null));
        long id = outbox.enqueue(new org.amicus.mail.Outgoing("Injection " + t, "updates@lists.test", "Coalition", null, null,
                contents, List.of(new org.amicus.mail.Outgoing.Recipient(address, "Eve", Language.EN,
                        Map.of("country", "Nowhere\r\nBcc: victim." + t + "@example.org")))));
        awaitFinished(id);
        MimeMessage eve = received(address);
        assertThat(eve.getSubject()).isEqualTo("News from Nowhere Bcc: victim." + t + "@example.org");
        assertThat(eve.getHeader("Bcc")).isNull();
        assertThat(eve.getAllRecipients()).hasSize(1);
        assertThatThrownBy(() -> received("victim." + t + "@example.org")).isInstanceOf(AssertionError.class);
    }

    @Test
    void oneClickUnsubscribeWorksWithoutSignInAndEveryLaterSendOfTheListRespectsIt() throws Exception {
        String t = tag();
        String address = "leaving." + t + "@example.org";
        long id = outbox.enqueue(send("Bulletin " + t, list("bulletin"), List.of(to(address, "Inès", Language.FR))));
        awaitFinished(id);
        String url = unsubscribeUrl(received(address));
        String path = url.substring("https://amicus.test".length());

        mvc.perform(get(path)).andExpect(redirectedUrl(path + "?lang=fr"));
        mvc.perform(get(path).param("lang", "fr")).andExpect(content().string(containsString("Me désabonner")));
        mvc.perform(post(path).param("List-Unsubscribe", "One-Click")).andExpect(status().isOk());
        mvc.perform(post(path.substring(0, path.length() - 3) + "abc").param("List-Unsubscribe", "One-Click"))
            .andExpect(status().isNotFound());

        assertThat(collected(DeliveryFeedback.class)).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(DeliveryFeedback.Kind.UNSUBSCRIBE);
            assertThat(e.address()).isEqualTo(address);
            assertThat(e.listId()).isEqualTo("bulletin <bulletin.lists.test>");
            assertThat(e.disableDelivery()).isTrue();
        });
        long again = outbox.enqueue(send("Bulletin again " + t, list("bulletin"), List.of(to(address, "Inès", Language.FR))));
        assertThat(outbox.progress(again).count("SUPPRESSED")).isEqualTo(1);
        long other = outbox.enqueue(send("Journal " + t, list("journal"), List.of(to(address, "Inès", Language.FR))));
        awaitFinished(other);
        assertThat(outbox.progress(other).count("SENT")).isEqualTo(1);
    }

    @Test
    void aBounceByMailIsAttributedAndRepeatedBouncesDisableTheAddressOnTheList() throws Exception {
        String t = tag();
        String address = "dead." + t + "@example.net";
        // Four earlier days with a hard bounce (Mailman: one point a day); the fifth reaches the threshold.
        for (int day = 4; day >= 1; day--) {
            jdbc.sql("insert into mail_feedback (received_at, kind, address, list_id, status) values (?, 'HARD_BOUNCE', ?, ?, '5.1.1')")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusDays(day), address, "regional <regional.lists.test>").update();
        }
        long recipient = sendThenReport(address, "regional", "postfix-user-unknown.eml", "nobody@example.net");

        assertThat(jdbc.sql("select state from mail_recipient where id = ?").param(recipient).query(String.class).single())
            .isEqualTo("BOUNCED");
        assertThat(collected(DeliveryFeedback.class)).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(DeliveryFeedback.Kind.HARD_BOUNCE);
            assertThat(e.address()).isEqualTo(address);
            assertThat(e.bounceScore()).isEqualTo(5.0);
            assertThat(e.disableDelivery()).isTrue();
        });
        long next = outbox.enqueue(send("Next " + t, list("regional"), List.of(to(address, "Dead", Language.EN))));
        assertThat(outbox.progress(next).count("SUPPRESSED")).isEqualTo(1);
    }

    @Test
    void aBounceFoundInThePolledImapMailboxIsAttributedAndRemovedFromTheMailbox() throws Exception {
        String address = "imap." + tag() + "@example.net";
        long id = outbox.enqueue(send("Imap " + address, list("regional"), List.of(to(address, "R", Language.EN))));
        awaitFinished(id);
        long recipient = jdbc.sql("select id from mail_recipient where send_id = ?").param(id).query(Long.class).single();
        byte[] dsn = new String(MailFixtures.fixture("gmail-no-such-user.eml", signatures.returnPath(recipient)),
                StandardCharsets.UTF_8).replace("no.such.user.2026@gmail.com", address).getBytes(StandardCharsets.UTF_8);
        RELAY.getUserManager().getUser("bounces@bounces.test")
            .deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(dsn)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "BOUNCED".equals(jdbc.sql("select state from mail_recipient where id = ?")
            .param(recipient).query(String.class).single()));
        await().atMost(Duration.ofSeconds(10)).until(() -> RELAY.getManagers().getImapHostManager()
            .getInbox(RELAY.getUserManager().getUser("bounces@bounces.test")).getMessageCount() == 0);
    }

    @Test
    void aComplaintStopsAllMailToTheAddress() throws Exception {
        String t = tag();
        String address = "annoyed." + t + "@example.net";
        sendThenReport(address, "updates", "arf-complaint.eml", "annoyed.reader@mailbox-provider.example");
        long other = outbox.enqueue(send("Other list " + t, null, List.of(to(address, "A", Language.EN))));
        assertThat(outbox.progress(other).count("SUPPRESSED")).isEqualTo(1);
    }

    @Test
    void aPostToAListAddressIsHandedOverAndLoopsAutoRepliesAndStrangersAreRefused() throws Exception {
        String t = tag();
        byte[] post = ("From: Member <member." + t + "@example.org>\r\nTo: updates@lists.test\r\nSubject: Post " + t
                + "\r\nMessage-ID: <" + t + "@example.org>\r\n\r\nA post to the list.\r\n").getBytes(StandardCharsets.UTF_8);
        smtp("member." + t + "@example.org", "updates@lists.test", post);
        assertThat(collected(InboundMessage.class)).anySatisfy(m -> {
            assertThat(m.recipients()).containsExactly("updates@lists.test");
            assertThat(new String(m.raw(), StandardCharsets.UTF_8)).contains("Subject: Post " + t);
        });

        byte[] autoReply = ("From: someone@example.org\r\nTo: updates@lists.test\r\nSubject: Away\r\nAuto-Submitted: auto-replied\r\n\r\nAway.\r\n")
            .getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> smtp("someone@example.org", "updates@lists.test", autoReply), "550");
        byte[] loop = ("From: updates@lists.test\r\nTo: updates@lists.test\r\nSubject: Again\r\nX-Loop: bounces.test\r\n\r\nLoop.\r\n")
            .getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> smtp("someone@example.org", "updates@lists.test", loop), "554");
        assertRefused(() -> smtp("someone@example.org", "someone@elsewhere.example", post), "550");
        byte[] noSender = ("To: updates@lists.test\r\nSubject: Who?\r\n\r\nNo From header.\r\n").getBytes(StandardCharsets.US_ASCII);
        assertRefused(() -> smtp("someone@example.org", "updates@lists.test", noSender), "550");
        byte[] huge = new byte[150_000];
        Arrays.fill(huge, (byte) 'a');
        byte[] oversized = ("From: big@example.org\r\nTo: updates@lists.test\r\nSubject: Big\r\n\r\n" + new String(huge, StandardCharsets.US_ASCII)
                + "\r\n").getBytes(StandardCharsets.US_ASCII);
        assertRefused(() -> smtp("big@example.org", "updates@lists.test", oversized), "552");
    }

    /** Sends to the address on the list, then mails the report fixture (about that address) to its return path. */
    long sendThenReport(String address, String list, String fixture, String fixtureAddress) throws Exception {
        long id = outbox.enqueue(send("Report " + address, list(list), List.of(to(address, "R", Language.EN))));
        awaitFinished(id);
        long recipient = jdbc.sql("select id from mail_recipient where send_id = ?").param(id).query(Long.class).single();
        String returnPath = signatures.returnPath(recipient);
        byte[] report = new String(MailFixtures.fixture(fixture, returnPath), StandardCharsets.UTF_8)
            .replace(fixtureAddress, address).getBytes(StandardCharsets.UTF_8);
        smtp("MAILER-DAEMON@mx.example.org", returnPath, report);
        return recipient;
    }

    void awaitFinished(long id) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
            .until(() -> "FINISHED".equals(outbox.progress(id).state()));
    }

    static MimeMessage received(String address) throws MessagingException {
        for (MimeMessage m : RELAY.getReceivedMessages()) {
            for (Address a : m.getAllRecipients()) {
                if (((InternetAddress) a).getAddress().equals(address)) {
                    return m;
                }
            }
        }
        throw new AssertionError("Nothing received for " + address);
    }

    static String unsubscribeUrl(MimeMessage m) throws MessagingException {
        Matcher u = Pattern.compile("<(https://[^>]+)>").matcher(m.getHeader("List-Unsubscribe", null));
        assertThat(u.find()).isTrue();
        return u.group(1);
    }

    static void smtp(String from, String to, byte[] raw) throws MessagingException {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(INBOUND_PORT));
        Session session = Session.getInstance(p);
        SMTPMessage message = new SMTPMessage(session, new ByteArrayInputStream(raw));
        message.setEnvelopeFrom(from);
        Transport.send(message, new Address[] { new InternetAddress(to) });
    }

    static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable send, String code) {
        assertThatThrownBy(send).isInstanceOf(MessagingException.class).satisfies(e -> {
            StringBuilder all = new StringBuilder();
            for (Exception x = (Exception) e; x != null; x = x instanceof MessagingException me ? me.getNextException() : null) {
                all.append(x.getMessage()).append('\n');
            }
            assertThat(all.toString()).contains(code);
        });
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
