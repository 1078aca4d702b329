package org.amicus.campaigns.internal.advocacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.amicus.campaigns.internal.strategy.Checks;
import org.amicus.members.Members;
import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.NotFound;
import org.amicus.platform.StaffUsers;
import org.amicus.platform.Timestamps;
import org.amicus.states.StatesDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Advocacy activities, their outcomes and follow-ups. Every read takes the viewer and goes through
 * {@link #VISIBLE}, so a restricted activity never leaves the database for anyone not named on it:
 * pages, the API and the reports all ask here.
 */
@Service
public class Activities {

    static final String RECORD = "advocacy-activity";

    /** The activities the viewer (":viewer") may see: not restricted, their own, or naming them. */
    static final String VISIBLE = "(a.removed = false and (a.restricted = false or lower(a.created_by) = lower(:viewer) or exists "
            + "(select 1 from activity_link v where v.activity_id = a.id and v.kind = 'VIEWER' and lower(v.ref) = lower(:viewer))))";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final LinkTable links;
    private final StatesDirectory states;
    private final Members members;
    private final StaffUsers staff;
    private final Campaigns campaigns;

    Activities(JdbcClient jdbc, AuditTrail audit, StatesDirectory states, Members members, StaffUsers staff, Campaigns campaigns) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.links = new LinkTable(jdbc, "activity_link", "activity_id");
        this.states = states;
        this.members = members;
        this.staff = staff;
        this.campaigns = campaigns;
    }

    /** The activities linked to (kind, ref) that the viewer may see, newest first. */
    public List<Activity> linkedTo(String kind, String ref, String viewer) {
        return list("select a.* from advocacy_activity a where " + VISIBLE
                + " and exists (select 1 from activity_link l where l.activity_id = a.id and l.kind = :kind and l.ref = :ref)"
                + " order by a.starts_on desc, a.id desc", Map.of("viewer", viewer, "kind", kind, "ref", ref));
    }

    public Activity get(long id, String viewer) {
        return list("select a.* from advocacy_activity a where a.id = :id and " + VISIBLE, Map.of("id", id, "viewer", viewer))
            .stream().findFirst().orElseThrow(() -> new NotFound("campaigns.activity.notFound", id));
    }

    private List<Activity> list(String sql, Map<String, ?> params) {
        List<Activity> bare = jdbc.sql(sql).params(params).query((rs, n) -> activity(rs, Map.of())).list();
        var linked = links.of(bare.stream().map(Activity::id).toList());
        return bare.stream().map(a -> new Activity(a.id(), a.kind(), a.title(), a.startsOn(), a.endsOn(), a.destination(),
                a.delegation(), a.programme(), a.notes(), a.restricted(), a.createdBy(), linked.getOrDefault(a.id(), Map.of()))).toList();
    }

    @Transactional
    public Activity create(ActivityDraft draft, String author) {
        Map<String, List<String>> linked = new LinkedHashMap<>();
        Activity valid = check(draft, linked);
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into advocacy_activity (kind, title, starts_on, ends_on, destination, delegation, programme, notes, restricted,
                created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(valid.kind().name(), valid.title(), valid.startsOn(), valid.endsOn(), valid.destination(), valid.delegation(),
                    valid.programme(), valid.notes(), valid.restricted(), author, Timestamps.now())
            .update(key, "id");
        long id = key.getKey().longValue();
        links.replace(id, linked);
        Activity created = get(id, author);
        audit.record(new Change(RECORD, Long.toString(id), "created", null, created, null, created.kind() + ": " + created.title()));
        return created;
    }

    @Transactional
    public Activity update(long id, ActivityDraft draft, String viewer) {
        Activity before = get(id, viewer);
        Map<String, List<String>> linked = new LinkedHashMap<>();
        Activity valid = check(draft, linked);
        jdbc.sql("""
                update advocacy_activity set kind = ?, title = ?, starts_on = ?, ends_on = ?, destination = ?, delegation = ?,
                programme = ?, notes = ?, restricted = ? where id = ?""")
            .params(valid.kind().name(), valid.title(), valid.startsOn(), valid.endsOn(), valid.destination(), valid.delegation(),
                    valid.programme(), valid.notes(), valid.restricted(), id)
            .update();
        links.replace(id, linked);
        Activity after = get(id, before.createdBy());
        audit.record(new Change(RECORD, Long.toString(id), "updated", before, after, null, after.kind() + ": " + after.title()));
        return after;
    }

    private Activity check(ActivityDraft d, Map<String, List<String>> linked) {
        Checks checks = new Checks();
        Activity.Kind kind = checks.choice("kind", d.kind(), Activity.Kind.class);
        String title = checks.required("title", d.title(), 300);
        LocalDate starts = checks.date("startsOn", d.startsOn(), true);
        LocalDate ends = checks.date("endsOn", d.endsOn(), false);
        if (starts != null && ends != null && ends.isBefore(starts)) {
            checks.fail("endsOn", "campaigns.endsBeforeStart", starts);
        }
        String destination = kind == Activity.Kind.MISSION ? checks.required("destination", d.destination(), 300)
                : checks.optional("destination", d.destination(), 300);
        linked.put(Activity.STATE, Refs.states(checks, "states", d.states(), iso3 -> states.state(iso3).isPresent()));
        linked.put(Activity.CAMPAIGN, Refs.ids(checks, "campaigns", d.campaigns() == null ? null : String.join(" ", d.campaigns()),
                c -> campaigns.find(c).isPresent()));
        linked.put(Activity.PERSON, Refs.ids(checks, "people", d.people(), p -> members.person(p).isPresent()));
        linked.put(Activity.BODY, Refs.ids(checks, "bodies", d.bodies(), o -> members.organisation(o).isPresent()));
        linked.put(Activity.VIEWER, Refs.staff(checks, "viewers", d.isRestricted() ? d.viewers() : List.of(), staff::isActive));
        Activity valid = new Activity(0, kind, title, starts, ends, destination, checks.optional("delegation", d.delegation(), 1000),
                checks.optional("programme", d.programme(), 4000), checks.optional("notes", d.notes(), 4000), d.isRestricted(), null, linked);
        checks.orThrow();
        return valid;
    }

    // Outcomes

    public List<Activity.Outcome> outcomes(long activityId) {
        return jdbc.sql("select * from activity_outcome where activity_id = ? order by id").param(activityId)
            .query((rs, n) -> new Activity.Outcome(rs.getLong("id"), rs.getString("kind"), rs.getString("text"), rs.getString("document"),
                    rs.getString("recorded_by")))
            .list();
    }

    @Transactional
    public void addOutcome(long activityId, String kind, String text, String document, String viewer) {
        get(activityId, viewer);
        Checks checks = new Checks();
        Activity.Outcome.Kind k = checks.choice("outcomeKind", kind, Activity.Outcome.Kind.class);
        String t = checks.required("outcomeText", text, 2000);
        String doc = checks.optional("document", document, 1000);
        checks.orThrow();
        jdbc.sql("insert into activity_outcome (activity_id, kind, text, document, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?)")
            .params(activityId, k.name(), t, doc, viewer, Timestamps.now()).update();
        audit.record(new Change(RECORD, Long.toString(activityId), "outcome", null, Map.of("kind", k.name(), "text", t), doc,
                k + ": " + t));
    }

    // Follow-ups

    /**
     * The follow-ups the viewer may see: those of visible activities and those of campaigns. {@code where} narrows with
     * named parameters ("f.campaign_id = :campaign").
     */
    public List<Activity.FollowUp> followUps(String where, Map<String, ?> params, String viewer) {
        Map<String, Object> all = new java.util.HashMap<>(params);
        all.put("viewer", viewer);
        return jdbc.sql("select f.* from follow_up f left join advocacy_activity a on a.id = f.activity_id where (f.activity_id is null or "
                + VISIBLE + ") and " + where + " order by f.done_at nulls first, f.due_on, f.id")
            .params(all)
            .query((rs, n) -> new Activity.FollowUp(rs.getLong("id"), (Long) rs.getObject("activity_id", Long.class),
                    (Long) rs.getObject("campaign_id", Long.class), rs.getString("title"), rs.getString("owner"),
                    rs.getObject("due_on", LocalDate.class), rs.getObject("done_at") != null))
            .list();
    }

    /** Adds a follow-up to an activity (its first campaign is kept too) or to a campaign. */
    @Transactional
    public long addFollowUp(Long activityId, Long campaignId, String title, String owner, String dueOn, String viewer) {
        Long campaign = campaignId;
        if (activityId != null) {
            Activity a = get(activityId, viewer);
            campaign = campaign != null ? campaign : a.linked(Activity.CAMPAIGN).stream().findFirst().map(Long::valueOf).orElse(null);
        } else if (campaignId != null) {
            campaigns.get(campaignId);
        }
        Checks checks = new Checks();
        String t = checks.required("taskTitle", title, 500);
        String who = checks.required("owner", owner, 100);
        if (who != null && !staff.isActive(who)) {
            checks.fail("owner", "campaigns.notActiveStaff", who);
        }
        LocalDate due = checks.date("dueOn", dueOn, true);
        checks.orThrow();
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into follow_up (activity_id, campaign_id, title, owner, due_on, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)")
            .params(activityId, campaign, t, who, due, viewer, Timestamps.now()).update(key, "id");
        long id = key.getKey().longValue();
        audit.record(new Change("follow-up", Long.toString(id), "created", null, Map.of("title", t, "owner", who, "dueOn", due.toString()),
                null, t + " (" + who + ", " + due + ")"));
        return id;
    }

    @Transactional
    public void markDone(long followUpId, String viewer) {
        List<Activity.FollowUp> found = followUps("f.id = :id", Map.of("id", followUpId), viewer);
        if (found.isEmpty()) {
            throw new NotFound("campaigns.followUp.notFound", followUpId);
        }
        jdbc.sql("update follow_up set done_at = ? where id = ? and done_at is null").params(Timestamps.now(), followUpId).update();
        audit.record(new Change("follow-up", Long.toString(followUpId), "done", null, null, null, found.get(0).title()));
    }

    private static Activity activity(ResultSet rs, Map<String, List<String>> links) throws SQLException {
        return new Activity(rs.getLong("id"), Activity.Kind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), rs.getString("destination"),
                rs.getString("delegation"), rs.getString("programme"), rs.getString("notes"), rs.getBoolean("restricted"),
                rs.getString("created_by"), links);
    }
}
