package org.amicus.campaigns.internal.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.amicus.campaigns.internal.advocacy.Campaigns;
import org.amicus.campaigns.internal.strategy.Checks;
import org.amicus.members.MembersLookup;
import org.amicus.members.PersonRef;
import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.platform.RecordVersion;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.Timestamps;
import org.amicus.platform.VersionedView;
import org.amicus.states.StatesDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Action alerts: written by staff in any of the five languages, published, closed; every change in the history. */
@Service
public class Alerts implements org.amicus.campaigns.PublicActionAlerts {

    static final String RECORD = "action-alert";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Campaigns campaigns;
    private final StatesDirectory states;
    private final MembersLookup lookup;
    private final OfficeGroups groups;
    private final VersionedView<Map<String, Alert>> published;

    Alerts(JdbcClient jdbc, AuditTrail audit, Campaigns campaigns, StatesDirectory states, MembersLookup lookup, OfficeGroups groups,
            RecordVersion version) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.campaigns = campaigns;
        this.states = states;
        this.lookup = lookup;
        this.groups = groups;
        this.published = new VersionedView<>(version, v -> alerts("status <> 'DRAFT'").stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Alert::slug, a -> a)));
    }

    public List<Alert> ofCampaign(long campaignId) {
        return alerts("campaign_id = ?", campaignId);
    }

    public Alert get(long id) {
        return alerts("id = ?", id).stream().findFirst().orElseThrow(() -> new NotFound("alerts.notFound", id));
    }

    public Optional<Alert> bySlug(String slug) {
        return alerts("slug = ?", slug).stream().findFirst();
    }

    @Override
    public List<String> slugs() {
        return published.get().keySet().stream().sorted().toList();
    }

    /** A published or closed alert, as the public sees it (a draft does not exist for them), kept until the record changes. */
    public Alert visible(String slug) {
        Alert a = published.get().get(slug);
        if (a == null) {
            throw new NotFound("alerts.notFound", slug);
        }
        return a;
    }

    /** Every published or closed alert, as the public sees them. */
    public java.util.Collection<Alert> visibleAll() {
        return published.get().values();
    }

    @Transactional
    public Alert create(long campaignId, AlertForm form) {
        campaigns.get(campaignId);
        Alert valid = check(0, campaignId, form);
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into action_alert (campaign_id, slug, kind, status, target_office, target_state, target_group, daily_cap, created_at)
                values (?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?)""")
            .params(campaignId, valid.slug(), valid.kind().name(), valid.targetOffice(), valid.targetState(), valid.targetGroup(),
                    valid.dailyCap(), Timestamps.now())
            .update(key, "id");
        long id = key.getKey().longValue();
        writeTexts(id, valid.texts());
        Alert created = get(id);
        audit.record(new Change(RECORD, Long.toString(id), "created", null, created, null, "Alert " + created.slug()));
        return created;
    }

    @Transactional
    public Alert update(long id, AlertForm form) {
        Alert before = get(id);
        Alert valid = check(id, before.campaignId(), form);
        jdbc.sql("update action_alert set slug = ?, kind = ?, target_office = ?, target_state = ?, target_group = ?, daily_cap = ? where id = ?")
            .params(valid.slug(), valid.kind().name(), valid.targetOffice(), valid.targetState(), valid.targetGroup(), valid.dailyCap(), id)
            .update();
        writeTexts(id, valid.texts());
        Alert after = get(id);
        audit.record(new Change(RECORD, Long.toString(id), "updated", before, after, null, "Alert " + after.slug()));
        if (after.open()) {
            checkTarget(after);
        }
        return after;
    }

    /** Publishes an alert; a letter to a fixed office needs someone holding it today with an address to write to. */
    @Transactional
    public Alert publish(long id) {
        Alert alert = get(id);
        checkTarget(alert);
        return setStatus(alert, Alert.Status.PUBLISHED);
    }

    @Transactional
    public Alert close(long id) {
        return setStatus(get(id), Alert.Status.CLOSED);
    }

    private Alert setStatus(Alert alert, Alert.Status status) {
        jdbc.sql("update action_alert set status = ?, published_at = coalesce(published_at, ?) where id = ?")
            .params(status.name(), Timestamps.now(), alert.id()).update();
        audit.record(new Change(RECORD, Long.toString(alert.id()), status.name().toLowerCase(Locale.ROOT), alert.status(), status, null,
                "Alert " + alert.slug() + ": " + status));
        return get(alert.id());
    }

    /** An official a letter goes to, and the office and state they hold it for. */
    public record Target(PersonRef official, String office, String state) {
    }

    /**
     * Whom a letter goes to today: who holds the target office for this state, with an address (refused
     * otherwise); or, for a group of offices, the holder of each seat who has an address (refused when none has).
     */
    public List<Target> targets(Alert alert, String iso3) {
        LocalDate today = LocalDate.now();
        if (alert.targetGroup() != null) {
            List<Target> targets = groups.seats(alert.targetGroup(), today).stream()
                .flatMap(h -> h.holders().stream().filter(Alerts::hasAddress)
                    .map(p -> new Target(p, h.seat().office(), h.seat().state() != null ? h.seat().state() : p.country())))
                .toList();
            if (targets.isEmpty()) {
                throw new RejectedInput("targetGroup", "alerts.groupEmpty");
            }
            return targets;
        }
        PersonRef holder = lookup.officeHolder(alert.targetOffice(), iso3, today)
            .orElseThrow(() -> new RejectedInput("targetState", "alerts.noOfficeHolder", alert.targetOffice(), iso3));
        if (!hasAddress(holder)) {
            throw new RejectedInput("targetState", "alerts.targetNoAddress", holder.name(), alert.targetOffice(), iso3);
        }
        return List.of(new Target(holder, alert.targetOffice(), iso3));
    }

    private static boolean hasAddress(PersonRef p) {
        return p.primaryEmail() != null && !p.primaryEmail().isBlank();
    }

    private void checkTarget(Alert alert) {
        if (alert.kind() == Alert.Kind.LETTER && (alert.targetState() != null || alert.targetGroup() != null)) {
            targets(alert, alert.targetState());
        }
    }

    private Alert check(long id, long campaignId, AlertForm f) {
        Checks checks = new Checks();
        Alert.Kind kind = checks.choice("kind", f.getKind(), Alert.Kind.class);
        String slug = checks.required("slug", f.getSlug(), 80);
        if (slug != null) {
            slug = slug.toLowerCase(Locale.ROOT);
            if (!slug.matches("[a-z0-9][a-z0-9-]{2,79}")) {
                checks.fail("slug", "alerts.badSlug");
            } else if (bySlug(slug).filter(a -> a.id() != id).isPresent()) {
                checks.fail("slug", "alerts.slugTaken", slug);
            }
        }
        boolean letter = kind == Alert.Kind.LETTER;
        String group = checks.optional("targetGroup", f.getTargetGroup(), 40);
        if (group != null && !groups.exists(group)) {
            checks.fail("targetGroup", "alerts.unknownGroup", group);
        }
        String office = letter && group == null ? checks.required("targetOffice", f.getTargetOffice(), 300)
                : checks.optional("targetOffice", f.getTargetOffice(), 300);
        String state = checks.optional("targetState", f.getTargetState(), 3);
        if (group != null && office != null) {
            checks.fail("targetGroup", "alerts.officeOrGroup");
        }
        if (group != null && state != null) {
            checks.fail("targetState", "alerts.groupHasItsStates");
        }
        if (state != null) {
            state = state.toUpperCase(Locale.ROOT);
            if (states.state(state).isEmpty()) {
                checks.fail("targetState", "campaigns.unknownState", state);
            }
        }
        Integer cap = checks.count("dailyCap", f.getDailyCap(), true);
        if (cap != null && cap < 1) {
            checks.fail("dailyCap", "alerts.capAtLeastOne");
        }
        Map<Language, Alert.Text> texts = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            String c = l.code();
            String title = f.getTitle().get(c);
            String appeal = f.getAppeal().get(c);
            String subject = f.getLetterSubject().get(c);
            String body = f.getLetterText().get(c);
            if (blank(title) && blank(appeal) && blank(subject) && blank(body)) {
                continue;
            }
            if (blank(title) || blank(appeal)) {
                checks.fail("texts", "alerts.textMissing", l.nativeName());
            }
            if (letter && (blank(subject) || blank(body))) {
                checks.fail("texts", "alerts.letterMissing", l.nativeName());
            }
            if (Letters.hasLineBreak(subject == null ? null : subject.strip())) {
                checks.fail("texts", "alerts.lineBreakIn", l.nativeName());
            }
            String t = checks.optional("texts", title, 300);
            String a = checks.optional("texts", appeal, 4000);
            String s = checks.optional("texts", subject, 300);
            String b = checks.optional("texts", body, 8000);
            texts.put(l, new Alert.Text(t, a, s, b));
        }
        if (texts.isEmpty()) {
            checks.fail("texts", "alerts.oneLanguage");
        }
        checks.orThrow();
        return new Alert(id, campaignId, slug, kind, Alert.Status.DRAFT, office, state, group, cap, texts);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private void writeTexts(long id, Map<Language, Alert.Text> texts) {
        jdbc.sql("delete from action_alert_text where alert_id = ?").param(id).update();
        texts.forEach((l, t) -> jdbc.sql("""
                insert into action_alert_text (alert_id, lang, title, appeal, letter_subject, letter_text) values (?, ?, ?, ?, ?, ?)""")
            .params(id, l.code(), t.title(), t.appeal(), t.letterSubject(), t.letterText()).update());
    }

    private List<Alert> alerts(String where, Object... params) {
        List<Alert> bare = jdbc.sql("select * from action_alert where " + where + " order by id desc").params(params)
            .query(Alerts::bare).list();
        if (bare.isEmpty()) {
            return bare;
        }
        Map<Long, Map<Language, Alert.Text>> texts = new java.util.HashMap<>();
        jdbc.sql("select * from action_alert_text where alert_id in (:ids)").param("ids", bare.stream().map(Alert::id).toList())
            .query((t, m) -> texts.computeIfAbsent(t.getLong("alert_id"), k -> new EnumMap<>(Language.class))
                .put(Language.fromCode(t.getString("lang")).orElseThrow(),
                        new Alert.Text(t.getString("title"), t.getString("appeal"), t.getString("letter_subject"), t.getString("letter_text"))))
            .list();
        return bare.stream().map(a -> new Alert(a.id(), a.campaignId(), a.slug(), a.kind(), a.status(), a.targetOffice(), a.targetState(),
                a.targetGroup(), a.dailyCap(), new LinkedHashMap<>(texts.getOrDefault(a.id(), Map.of())))).toList();
    }

    private static Alert bare(ResultSet rs, int n) throws SQLException {
        return new Alert(rs.getLong("id"), rs.getLong("campaign_id"), rs.getString("slug"), Alert.Kind.valueOf(rs.getString("kind")),
                Alert.Status.valueOf(rs.getString("status")), rs.getString("target_office"), rs.getString("target_state"),
                rs.getString("target_group"), rs.getInt("daily_cap"), Map.of());
    }
}
