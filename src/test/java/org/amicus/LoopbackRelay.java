package org.amicus;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * An SMTP relay (GreenMail) on a free loopback port for tests that read what the mail engine
 * delivered, with the settings that point the engine at it and helpers to read the messages.
 */
public final class LoopbackRelay {

    private LoopbackRelay() {
    }

    /** Started on a port that was free a moment ago (the probe socket closed first), with time to start on a busy machine. */
    public static GreenMail start() {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(10_000);
        GreenMail relay = new GreenMail(setup);
        relay.start();
        return relay;
    }

    /** Delivery on, to the relay, links to https://amicus.test, the queue polled every 100 ms. */
    public static void settings(DynamicPropertyRegistry r, GreenMail relay, String bounceDomain) {
        r.add("amicus.mail.delivery", () -> "true");
        r.add("amicus.mail.smtp.host", () -> "127.0.0.1");
        r.add("amicus.mail.smtp.port", () -> relay.getSmtp().getPort());
        r.add("amicus.mail.bounce-domain", () -> bounceDomain);
        r.add("amicus.mail.base-url", () -> "https://amicus.test");
        r.add("amicus.mail.queue.poll", () -> "PT0.1S");
    }

    /** The first message delivered to the address, waited for. */
    public static MimeMessage receivedBy(GreenMail relay, String address) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(relay.getReceivedMessages())
            .filter(m -> address.equals(recipient(m))).findFirst().orElse(null), Objects::nonNull);
    }

    public static String recipient(MimeMessage m) {
        try {
            return ((InternetAddress) m.getAllRecipients()[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every part of a message, decoded, one after the other. */
    public static String text(MimeMessage m) throws Exception {
        Object content = m.getContent();
        if (content instanceof Multipart multi) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multi.getCount(); i++) {
                all.append(multi.getBodyPart(i).getContent()).append('\n');
            }
            return all.toString();
        }
        return String.valueOf(content);
    }
}
