package org.amicus.mail.internal.inbound;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.amicus.mail.DeliveryFeedback.Kind;
import org.amicus.mail.InboundMessage;
import org.amicus.mail.internal.MailSettings;
import org.amicus.mail.internal.Signatures;
import org.amicus.mail.internal.feedback.BounceParser;
import org.amicus.mail.internal.feedback.Feedback;
import org.amicus.mail.internal.queue.Addresses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;

/**
 * Where inbound mail goes, whether it came by the SMTP listener or from the IMAP mailbox: mail to a
 * signed return path is a bounce or complaint for {@link Feedback}; other mail to Amicus's domains is
 * published as an {@link InboundMessage} for the lists, unless it is a loop or an automatic reply.
 */
@Component
public class InboundRouter {

    /** Mail refused, with the SMTP reply the sender gets. */
    public static class Refused extends Exception {
        private final int code;

        Refused(int code, String reply) {
            super(reply);
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(InboundRouter.class);

    private final Signatures signatures;
    private final Feedback feedback;
    private final ApplicationEventPublisher events;
    private final MailSettings settings;

    InboundRouter(Signatures signatures, Feedback feedback, ApplicationEventPublisher events, MailSettings settings) {
        this.signatures = signatures;
        this.feedback = feedback;
        this.events = events;
        this.settings = settings;
    }

    /** Whether Amicus takes mail for this envelope recipient. */
    public boolean accepts(String recipient) {
        if (signatures.recipientOfReturnPath(recipient).isPresent()) {
            return true;
        }
        Optional<String> address = Addresses.normalise(recipient);
        return address.isPresent() && settings.inbound().domains().stream()
            .anyMatch(d -> d.equalsIgnoreCase(Addresses.domain(address.get())));
    }

    @Transactional
    public void deliver(String envelopeFrom, List<String> recipients, byte[] raw) throws Refused {
        if (raw.length > settings.inbound().maxMessageSize()) {
            throw new Refused(552, "5.3.4 Message too big");
        }
        List<Long> bounced = recipients.stream().map(signatures::recipientOfReturnPath).flatMap(Optional::stream).toList();
        if (!bounced.isEmpty()) {
            bounce(bounced, raw);
            return;
        }
        InternetHeaders headers = headers(raw);
        String loop = headers.getHeader("X-Loop", ",");
        if (loop != null && loop.toLowerCase(Locale.ROOT).contains(settings.bounceDomain().toLowerCase(Locale.ROOT))) {
            throw new Refused(554, "5.4.6 Mail loop: this message came from Amicus");
        }
        if (automatic(envelopeFrom, headers)) {
            throw new Refused(550, "5.7.1 Automatic replies are not accepted here");
        }
        events.publishEvent(new InboundMessage(envelopeFrom, List.copyOf(recipients), raw));
    }

    /** Each finding is attributed to the recipient row the return path names; nothing found is an auto-reply, dropped. */
    private void bounce(List<Long> recipientIds, byte[] raw) {
        List<BounceParser.Finding> findings = BounceParser.parse(raw);
        if (findings.isEmpty()) {
            log.info("Mail to a return path that is no bounce or complaint was dropped");
            return;
        }
        long recipientId = recipientIds.get(0);
        for (BounceParser.Finding f : findings) {
            feedback.received(f.kind(), recipientId, f.address(), f.status(), f.detail());
            if (f.kind() == Kind.COMPLAINT) {
                break;
            }
        }
    }

    /** RFC 3834: auto-submitted mail, bulk mail and bounces must not be posted to a list. */
    private static boolean automatic(String envelopeFrom, InternetHeaders headers) {
        String auto = headers.getHeader("Auto-Submitted", ",");
        String precedence = headers.getHeader("Precedence", ",");
        return envelopeFrom == null || envelopeFrom.isBlank()
                || auto != null && !auto.trim().toLowerCase(Locale.ROOT).startsWith("no")
                || precedence != null && precedence.trim().toLowerCase(Locale.ROOT).matches("bulk|junk|list")
                || headers.getHeader("X-Autoreply") != null;
    }

    private static InternetHeaders headers(byte[] raw) throws Refused {
        try {
            InternetHeaders h = new InternetHeaders(new ByteArrayInputStream(raw));
            if (h.getHeader("From") == null) {
                throw new Refused(550, "5.6.0 Malformed message: no From header");
            }
            return h;
        } catch (MessagingException e) {
            throw new Refused(550, "5.6.0 Malformed message");
        }
    }
}
