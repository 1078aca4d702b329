package org.amicus.mail.internal.inbound;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.amicus.mail.internal.MailSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;

/**
 * The alternative to the SMTP listener: polls an IMAP mailbox (amicus.mail.inbound.imap.*, off by
 * default) and hands each message to the {@link InboundRouter}, then deletes it. A message the
 * router could not handle for now stays for the next poll; one it refused is deleted (nobody would
 * read a refusal in a mailbox). The envelope is gone in a mailbox, so the recipients are read from
 * Delivered-To, else To and Cc.
 */
@Component
class ImapPoller {

    private static final Logger log = LoggerFactory.getLogger(ImapPoller.class);
    private static final int MAX_PER_POLL = 500;

    private final MailSettings.Imap imap;
    private final int maxMessageSize;
    private final InboundRouter router;

    ImapPoller(MailSettings settings, InboundRouter router) {
        this.imap = settings.inbound().imap();
        this.maxMessageSize = settings.inbound().maxMessageSize();
        this.router = router;
    }

    @Scheduled(fixedDelayString = "${amicus.mail.inbound.imap.poll:PT1M}")
    void poll() {
        if (!imap.enabled()) {
            return;
        }
        String protocol = imap.ssl() ? "imaps" : "imap";
        Properties p = new Properties();
        p.put("mail." + protocol + ".connectiontimeout", "20000");
        p.put("mail." + protocol + ".timeout", "20000");
        try (Store store = Session.getInstance(p).getStore(protocol)) {
            store.connect(imap.host(), imap.port(), imap.username(), imap.password());
            Folder folder = store.getFolder(imap.folder());
            folder.open(Folder.READ_WRITE);
            try {
                Message[] messages = folder.getMessages();
                for (int i = 0; i < Math.min(messages.length, MAX_PER_POLL); i++) {
                    handle(messages[i]);
                }
            } finally {
                folder.close(true);
            }
        } catch (MessagingException | RuntimeException e) {
            log.warn("Polling the IMAP mailbox {}@{} failed; trying again at the next poll", imap.username(), imap.host(), e);
        }
    }

    private void handle(Message message) throws MessagingException {
        if (message.getSize() > maxMessageSize) {
            log.info("Deleted an inbound message of {} bytes, over the limit", message.getSize());
            message.setFlag(Flags.Flag.DELETED, true);
            return;
        }
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(message.getSize(), 1024));
            message.writeTo(raw);
            Address[] from = message.getFrom();
            List<String> ours = recipients(message).stream().filter(router::accepts).toList();
            if (ours.isEmpty()) {
                log.info("Deleted an inbound message for none of Amicus's addresses");
                message.setFlag(Flags.Flag.DELETED, true);
                return;
            }
            router.deliver(from == null || from.length == 0 ? "" : ((InternetAddress) from[0]).getAddress(),
                    ours, raw.toByteArray());
        } catch (InboundRouter.Refused refused) {
            log.info("Inbound message refused: {}", refused.getMessage());
        } catch (IOException | RuntimeException e) {
            log.warn("Inbound message could not be handled; it stays in the mailbox", e);
            return;
        }
        message.setFlag(Flags.Flag.DELETED, true);
    }

    private static List<String> recipients(Message message) throws MessagingException {
        List<String> recipients = new ArrayList<>();
        String[] delivered = message.getHeader("Delivered-To");
        if (delivered != null) {
            for (String d : delivered) {
                recipients.add(d.trim().replaceAll("^<|>$", ""));
            }
            return recipients;
        }
        Address[] all = message.getAllRecipients();
        for (Address a : all == null ? new Address[0] : all) {
            recipients.add(((InternetAddress) a).getAddress());
        }
        return recipients;
    }
}
