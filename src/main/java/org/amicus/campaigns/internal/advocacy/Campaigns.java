package org.amicus.campaigns.internal.advocacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.amicus.campaigns.internal.strategy.Checks;
import org.amicus.members.Members;
import org.amicus.members.MembersLookup;
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

/** Campaigns: checked field by field against the record they link to, each change written with its audit row. */
@Service
public class Campaigns {

    static final String RECORD = "campaign";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final LinkTable links;
    private final StatesDirectory states;
    private final Members members;
    private final MembersLookup lookup;
    private final StaffUsers staff;

    Campaigns(JdbcClient jdbc, AuditTrail audit, StatesDirectory states, Members members, MembersLookup lookup, StaffUsers staff) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.links = new LinkTable(jdbc, "campaign_link", "campaign_id");
        this.states = states;
        this.members = members;
        this.lookup = lookup;
        this.staff = staff;
    }

    public List<Campaign> all() {
        List<Campaign> bare = jdbc.sql("select * from campaign where removed = false order by period_start desc, id desc")
            .query((rs, n) -> campaign(rs, Map.of())).list();
        var linked = links.of(bare.stream().map(Campaign::id).toList());
        return bare.stream().map(c -> withLinks(c, linked.getOrDefault(c.id(), Map.of()))).toList();
    }

    public Optional<Campaign> find(long id) {
        return jdbc.sql("select * from campaign where id = ? and removed = false").param(id)
            .query((rs, n) -> campaign(rs, links.of(id))).optional();
    }

    public Campaign get(long id) {
        return find(id).orElseThrow(() -> new NotFound("campaigns.notFound", id));
    }

    /** The goals a campaign may serve: every goal of every strategy, as (id, label). */
    public Map<String, String> goalChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        jdbc.sql("select g.id, s.title, g.wording, g.metric from strategy_goal g join strategy s on s.id = g.strategy_id "
                + "where g.removed = false and s.removed = false order by s.period_start desc, g.position")
            .query((rs, n) -> choices.put(rs.getString(1), rs.getString(2) + ": "
                    + (rs.getString(3) == null ? rs.getString(4) : rs.getString(3))))
            .list();
        return choices;
    }

    /** (strategy id, goal id) of a goal, for reading its progress. */
    public Optional<long[]> goalRef(long goalId) {
        return jdbc.sql("select strategy_id, id from strategy_goal where id = ? and removed = false").param(goalId)
            .query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).optional();
    }

    @Transactional
    public Campaign create(CampaignDraft draft) {
        Campaign valid = check(0, draft);
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into campaign (kind, name, aims, period_start, period_end, status, created_at) values (?, ?, ?, ?, ?, ?, ?)")
            .params(valid.kind().name(), valid.name(), valid.aims(), valid.periodStart(), valid.periodEnd(), valid.status().name(),
                    Timestamps.now())
            .update(key, "id");
        long id = key.getKey().longValue();
        links.replace(id, valid.links());
        Campaign created = get(id);
        audit.record(new Change(RECORD, Long.toString(id), "created", null, created, null, "Campaign " + created.name()));
        return created;
    }

    @Transactional
    public Campaign update(long id, CampaignDraft draft) {
        Campaign before = get(id);
        Campaign valid = check(id, draft);
        jdbc.sql("update campaign set kind = ?, name = ?, aims = ?, period_start = ?, period_end = ?, status = ? where id = ?")
            .params(valid.kind().name(), valid.name(), valid.aims(), valid.periodStart(), valid.periodEnd(), valid.status().name(), id)
            .update();
        links.replace(id, valid.links());
        Campaign after = get(id);
        audit.record(new Change(RECORD, Long.toString(id), "updated", before, after, null, "Campaign " + after.name()));
        return after;
    }

    private Campaign check(long id, CampaignDraft d) {
        Checks checks = new Checks();
        Campaign.Kind kind = checks.choice("kind", d.kind(), Campaign.Kind.class);
        String name = checks.required("name", d.name(), 300);
        String aims = checks.optional("aims", d.aims(), 4000);
        LocalDate start = checks.date("periodStart", d.periodStart(), true);
        LocalDate end = checks.date("periodEnd", d.periodEnd(), false);
        if (start != null && end != null && end.isBefore(start)) {
            checks.fail("periodEnd", "campaigns.endsBeforeStart", start);
        }
        Campaign.Status status = checks.choice("status", d.status(), Campaign.Status.class);
        Map<String, List<String>> linked = new LinkedHashMap<>();
        linked.put(Campaign.GOAL, Refs.ids(checks, "goals", d.goals() == null ? null : String.join(" ", d.goals()),
                g -> goalRef(g).isPresent()));
        linked.put(Campaign.STATE, Refs.states(checks, "states", d.states(), iso3 -> states.state(iso3).isPresent()));
        linked.put(Campaign.OFFICIAL, Refs.ids(checks, "officials", d.officials(), p -> members.person(p).isPresent()));
        linked.put(Campaign.BODY, Refs.ids(checks, "bodies", d.bodies(), o -> members.organisation(o).isPresent()));
        linked.put(Campaign.OWNER, Refs.staff(checks, "owners", d.owners(), staff::isActive));
        linked.put(Campaign.ORGANISATION, Refs.ids(checks, "organisations", d.organisations(), o -> members.organisation(o).isPresent()));
        linked.put(Campaign.TEAM, Refs.ids(checks, "teams", d.teams(), g -> lookup.groupName(g).isPresent()));
        checks.orThrow();
        return new Campaign(id, kind, name, aims, start, end, status, linked);
    }

    private static Campaign withLinks(Campaign c, Map<String, List<String>> links) {
        return new Campaign(c.id(), c.kind(), c.name(), c.aims(), c.periodStart(), c.periodEnd(), c.status(), links);
    }

    private static Campaign campaign(ResultSet rs, Map<String, List<String>> links) throws SQLException {
        return new Campaign(rs.getLong("id"), Campaign.Kind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("aims"),
                rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                Campaign.Status.valueOf(rs.getString("status")), links);
    }
}
