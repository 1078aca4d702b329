package org.amicus.mail.internal.inbound;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

import org.amicus.mail.internal.MailSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.TooMuchDataException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * The embedded SMTP listener (SubEthaSMTP), off by default: amicus.mail.inbound.enabled=true opens
 * it on amicus.mail.inbound.port. It takes mail only for Amicus's domains and signed return paths,
 * refuses messages over the size limit without keeping them, and hands each one to the {@link InboundRouter}.
 */
@Component
class SmtpListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SmtpListener.class);
    private static final int MAX_RECIPIENTS = 100;

    private final MailSettings.Inbound settings;
    private final InboundRouter router;
    private SMTPServer server;

    SmtpListener(MailSettings settings, InboundRouter router) {
        this.settings = settings.inbound();
        this.router = router;
    }

    @Override
    public void start() {
        if (!settings.enabled()) {
            return;
        }
        try {
            server = new SMTPServer.Builder()
                .bindAddress(InetAddress.getByName(settings.bindAddress()))
                .port(settings.port())
                .softwareName("Amicus")
                .maxRecipients(MAX_RECIPIENTS)
                .connectionTimeoutMs(60_000)
                .messageHandlerFactory(Handler::new)
                .build();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("amicus.mail.inbound.bind-address is not an address", e);
        }
        server.start();
        log.info("Amicus takes mail by SMTP on {}:{}", settings.bindAddress(), server.getPortAllocated());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    /** One SMTP transaction. */
    private final class Handler implements MessageHandler {

        private String from;
        private final List<String> recipients = new ArrayList<>();

        Handler(MessageContext context) {
        }

        @Override
        public void from(String from) {
            this.from = from;
        }

        @Override
        public void recipient(String recipient) throws RejectException {
            if (!router.accepts(recipient)) {
                throw new RejectException(550, "5.1.1 No such mailbox here");
            }
            recipients.add(recipient);
        }

        @Override
        public String data(InputStream data) throws RejectException, TooMuchDataException, IOException {
            byte[] raw = data.readNBytes(settings.maxMessageSize() + 1);
            if (raw.length > settings.maxMessageSize()) {
                // Read the rest away (not kept) so that the sender gets a permanent 552, not a dropped connection.
                data.transferTo(OutputStream.nullOutputStream());
                throw new RejectException(552, "5.3.4 Message too big");
            }
            try {
                router.deliver(from, recipients, raw);
            } catch (InboundRouter.Refused e) {
                throw new RejectException(e.code(), e.getMessage());
            } catch (RuntimeException e) {
                log.warn("Inbound message could not be handled", e);
                throw new RejectException(451, "4.3.0 Try again later");
            }
            return null;
        }

        @Override
        public void done() {
            // Nothing held between transactions.
        }
    }
}
