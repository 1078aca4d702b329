package org.amicus.mail.internal.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.amicus.mail.internal.MailSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The SMTP client against scripted relays on loopback: it pipelines the envelope, doubles leading
 * dots, signs in, says what a refusal was, and a relay that hangs (never greets, or stops reading
 * the message) fails the attempt instead of holding the worker.
 */
class SmtpConnectionTest {

    /** What a scripted relay does with one connection. */
    interface Script {
        void run(BufferedReader in, OutputStream out) throws Exception;
    }

    private ServerSocket server;
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private CompletableFuture<Void> relay;

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    MailSettings.Smtp relay(Script script) throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        relay = CompletableFuture.runAsync(() -> {
            try (Socket s = server.accept()) {
                script.run(new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)),
                        s.getOutputStream());
            } catch (Exception e) {
                seen.add("relay: " + e);
            }
        });
        return new MailSettings.Smtp("127.0.0.1", server.getLocalPort(), MailSettings.Security.NONE, null, null, 1,
                Duration.ofSeconds(2), 100, false);
    }

    static void say(OutputStream out, String lines) throws IOException {
        out.write(lines.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static void greet(BufferedReader in, OutputStream out) throws IOException {
        say(out, "220 relay.test ESMTP\r\n");
        assertThat(in.readLine()).startsWith("EHLO bounces.test");
        say(out, "250-relay.test\r\n250-PIPELINING\r\n250 8BITMIME\r\n");
    }

    /** The next n lines the client sent, kept in {@link #seen}. */
    void keep(BufferedReader in, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            seen.add(in.readLine());
        }
    }

    static void skip(BufferedReader in, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            in.readLine();
        }
    }

    /** A message's lines up to its end (the line "."), kept in {@link #seen}. */
    void keepContent(BufferedReader in) throws IOException {
        for (String line; !(line = in.readLine()).equals(".");) {
            seen.add(line);
        }
    }

    @Test
    void theEnvelopeGoesOutInOnePacketAndLeadingDotsAreDoubled() throws Exception {
        var settings = relay((in, out) -> {
            greet(in, out);
            // Pipelined: all three commands arrive before the relay has answered the first.
            keep(in, 3);
            say(out, "250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n354 End data with <CR><LF>.<CR><LF>\r\n");
            keepContent(in);
            say(out, "250 2.0.0 Ok: queued as 4Xyz\r\n");
            seen.add(in.readLine());
        });
        try (SmtpConnection c = SmtpConnection.open(settings, "bounces.test")) {
            String reply = c.send("bounces+1.abc@bounces.test", "reader@example.org",
                    "Subject: dots\r\n\r\n.hidden line\r\nlast\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(reply).isEqualTo("250 2.0.0 Ok: queued as 4Xyz");
        }
        relay.get(5, TimeUnit.SECONDS);
        assertThat(seen).containsExactly("MAIL FROM:<bounces+1.abc@bounces.test>", "RCPT TO:<reader@example.org>", "DATA",
                "Subject: dots", "", "..hidden line", "last", "QUIT");
    }

    @Test
    void theNextEnvelopeTravelsWithTheEndOfTheMessageBeforeItAndEachKeepsItsOwnReply() throws Exception {
        var settings = relay((in, out) -> {
            greet(in, out);
            skip(in, 3);
            say(out, "250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n354 Go on\r\n");
            keepContent(in);
            // The second envelope is here before the relay has said a word about the first message.
            keep(in, 3);
            say(out, "552 5.3.4 Message too big\r\n250 2.1.0 Ok\r\n550 5.1.1 User unknown\r\n554 5.5.1 No valid recipients\r\n");
            seen.add(in.readLine());
            say(out, "250 2.0.0 Reset\r\n");
            keep(in, 3);
            say(out, "250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n354 Go on\r\n");
            keepContent(in);
            say(out, "250 2.0.0 Ok: queued\r\n");
            seen.add(in.readLine());
        });
        byte[] body = "Subject: hi\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII);
        try (SmtpConnection c = SmtpConnection.open(settings, "bounces.test")) {
            assertThatThrownBy(() -> c.send("b+1@bounces.test", "one@example.org", body, "b+2@bounces.test", "gone@example.org"))
                .isInstanceOfSatisfying(SmtpConnection.Refused.class, e -> {
                    assertThat(e.code).isEqualTo(552);
                    assertThat(e.closed).isFalse();
                });
            // The second recipient's refusal was read with the first message's reply; it surfaces when its turn comes.
            assertThatThrownBy(() -> c.send("b+2@bounces.test", "gone@example.org", body))
                .isInstanceOfSatisfying(SmtpConnection.Refused.class, e -> assertThat(e.code).isEqualTo(550));
            // With no next message given, the end goes out alone.
            assertThat(c.send("b+3@bounces.test", "three@example.org", body)).isEqualTo("250 2.0.0 Ok: queued");
        }
        relay.get(5, TimeUnit.SECONDS);
        assertThat(seen).containsExactly("Subject: hi", "", "body", "MAIL FROM:<b+2@bounces.test>", "RCPT TO:<gone@example.org>",
                "DATA", "RSET", "MAIL FROM:<b+3@bounces.test>", "RCPT TO:<three@example.org>", "DATA", "Subject: hi", "", "body", "QUIT");
    }

    @Test
    void aRefusedRecipientIsToldWithTheRelaysReplyAndTheConnectionGoesOn() throws Exception {
        var settings = relay((in, out) -> {
            greet(in, out);
            skip(in, 3);
            say(out, "250 2.1.0 Ok\r\n550 5.1.1 <gone@example.org>: User unknown\r\n554 5.5.1 No valid recipients\r\n");
            seen.add(in.readLine());
            say(out, "250 2.0.0 Ok\r\n");
            skip(in, 3);
            // A relay that gives up: 421, then it closes the connection.
            say(out, "250 2.1.0 Ok\r\n421 4.3.2 Shutting down\r\n");
        });
        try (SmtpConnection c = SmtpConnection.open(settings, "bounces.test")) {
            assertThatThrownBy(() -> c.send("b@bounces.test", "gone@example.org", "\r\n".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(SmtpConnection.Refused.class, r -> {
                    assertThat(r.code).isEqualTo(550);
                    assertThat(r.closed).isFalse();
                    assertThat(Attempt.describe(r)).isEqualTo("550 5.1.1 <gone@example.org>: User unknown");
                });
            assertThatThrownBy(() -> c.send("b@bounces.test", "next@example.org", "\r\n".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(SmtpConnection.Refused.class, r -> {
                    assertThat(r.code).isEqualTo(421);
                    assertThat(r.closed).isTrue();
                });
        }
        relay.get(5, TimeUnit.SECONDS);
        assertThat(seen).containsExactly("RSET");
    }

    @Test
    void theRelayIsSignedInToWithAuthPlainWhenAUserIsSet() throws Exception {
        var settings = relay((in, out) -> {
            say(out, "220 relay.test ESMTP\r\n");
            in.readLine();
            say(out, "250-relay.test\r\n250 AUTH LOGIN PLAIN\r\n");
            seen.add(in.readLine());
            say(out, "235 2.7.0 Authentication successful\r\n");
            seen.add(in.readLine());
        });
        var withUser = new MailSettings.Smtp(settings.host(), settings.port(), MailSettings.Security.NONE, "amicus",
                "s3cret", 1, settings.timeout(), 100, false);
        SmtpConnection.open(withUser, "bounces.test").close();
        relay.get(5, TimeUnit.SECONDS);
        assertThat(seen).containsExactly("AUTH PLAIN " + java.util.Base64.getEncoder()
            .encodeToString("\0amicus\0s3cret".getBytes(StandardCharsets.UTF_8)), "QUIT");
    }

    @Test
    void aRelayThatNeverGreetsFailsTheAttemptAfterTheTimeout() throws Exception {
        var settings = relay((in, out) -> Thread.sleep(5000));
        assertThatThrownBy(() -> SmtpConnection.open(settings, "bounces.test"))
            .isInstanceOfSatisfying(IOException.class, e -> assertThat(Attempt.replyCode(e)).isZero());
    }

    @Test
    void aRelayThatStopsReadingTheMessageIsCutOffByTheWriteTimeout() throws Exception {
        var settings = relay((in, out) -> {
            greet(in, out);
            skip(in, 3);
            say(out, "250 Ok\r\n250 Ok\r\n354 Go on\r\n");
            Thread.sleep(8000);
        });
        // Far more than the socket buffers of both ends hold, so the write blocks until the watchdog closes the socket.
        byte[] huge = ("x".repeat(998) + "\r\n").repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        try (SmtpConnection c = SmtpConnection.open(settings, "bounces.test")) {
            assertThatThrownBy(() -> c.send("b@bounces.test", "reader@example.org", huge))
                .isInstanceOfSatisfying(IOException.class, e -> assertThat(Attempt.replyCode(e)).isZero());
            assertThat(c.contentSent()).isFalse();
        }
    }
}
