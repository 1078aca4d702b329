package org.amicus.court.internal.conference;

import static org.amicus.court.internal.Input.blank;
import static org.amicus.court.internal.Input.reject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.amicus.members.Members;
import org.amicus.members.MembersLookup;
import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which member organisations and groups follow which session item. Either a group or an
 * organisation of the members record, checked through its public API; removed softly.
 */
@Service
public class Teams {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Members members;
    private final MembersLookup lookup;

    Teams(JdbcClient jdbc, AuditTrail audit, Members members, MembersLookup lookup) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.members = members;
        this.lookup = lookup;
    }

    /** The teams of every item that has any, by item. */
    public Map<Long, List<Team>> byItem() {
        return jdbc.sql("select * from court_session_item_team where removed = false order by item_id, name")
            .query((rs, n) -> new Team(rs.getLong("id"), rs.getLong("item_id"), (Long) rs.getObject("group_id", Long.class),
                    (Long) rs.getObject("organisation_id", Long.class), rs.getString("name"), rs.getString("role")))
            .list().stream().collect(Collectors.groupingBy(Team::itemId));
    }

    @Transactional
    public Team add(long itemId, Long groupId, Long organisationId, String role) {
        item(itemId);
        List<Problem> problems = new ArrayList<>();
        String name = null;
        if ((groupId == null) == (organisationId == null)) {
            problems.add(new Problem(0, "groupId", "court.team.oneOf"));
        } else if (groupId != null) {
            name = lookup.groupName(groupId).orElse(null);
            if (name == null) {
                problems.add(new Problem(0, "groupId", "court.team.noGroup", String.valueOf(groupId)));
            }
        } else {
            name = members.organisation(organisationId).map(o -> o.name()).orElse(null);
            if (name == null) {
                problems.add(new Problem(0, "organisationId", "court.team.noOrganisation", String.valueOf(organisationId)));
            }
        }
        reject(problems);
        Long id = jdbc.sql("select id from court_session_item_team where item_id = ? and removed = false and (group_id = ? or organisation_id = ?)")
            .params(itemId, groupId, organisationId).query(Long.class).optional().orElse(null);
        if (id != null) {
            reject(List.of(new Problem(0, "groupId", "court.team.already", name)));
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into court_session_item_team (item_id, group_id, organisation_id, name, role) values (?, ?, ?, ?, ?)")
            .params(itemId, groupId, organisationId, name, blank(role)).update(keys, "id");
        Team team = new Team(keys.getKey().longValue(), itemId, groupId, organisationId, name, blank(role));
        audit.record(new Change(SessionItems.RECORD, String.valueOf(itemId), "team added", null, team, null, "Following the item: " + name));
        return team;
    }

    @Transactional
    public void remove(long teamId) {
        Team team = byItem().values().stream().flatMap(List::stream).filter(t -> t.id() == teamId).findFirst()
            .orElseThrow(() -> new NotFound("court.team.notFound", String.valueOf(teamId)));
        jdbc.sql("update court_session_item_team set removed = true where id = ?").param(teamId).update();
        audit.record(new Change(SessionItems.RECORD, String.valueOf(team.itemId()), "team removed", team, null, null,
                "No longer following the item: " + team.name()));
    }

    private void item(long itemId) {
        if (jdbc.sql("select count(*) from court_session_item where id = ? and removed = false").param(itemId).query(Long.class).single() == 0) {
            throw new NotFound("court.item.notFound", itemId);
        }
    }
}
