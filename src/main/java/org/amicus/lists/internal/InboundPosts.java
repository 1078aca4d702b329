package org.amicus.lists.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import org.amicus.mail.InboundMessage;
import org.amicus.platform.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * Mail for the lists' addresses, from the mail engine's listener or IMAP mailbox: a message to a list
 * is a post; a message to its -leave address ends the sender's subscription (the mailto form of
 * List-Unsubscribe). A module event stored with the receipt (Spring Modulith's event publication, in
 * the mail engine's transaction), handled after it commits: a crash between receipt and storage leaves
 * the publication incomplete, and it is handed here again at the next start and every few minutes. A
 * post handed twice is stored once (its Message-ID).
 */
@Component
class InboundPosts {

    private static final Logger log = LoggerFactory.getLogger(InboundPosts.class);

    /** Headers in raw UTF-8 (RFC 6532, as clients write them with SMTPUTF8) are read as UTF-8, not Latin-1. */
    private static final Session UTF8_HEADERS = Session.getInstance(utf8());

    private static Properties utf8() {
        Properties p = new Properties();
        p.put("mail.mime.allowutf8", "true");
        return p;
    }

    private final MailingLists lists;
    private final Posts posts;
    private final Subscriptions subscriptions;

    private final IncompleteEventPublications incomplete;

    InboundPosts(MailingLists lists, Posts posts, Subscriptions subscriptions, IncompleteEventPublications incomplete) {
        this.incomplete = incomplete;
        this.lists = lists;
        this.posts = posts;
        this.subscriptions = subscriptions;
    }

    /** The listener's id is stored with every publication, so it must not change with the method's name. */
    static final String LISTENER_ID = "lists.inbound-posts";

    /** Resubmitted only once this old: a younger one may still be handled by its first delivery. */
    private static final Duration RETRY_AFTER = Duration.ofMinutes(2);

    @ApplicationModuleListener(id = LISTENER_ID)
    void on(InboundMessage message) {
        for (String recipient : message.recipients()) {
            Optional<MailingList> list = lists.byAddress(recipient);
            if (list.isPresent()) {
                Post post;
                try {
                    post = post(list.get(), new MimeMessage(UTF8_HEADERS, new ByteArrayInputStream(message.raw())));
                } catch (MessagingException | IOException | RuntimeException e) {
                    log.info("A message to {} that cannot be read as a post was dropped: {}", list.get().address(), e.toString());
                    continue;
                }
                log.info("Post to {}: {}", list.get().address(), posts.receive(list.get(), post));
                continue;
            }
            Optional<MailingList> leaving = lists.byAddress(recipient.replaceFirst("(?i)-leave@", "@"));
            String sender = MailAddress.of(message.envelopeFrom()).orElse(null);
            if (leaving.isPresent() && recipient.toLowerCase(Locale.ROOT).contains("-leave@") && sender != null) {
                subscriptions.find(leaving.get().id(), sender).ifPresent(s -> subscriptions.end(s.id(), "mail to the -leave address"));
            }
        }
    }

    /** Inbound mail whose handling never finished (a crash, a failed transaction): handed over again. */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    void retryUnfinished() {
        Instant before = Instant.now().minus(RETRY_AFTER);
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof InboundMessage
                && p.getPublicationDate().isBefore(before));
    }

    static Post post(MailingList list, MimeMessage m) throws MessagingException, IOException {
        InternetAddress from = (InternetAddress) m.getFrom()[0];
        String listId = m.getHeader("List-Id", ",");
        String xLoop = m.getHeader("X-Loop", ",");
        boolean loop = listId != null && listId.toLowerCase(Locale.ROOT).contains("<" + list.listId() + ">")
                || xLoop != null && xLoop.toLowerCase(Locale.ROOT).contains(list.address().toLowerCase(Locale.ROOT));
        String auto = m.getHeader("Auto-Submitted", ",");
        String precedence = m.getHeader("Precedence", ",");
        boolean automatic = auto != null && !auto.trim().toLowerCase(Locale.ROOT).startsWith("no")
                || precedence != null && precedence.trim().toLowerCase(Locale.ROOT).matches("bulk|junk|list");
        String spamFlag = m.getHeader("X-Spam-Flag", ",");
        String spamStatus = m.getHeader("X-Spam-Status", ",");
        boolean spam = spamFlag != null && spamFlag.trim().equalsIgnoreCase("yes")
                || spamStatus != null && spamStatus.trim().toLowerCase(Locale.ROOT).startsWith("yes");
        Language language = Optional.ofNullable(m.getHeader("Content-Language", ",")).flatMap(Language::fromCode).orElse(list.language());
        List<Post.Attachment> attachments = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        read(m, text, attachments);
        String references = m.getHeader("References", " ");
        String messageId = m.getMessageID() == null ? "<" + java.util.UUID.randomUUID() + "@" + list.listId() + ">" : m.getMessageID().trim();
        return new Post(from.getAddress().toLowerCase(Locale.ROOT), from.getPersonal(), m.getSubject(), text.toString().strip(), messageId,
                Optional.ofNullable(m.getHeader("In-Reply-To", " ")).map(String::trim).orElse(null),
                references == null ? List.of() : Arrays.stream(references.trim().split("\\s+")).filter(r -> r.startsWith("<")).toList(),
                language, attachments, automatic, loop, spam);
    }

    /** The first plain text is the body (HTML only when there is no plain text, its tags removed); named parts are attachments. */
    private static void read(Part part, StringBuilder text, List<Post.Attachment> attachments) throws MessagingException, IOException {
        String filename = part.getFileName() == null ? null : MimeUtility.decodeText(part.getFileName());
        if (filename != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            attachments.add(new Post.Attachment(filename == null ? "attachment" : filename,
                    part.getContentType().replaceAll(";.*", "").trim().toLowerCase(Locale.ROOT), part.getInputStream().readAllBytes()));
        } else if (part.isMimeType("multipart/*")) {
            Multipart multi = (Multipart) part.getContent();
            for (int i = 0; i < multi.getCount(); i++) {
                BodyPart p = multi.getBodyPart(i);
                read(p, text, attachments);
            }
        } else if (part.isMimeType("text/plain") && text.isEmpty()) {
            text.append(part.getContent());
        } else if (part.isMimeType("text/html") && text.isEmpty()) {
            text.append(org.springframework.web.util.HtmlUtils.htmlUnescape(((String) part.getContent()).replaceAll("(?s)<[^>]*>", " ")));
        }
    }
}
