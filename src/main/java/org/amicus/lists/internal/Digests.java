package org.amicus.lists.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.amicus.lists.internal.Subscription.Delivery;
import org.amicus.mail.Outbox;
import org.amicus.mail.Outgoing;
import org.amicus.platform.Language;
import org.amicus.platform.Timestamps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily digest: the posts since the last one, numbered by volume (a new one each year) and
 * issue, in the plain-text form of RFC 1153 or, for readers who chose it, as a MIME digest. The frame (topics, separators' captions, footer) is in
 * each reader's language; a reader who chose languages gets only the posts in those languages.
 */
@Component
public class Digests {

    static final String LONG_RULE = "-".repeat(70);
    static final String SHORT_RULE = "-".repeat(30);

    private record Message(long id, String subject, String from, String fromName, Instant at, String messageId, Language language,
            String body) {
    }

    private static final Logger log = LoggerFactory.getLogger(Digests.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final JdbcClient jdbc;
    private final MailingLists lists;
    private final Subscriptions subscriptions;
    private final Posts posts;
    private final Outbox outbox;
    private final MessageSource messages;

    Digests(JdbcClient jdbc, MailingLists lists, Subscriptions subscriptions, Posts posts, Outbox outbox, MessageSource messages) {
        this.jdbc = jdbc;
        this.lists = lists;
        this.subscriptions = subscriptions;
        this.posts = posts;
        this.outbox = outbox;
        this.messages = messages;
    }

    /** Every list's digest, once a day (amicus.lists.digest-cron, 06:00 UTC by default). */
    @Scheduled(cron = "${amicus.lists.digest-cron:0 0 6 * * *}", zone = "UTC")
    void daily() {
        for (MailingList list : lists.all()) {
            try {
                send(list);
            } catch (RuntimeException e) {
                log.error("The digest of {} could not be sent", list.address(), e);
            }
        }
    }

    /** Sends the list's next digest if anything was posted since the last; returns its "volume.issue", or null. */
    @Transactional
    public String send(MailingList list) {
        List<Message> pending = jdbc.sql("select * from list_message where list_id = ? and state = 'POSTED' and digest is null order by id")
            .param(list.id())
            .query((rs, n) -> new Message(rs.getLong("id"), rs.getString("subject"), rs.getString("from_address"), rs.getString("from_name"),
                    Timestamps.read(rs, "received_at"), rs.getString("message_id"),
                    Language.fromCode(rs.getString("language")).orElse(list.language()), rs.getString("body")))
            .list();
        if (pending.isEmpty()) {
            return null;
        }
        int[] number = lists.nextDigest(list, LocalDate.now(ZoneOffset.UTC).getYear());
        String issue = number[0] + "." + number[1];
        pending.forEach(m -> jdbc.sql("update list_message set digest = ? where id = ?").params(issue, m.id()).update());

        // One send per choice of languages and form, since the posts differ; the frame is written in all five.
        Map<Choice, List<Subscriptions.Reader>> byChoice = new LinkedHashMap<>();
        for (Subscriptions.Reader r : subscriptions.readers(list, Delivery.DIGEST)) {
            byChoice.computeIfAbsent(new Choice(r.digestLanguages(), r.mimeDigest()), k -> new ArrayList<>()).add(r);
        }
        byChoice.forEach((choice, readers) -> {
            List<Message> chosen = pending.stream().filter(m -> choice.only().isEmpty() || choice.only().contains(m.language())).toList();
            if (chosen.isEmpty()) {
                return;
            }
            Map<Language, Outgoing.Content> contents = new LinkedHashMap<>();
            contents.put(list.language(), content(list, number, chosen, list.language(), choice.mime()));
            for (Language l : Language.values()) {
                contents.computeIfAbsent(l, x -> content(list, number, chosen, x, choice.mime()));
            }
            outbox.enqueue(new Outgoing(list.name() + " digest " + issue, list.address(), list.name(), list.address(), posts.headers(list),
                    contents, readers.stream().map(r -> posts.recipient(list, r)).toList()));
        });
        return issue;
    }

    private record Choice(Set<Language> only, boolean mime) {
    }

    /**
     * RFC 1153: the topics, a line of 70 hyphens, each message with its headers, lines of 30 hyphens between, the end line.
     * As MIME: the topics and the footer, then each message as a message/rfc822 part of a multipart/digest.
     */
    private Outgoing.Content content(MailingList list, int[] number, List<Message> chosen, Language in, boolean mime) {
        Locale locale = in.locale();
        String title = messages.getMessage("lists.digest.title", new Object[] { list.name(), number[0], number[1] }, locale);
        StringBuilder t = new StringBuilder();
        t.append(messages.getMessage("lists.digest.intro", new Object[] { list.name(), list.address() }, locale)).append("\n\n");
        t.append(messages.getMessage("lists.digest.topics", null, locale)).append("\n\n");
        for (int i = 0; i < chosen.size(); i++) {
            Message m = chosen.get(i);
            t.append(String.format(Locale.ROOT, "%4d. %s (%s)%n", i + 1, m.subject(), m.fromName() == null ? m.from() : m.fromName()));
        }
        t.append("\n").append(LONG_RULE).append("\n\n");
        if (mime) {
            t.append(messages.getMessage("lists.digest.mimeIntro", null, locale)).append("\n\n").append(posts.footer(list)).append('\n');
            return new Outgoing.Content(title, t.toString(), null, chosen.stream()
                .map(m -> new Outgoing.Digested(m.from(), m.fromName(), m.subject(), m.at(), m.messageId(), m.body())).toList());
        }
        for (int i = 0; i < chosen.size(); i++) {
            Message m = chosen.get(i);
            t.append("Message: ").append(i + 1).append('\n');
            t.append("Date: ").append(DATE.format(m.at().atOffset(ZoneOffset.UTC))).append('\n');
            t.append("From: ").append(m.fromName() == null ? m.from() : m.fromName() + " <" + m.from() + ">").append('\n');
            t.append("Subject: ").append(m.subject()).append('\n');
            t.append("Message-ID: ").append(m.messageId()).append("\n\n");
            t.append(m.body()).append("\n\n").append(SHORT_RULE).append("\n\n");
        }
        t.append(posts.footer(list)).append("\n\n");
        String end = messages.getMessage("lists.digest.end", new Object[] { title }, locale);
        t.append(end).append('\n').append("*".repeat(end.length())).append('\n');
        return new Outgoing.Content(title, t.toString(), null);
    }
}
