package org.amicus.lists.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.amicus.lists.internal.MailingList.Kind;
import org.amicus.lists.internal.Subscription.Delivery;
import org.amicus.mail.Outbox;
import org.amicus.mail.Outgoing;
import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.RejectedInput.Problem;
import org.amicus.platform.Timestamps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts to a list: refused when they loop or come from a program, held for a moderator when the
 * list's rules say so (as Mailman holds them), otherwise kept in the archive and sent to every
 * reader who takes each message, with the list headers and a footer in the list's language.
 */
@Component
public class Posts {

    /** Why a post waits for a moderator. */
    public enum Hold {
        SPAM, NON_MEMBER, ANNOUNCEMENT, MODERATED, FIRST_POST, ATTACHMENT
    }

    /** What became of a post. */
    public enum Outcome {
        POSTED, HELD, DROPPED
    }

    /** A held post as the moderator sees it. */
    public record Held(long id, String fromAddress, String fromName, String subject, String body, Hold reason,
            java.time.Instant receivedAt, long attachmentBytes) {
    }

    private static final Logger log = LoggerFactory.getLogger(Posts.class);

    private final JdbcClient jdbc;
    private final Subscriptions subscriptions;
    private final MailingLists lists;
    private final Outbox outbox;
    private final Notices notices;
    private final MessageSource messages;
    private final AuditTrail audit;

    Posts(JdbcClient jdbc, Subscriptions subscriptions, MailingLists lists, Outbox outbox, Notices notices, MessageSource messages,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.subscriptions = subscriptions;
        this.lists = lists;
        this.outbox = outbox;
        this.notices = notices;
        this.messages = messages;
        this.audit = audit;
    }

    @Transactional
    public Outcome receive(MailingList list, Post post) {
        if (post.loop() || post.automatic()) {
            // Never redistributed, never answered: an answer to a program or to ourselves is how loops start.
            log.info("A {} to {} was dropped", post.loop() ? "looping message" : "automatic message", list.address());
            return Outcome.DROPPED;
        }
        if (MailAddress.breaksHeader(post.subject()) || MailAddress.breaksHeader(post.fromName())) {
            log.info("A post to {} with a line break in a header was dropped (header injection)", list.address());
            return Outcome.DROPPED;
        }
        if (jdbc.sql("select count(*) from list_message where list_id = ? and message_id = ?").params(list.id(), post.messageId())
            .query(Long.class).single() > 0) {
            return Outcome.DROPPED;
        }
        Optional<Hold> hold = holdFor(list, post);
        long id = store(list, post, hold);
        if (hold.isPresent()) {
            if (hold.get() != Hold.SPAM && hold.get() != Hold.NON_MEMBER) {
                notices.held(list, post.fromAddress(), language(list, post.fromAddress()), post.subject(), hold.get());
            }
            notices.heldForModerators(list, id, post.fromAddress(), post.subject(), hold.get());
            return Outcome.HELD;
        }
        distribute(list, id);
        return Outcome.POSTED;
    }

    /** A subscriber's post from their own page: checked like a form, then moderated like mail. */
    @Transactional
    public Outcome fromWeb(MailingList list, Subscription by, String subject, String body) {
        return receive(list, webPost(by.address(), by.name(), subject, body, list));
    }

    /** Staff who may moderate the list post in its name; nothing is held. */
    @Transactional
    public long fromStaff(MailingList list, String actor, String subject, String body) {
        Post post = webPost(list.address(), actor, subject, body, list);
        long id = store(list, post, Optional.empty());
        distribute(list, id);
        return id;
    }

    private Post webPost(String from, String name, String subject, String body, MailingList list) {
        List<Problem> problems = new ArrayList<>();
        String s = MailingLists.trim(subject);
        if (s == null || s.length() > 300 || MailAddress.breaksHeader(s)) {
            problems.add(new Problem(0, "subject", "lists.error.subject"));
        }
        String b = MailingLists.trim(body);
        if (b == null || b.length() > 100_000) {
            problems.add(new Problem(0, "message", "lists.error.body"));
        }
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        String domain = list.address().substring(list.address().indexOf('@') + 1);
        return new Post(from, name, s, b, "<" + UUID.randomUUID() + "@" + domain + ">", null, List.of(), list.language(), List.of(),
                false, false, false);
    }

    public List<Held> held(MailingList list) {
        return jdbc.sql("""
                select m.*, (select coalesce(sum(size_bytes), 0) from list_attachment a where a.message_id = m.id) as bytes
                from list_message m where m.list_id = ? and m.state = 'HELD' order by m.id""")
            .param(list.id())
            .query((rs, n) -> new Held(rs.getLong("id"), rs.getString("from_address"), rs.getString("from_name"), rs.getString("subject"),
                    rs.getString("body"), Hold.valueOf(rs.getString("hold_reason")), Timestamps.read(rs, "received_at"), rs.getLong("bytes")))
            .list();
    }

    /** The moderator lets a held post through; with alwaysAllow, that sender's posts are never held again. */
    @Transactional
    public void approve(MailingList list, long messageId, boolean alwaysAllow, String moderator) {
        Held h = heldOne(list, messageId);
        decide(messageId, "POSTED", moderator, null);
        if (alwaysAllow && jdbc.sql("select count(*) from list_allowed_poster where list_id = ? and address = ?")
            .params(list.id(), h.fromAddress()).query(Long.class).single() == 0) {
            jdbc.sql("insert into list_allowed_poster (list_id, address, added_at, added_by) values (?, ?, ?, ?)")
                .params(list.id(), h.fromAddress(), Timestamps.now(), moderator).update();
        }
        audit.record(new Change("list-post", String.valueOf(messageId), alwaysAllow ? "approved, always allow" : "approved", null, null,
                null, "Post of " + h.fromAddress() + " to " + list.address() + " approved (" + h.reason() + ")"));
        distribute(list, messageId);
    }

    /** The moderator refuses a held post; the sender is told why, in their language. */
    @Transactional
    public void reject(MailingList list, long messageId, String reason, String moderator) {
        String why = MailingLists.trim(reason);
        if (why == null || why.length() > 1000) {
            throw new RejectedInput("rejection", "lists.error.reason");
        }
        Held h = heldOne(list, messageId);
        decide(messageId, "REJECTED", moderator, why);
        audit.record(new Change("list-post", String.valueOf(messageId), "rejected", null, null, null,
                "Post of " + h.fromAddress() + " to " + list.address() + " rejected: " + why));
        notices.rejected(list, h.fromAddress(), language(list, h.fromAddress()), h.subject(), why);
    }

    /** The language a sender reads: their subscription's, else the list's. */
    private Language language(MailingList list, String address) {
        return subscriptions.find(list.id(), address).map(Subscription::language).orElse(list.language());
    }

    private Held heldOne(MailingList list, long messageId) {
        return held(list).stream().filter(h -> h.id() == messageId).findFirst()
            .orElseThrow(() -> new NotFound("lists.error.heldNotFound", messageId));
    }

    private void decide(long messageId, String state, String moderator, String reason) {
        jdbc.sql("update list_message set state = ?, decided_by = ?, decided_at = ?, reject_reason = ? where id = ? and state = 'HELD'")
            .params(state, moderator, Timestamps.now(), reason, messageId).update();
    }

    /** Mailman's order: spam first, then who may post at all, then the list's kind, first posts, size. */
    private Optional<Hold> holdFor(MailingList list, Post post) {
        if (jdbc.sql("select count(*) from list_allowed_poster where list_id = ? and address = ?").params(list.id(), post.fromAddress())
            .query(Long.class).single() > 0) {
            return Optional.empty();
        }
        if (post.spam()) {
            return Optional.of(Hold.SPAM);
        }
        if (!subscriptions.isReader(list, post.fromAddress())) {
            return Optional.of(Hold.NON_MEMBER);
        }
        if (list.kind() == Kind.ANNOUNCEMENT) {
            return Optional.of(Hold.ANNOUNCEMENT);
        }
        if (list.kind() == Kind.MODERATED) {
            return Optional.of(Hold.MODERATED);
        }
        if (jdbc.sql("select count(*) from list_message where list_id = ? and from_address = ? and state = 'POSTED'")
            .params(list.id(), post.fromAddress()).query(Long.class).single() == 0) {
            return Optional.of(Hold.FIRST_POST);
        }
        if (post.attachmentBytes() > list.attachmentLimit()) {
            return Optional.of(Hold.ATTACHMENT);
        }
        return Optional.empty();
    }

    /** Keeps the post with its place in a thread: the message it answers is In-Reply-To, else the newest known of References. */
    private long store(MailingList list, Post post, Optional<Hold> hold) {
        Long parent = parent(list, post);
        Long thread = parent == null ? null
                : jdbc.sql("select thread_id from list_message where id = ?").param(parent).query(Long.class).single();
        jdbc.sql("""
                insert into list_message (list_id, message_id, in_reply_to, refs, parent_id, thread_id, subject, from_address, from_name,
                    language, body, received_at, state, hold_reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(list.id(), cut(post.messageId(), 998), cut(post.inReplyTo(), 998), cut(String.join(" ", post.references()), 4000),
                    parent, thread, cut(post.subject() == null ? "" : post.subject(), 998), post.fromAddress(), cut(post.fromName(), 200),
                    post.language().code(), cut(post.body(), 200_000), Timestamps.now(), hold.isPresent() ? "HELD" : "POSTED",
                    hold.map(Hold::name).orElse(null))
            .update();
        long id = jdbc.sql("select id from list_message where list_id = ? and message_id = ?").params(list.id(), cut(post.messageId(), 998))
            .query(Long.class).single();
        if (thread == null) {
            jdbc.sql("update list_message set thread_id = ? where id = ?").params(id, id).update();
        }
        for (Post.Attachment a : post.attachments()) {
            jdbc.sql("insert into list_attachment (message_id, filename, content_type, size_bytes, data) values (?, ?, ?, ?, ?)")
                .params(id, cut(a.filename(), 255), cut(a.contentType(), 200), (long) a.data().length, a.data()).update();
        }
        return id;
    }

    private Long parent(MailingList list, Post post) {
        List<String> candidates = new ArrayList<>();
        if (post.inReplyTo() != null) {
            candidates.add(post.inReplyTo());
        }
        for (int i = post.references().size() - 1; i >= 0; i--) {
            candidates.add(post.references().get(i));
        }
        for (String messageId : candidates) {
            Optional<Long> found = jdbc.sql("select id from list_message where list_id = ? and message_id = ?").params(list.id(), messageId)
                .query(Long.class).optional();
            if (found.isPresent()) {
                return found.get();
            }
        }
        return null;
    }

    /** Sends a posted message to every reader who takes each message, through the mail engine's queue. */
    private void distribute(MailingList list, long messageId) {
        var m = jdbc.sql("select subject, body, from_address, from_name, message_id, in_reply_to, refs from list_message where id = ?")
            .param(messageId).query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7) }).single();
        List<Subscriptions.Reader> readers = subscriptions.readers(list, Delivery.EACH);
        if (readers.isEmpty()) {
            return;
        }
        String tag = "[" + list.name() + "]";
        String subject = m[0].contains(tag) ? m[0] : tag + " " + m[0];
        String text = m[1] + "\n\n-- \n" + footer(list);
        String sender = (m[3] == null || m[3].isBlank() ? m[2] : m[3]);
        String fromName = messages.getMessage("lists.from", new Object[] { sender, list.name() }, list.language().locale());
        String replyTo = list.kind() == Kind.DISCUSSION ? list.address() : m[2];
        long sendId = outbox.enqueue(new Outgoing(list.name() + ": " + m[0], list.address(), fromName.replaceAll("[\\r\\n]", " "), replyTo,
                headers(list), Map.of(list.language(), new Outgoing.Content(subject, text, null)),
                readers.stream().map(r -> recipient(list, r)).toList(),
                Outgoing.Conversation.of(m[4], m[5], m[6] == null || m[6].isBlank() ? List.of() : List.of(m[6].trim().split("\\s+")))));
        jdbc.sql("update list_message set send_id = ? where id = ?").params(sendId, messageId).update();
    }

    /** A distributed post that can still go to readers added since. */
    public record Sent(long id, String subject, java.time.Instant receivedAt, long sendId) {
    }

    /** The list's newest distributed posts, for the staff page's "send to those added since". */
    public List<Sent> recentlySent(MailingList list, int limit) {
        return jdbc.sql("""
                select id, subject, received_at, send_id from list_message where list_id = ? and state = 'POSTED' and send_id is not null
                order by id desc fetch first ? rows only""").params(list.id(), limit)
            .query((rs, n) -> new Sent(rs.getLong("id"), rs.getString("subject"), Timestamps.read(rs, "received_at"), rs.getLong("send_id")))
            .list();
    }

    /** Sends a distributed post to the readers of each message who were not among its recipients; returns how many. */
    @Transactional
    public int sendToAdded(MailingList list, long messageId, String actor) {
        Sent sent = recentlySent(list, Integer.MAX_VALUE).stream().filter(p -> p.id() == messageId).findFirst()
            .orElseThrow(() -> new NotFound("lists.error.postNotFound", messageId));
        List<Outgoing.Recipient> readers = subscriptions.readers(list, Delivery.EACH).stream().map(r -> recipient(list, r)).toList();
        long followUp = outbox.sendToAdded(sent.sendId(), readers);
        int added = (int) outbox.progress(followUp).total();
        audit.record(new Change("list-post", String.valueOf(messageId), "sent to those added since", null, Map.of("send", followUp,
                "recipients", added), null, actor + " sent " + sent.subject() + " to " + added + " readers added since"));
        return added;
    }

    Outgoing.ListHeaders headers(MailingList list) {
        return new Outgoing.ListHeaders(list.listIdHeader(), list.leaveAddress(), notices.baseUrl() + "/lists/" + list.slug() + "/archive",
                list.kind() == Kind.ANNOUNCEMENT ? null : list.address());
    }

    /** The footer in the list's language: the one-click unsubscribe link and the reader's own preferences page. */
    String footer(MailingList list) {
        return messages.getMessage("lists.footer", new Object[] { list.name(), list.address(), "{{unsubscribe_url}}", "{{preferences_url}}" },
                list.language().locale());
    }

    Outgoing.Recipient recipient(MailingList list, Subscriptions.Reader r) {
        String preferences = r.token() == null ? notices.baseUrl() + "/lists/" + list.slug()
                : notices.baseUrl() + "/lists/preferences/" + r.token();
        return new Outgoing.Recipient(r.address(), r.name(), r.language(), Map.of("preferences_url", preferences));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
