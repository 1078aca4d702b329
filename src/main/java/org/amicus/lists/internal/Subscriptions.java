package org.amicus.lists.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.amicus.lists.internal.Subscription.Delivery;
import org.amicus.lists.internal.Subscription.State;
import org.amicus.mail.DeliveryFeedback;
import org.amicus.mail.ListSuppressions;
import org.amicus.members.Members;
import org.amicus.members.PersonRef;
import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.Language;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.RejectedInput.Problem;
import org.amicus.platform.Timestamps;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who receives a list and how: double opt-in on the web, staff adding someone, the people of a smart
 * group (evaluated at each send, so the audience stays current), preferences, ending. Bounces and
 * one-click unsubscribes reach the subscription through the mail engine's {@link DeliveryFeedback}.
 */
@Component
public class Subscriptions {

    static final String RECORD = "list-subscription";

    /** The outcome of a double opt-in link. */
    public enum Confirmation {
        CONFIRMED, EXPIRED, UNKNOWN
    }

    /** A subscriber or smart-group person to send to, with their own secret link (null for a smart-group person). */
    public record Reader(String address, String name, Language language, String token, Set<Language> digestLanguages,
            boolean mimeDigest) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Members members;
    private final MailingLists lists;
    private final Notices notices;
    private final ListSuppressions suppressions;
    private final Duration confirmWithin;

    Subscriptions(JdbcClient jdbc, AuditTrail audit, Members members, MailingLists lists, Notices notices, ListSuppressions suppressions,
            @Value("${amicus.lists.confirm-within:P2D}") Duration confirmWithin) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.members = members;
        this.lists = lists;
        this.notices = notices;
        this.suppressions = suppressions;
        this.confirmWithin = confirmWithin;
    }

    /**
     * A person asks on the web: the subscription waits (PENDING) until they open the link mailed to
     * them in their language. The answer does not tell whether the address was already subscribed.
     */
    @Transactional
    public void request(MailingList list, String address, String name, String language, String delivery) {
        Checked c = check(address, name, language, delivery);
        String confirm = Tokens.fresh();
        Optional<Subscription> existing = find(list.id(), c.address);
        Instant expires = Instant.now().plus(confirmWithin);
        if (existing.isEmpty()) {
            insert(list, c, State.PENDING, "WEB");
        } else if (existing.get().state() != State.ACTIVE) {
            setState(existing.get().id(), State.PENDING, null);
        }
        // Until the link is opened nothing else changes: a stranger's form cannot alter a subscriber's choices.
        jdbc.sql("update list_subscription set name = coalesce(?, name), language = ?, delivery = ? where list_id = ? and address = ? and state = 'PENDING'")
            .params(c.name, c.language.code(), c.delivery.name(), list.id(), c.address).update();
        jdbc.sql("update list_subscription set confirm_hash = ?, confirm_expires = ? where list_id = ? and address = ?")
            .params(Tokens.hash(confirm), Timestamps.param(expires), list.id(), c.address).update();
        notices.confirmation(list, find(list.id(), c.address).orElseThrow(), confirm);
    }

    /** The double opt-in link: the subscription becomes active if the link has not expired. */
    @Transactional
    public Confirmation confirm(String token, StringBuilder subscriberToken) {
        var row = jdbc.sql("select id, token, confirm_expires from list_subscription where confirm_hash = ?").param(Tokens.hash(token))
            .query((rs, n) -> new Object[] { rs.getLong("id"), rs.getString("token"), Timestamps.read(rs, "confirm_expires") })
            .optional();
        if (row.isEmpty()) {
            return Confirmation.UNKNOWN;
        }
        subscriberToken.append((String) row.get()[1]);
        if (((Instant) row.get()[2]).isBefore(Instant.now())) {
            return Confirmation.EXPIRED;
        }
        long id = (Long) row.get()[0];
        jdbc.sql("update list_subscription set confirm_hash = null, confirm_expires = null where id = ?").param(id).update();
        setState(id, State.ACTIVE, "confirmed by the subscriber");
        return Confirmation.CONFIRMED;
    }

    /** Staff subscribe someone directly (they answer for the consent); active at once. */
    @Transactional
    public Subscription add(MailingList list, String address, String name, String language, String delivery) {
        Checked c = check(address, name, language, delivery);
        Optional<Subscription> existing = find(list.id(), c.address);
        if (existing.isPresent()) {
            setState(existing.get().id(), State.ACTIVE, "subscribed by staff");
            jdbc.sql("update list_subscription set delivery = ?, language = ?, bounce_score = 0 where id = ?")
                .params(c.delivery.name(), c.language.code(), existing.get().id()).update();
        } else {
            insert(list, c, State.ACTIVE, "STAFF");
        }
        return find(list.id(), c.address).orElseThrow();
    }

    @Transactional
    public Subscription preferences(String token, String language, String delivery, List<String> digestLanguages, boolean mimeDigest) {
        Subscription s = byToken(token).orElseThrow(() -> new RejectedInput("token", "lists.error.token"));
        Checked c = check(s.address(), s.name(), language, delivery);
        String only = digestLanguages == null ? null
                : digestLanguages.stream().map(Language::fromCode).flatMap(Optional::stream).map(Language::code).distinct()
                    .collect(Collectors.joining(","));
        jdbc.sql("update list_subscription set language = ?, delivery = ?, digest_languages = ?, digest_mime = ?, changed_at = ? where id = ?")
            .params(c.language.code(), c.delivery.name(), only == null || only.isEmpty() ? null : only, mimeDigest, Timestamps.now(), s.id())
            .update();
        return byId(s.id());
    }

    /** The subscriber leaves (their page, the -leave mailbox) or staff end the subscription. */
    @Transactional
    public void end(long id, String reason) {
        setState(id, State.ENDED, reason);
    }

    /** The subscription a double opt-in link names, to show its page in the subscriber's language. */
    public Optional<Subscription> byConfirmToken(String token) {
        return jdbc.sql("select * from list_subscription where confirm_hash = ?").param(Tokens.hash(token)).query(Subscriptions::row)
            .optional();
    }

    public Optional<Subscription> byToken(String token) {
        return jdbc.sql("select * from list_subscription where token = ?").param(token).query(Subscriptions::row).optional();
    }

    public Subscription byId(long id) {
        return jdbc.sql("select * from list_subscription where id = ?").param(id).query(Subscriptions::row).single();
    }

    public Optional<Subscription> find(long listId, String address) {
        return jdbc.sql("select * from list_subscription where list_id = ? and address = ?").params(listId, address.toLowerCase(java.util.Locale.ROOT))
            .query(Subscriptions::row).optional();
    }

    public List<Subscription> of(MailingList list) {
        return jdbc.sql("select * from list_subscription where list_id = ? order by address").param(list.id()).query(Subscriptions::row).list();
    }

    /**
     * The readers of a list who receive mail in this mode now: active subscribers, and for single
     * messages also the smart group's people, less anyone whose own subscription was ended or disabled.
     */
    public List<Reader> readers(MailingList list, Delivery delivery) {
        Map<String, Reader> readers = new LinkedHashMap<>();
        Set<String> ownRows = new java.util.HashSet<>();
        for (Subscription s : of(list)) {
            ownRows.add(s.address());
            if (s.state() == State.ACTIVE && s.delivery() == delivery) {
                readers.put(s.address(), new Reader(s.address(), s.name(), s.language(), s.token(), s.digestLanguages(),
                        s.mimeDigest()));
            }
        }
        // A smart-group person with a row of their own (ended, disabled, or another delivery) is counted by that row.
        if (delivery == Delivery.EACH && list.smartGroupId() != null) {
            for (PersonRef p : members.audience(list.smartGroupId())) {
                MailAddress.of(p.primaryEmail()).filter(a -> !ownRows.contains(a)).ifPresent(a -> readers
                    .putIfAbsent(a, new Reader(a, p.name(), Language.fromCode(p.preferredLanguage()).orElse(list.language()), null, Set.of(), false)));
            }
        }
        return List.copyOf(readers.values());
    }

    /** Whether the address may post as one of the list's people: an active subscriber or in its smart group. */
    public boolean isReader(MailingList list, String address) {
        return find(list.id(), address).map(s -> s.state() == State.ACTIVE).orElse(false)
                || list.smartGroupId() != null && members.audience(list.smartGroupId()).stream()
                    .anyMatch(p -> address.equalsIgnoreCase(p.primaryEmail()));
    }

    /**
     * What the mail engine learnt: a one-click unsubscribe or a complaint ends the subscription; a
     * bounce updates its score, and when the engine says delivery must stop (Mailman's threshold),
     * the subscription is disabled. A smart-group person without a row gets one, so that they stay out.
     */
    @ApplicationModuleListener
    void on(DeliveryFeedback feedback) {
        Optional<Long> listId = lists.byListId(feedback.listId()).map(MailingList::id);
        if (listId.isEmpty()) {
            return;
        }
        String address = feedback.address().toLowerCase(java.util.Locale.ROOT);
        Optional<Subscription> existing = find(listId.get(), address);
        switch (feedback.kind()) {
            case UNSUBSCRIBE, COMPLAINT -> {
                long id = existing.map(Subscription::id).orElseGet(() -> stoppedRow(listId.get(), address));
                setState(id, State.ENDED, feedback.kind() == DeliveryFeedback.Kind.UNSUBSCRIBE ? "one-click unsubscribe" : "complaint");
            }
            case HARD_BOUNCE, SOFT_BOUNCE -> {
                long id = existing.map(Subscription::id).orElseGet(() -> stoppedRow(listId.get(), address));
                jdbc.sql("update list_subscription set bounce_score = ? where id = ?").params(feedback.bounceScore(), id).update();
                if (feedback.disableDelivery()) {
                    setState(id, State.DISABLED, "bounce score " + feedback.bounceScore() + ": " + feedback.status());
                }
            }
        }
    }

    /** A row for a smart-group person, so that what they said about the list is kept. */
    private long stoppedRow(long listId, String address) {
        String language = jdbc.sql("select language from mailing_list where id = ?").param(listId).query(String.class).single();
        jdbc.sql("""
                insert into list_subscription (list_id, address, language, delivery, state, joined_by, token, bounce_score, created_at, changed_at)
                values (?, ?, ?, 'EACH', 'ACTIVE', 'GROUP', ?, 0, ?, ?)""")
            .params(listId, address, language, Tokens.fresh(), Timestamps.now(), Timestamps.now()).update();
        return find(listId, address).orElseThrow().id();
    }

    private record Checked(String address, String name, Language language, Delivery delivery) {
    }

    private static Checked check(String address, String name, String language, String delivery) {
        List<Problem> problems = new ArrayList<>();
        Optional<String> a = MailAddress.of(address);
        if (a.isEmpty()) {
            problems.add(new Problem(0, "address", "lists.error.subscriberAddress"));
        }
        String n = MailingLists.trim(name);
        if (n != null && (n.length() > 200 || MailAddress.breaksHeader(n))) {
            problems.add(new Problem(0, "name", "lists.error.subscriberName"));
        }
        Optional<Language> l = Language.fromCode(language);
        if (l.isEmpty()) {
            problems.add(new Problem(0, "language", "lists.error.language"));
        }
        Delivery d = Arrays.stream(Delivery.values()).filter(x -> x.name().equalsIgnoreCase(delivery == null ? "" : delivery.trim()))
            .findFirst().orElse(null);
        if (d == null) {
            problems.add(new Problem(0, "delivery", "lists.error.delivery"));
        }
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        return new Checked(a.get(), n, l.get(), d);
    }

    private void insert(MailingList list, Checked c, State state, String joinedBy) {
        jdbc.sql("""
                insert into list_subscription (list_id, address, name, language, delivery, state, joined_by, token, bounce_score,
                    created_at, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
            .params(list.id(), c.address, c.name, c.language.code(), c.delivery.name(), state.name(), joinedBy, Tokens.fresh(),
                    Timestamps.now(), Timestamps.now())
            .update();
        audit.record(new Change(RECORD, list.slug() + ":" + c.address, "created", null, Map.of("state", state.name(), "by", joinedBy),
                null, c.address + " " + state.name().toLowerCase(java.util.Locale.ROOT) + " on " + list.address()));
    }

    private void setState(long id, State state, String reason) {
        Subscription before = byId(id);
        if (before.state() == state && state != State.PENDING) {
            return;
        }
        jdbc.sql("update list_subscription set state = ?, reason = ?, changed_at = ? where id = ?")
            .params(state.name(), reason, Timestamps.now(), id).update();
        if (state == State.ACTIVE) {
            jdbc.sql("update list_subscription set bounce_score = 0 where id = ?").param(id).update();
            // Subscribed again with consent: the mail engine must not keep the earlier unsubscribe or bounces against them.
            suppressions.lift(before.address(), lists.get(before.listId()).listId());
        }
        String slug = jdbc.sql("select slug from mailing_list where id = ?").param(before.listId()).query(String.class).single();
        audit.record(new Change(RECORD, slug + ":" + before.address(), state.name().toLowerCase(java.util.Locale.ROOT),
                Map.of("state", before.state().name()), Map.of("state", state.name()), null,
                before.address() + ": " + before.state() + " -> " + state + (reason == null ? "" : " (" + reason + ")")));
    }

    static Subscription row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String only = rs.getString("digest_languages");
        Set<Language> languages = only == null ? Set.of()
                : Arrays.stream(only.split(",")).map(Language::fromCode).flatMap(Optional::stream)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Language.class)));
        return new Subscription(rs.getLong("id"), rs.getLong("list_id"), rs.getString("address"), rs.getString("name"),
                Language.fromCode(rs.getString("language")).orElse(Language.EN), Delivery.valueOf(rs.getString("delivery")), languages,
                rs.getBoolean("digest_mime"),
                State.valueOf(rs.getString("state")), rs.getString("joined_by"), rs.getString("token"), rs.getDouble("bounce_score"),
                Timestamps.read(rs, "changed_at"), rs.getString("reason"));
    }
}
