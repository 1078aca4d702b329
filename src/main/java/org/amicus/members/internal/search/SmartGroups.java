package org.amicus.members.internal.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.amicus.members.internal.record.Links;
import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved searches that stay current: the query is stored, and the people are found again each
 * time, so a new member that matches is in the group the moment it is recorded. An organisation
 * that matches brings the people currently working there.
 */
@Service
public class SmartGroups {

    public record SmartGroup(long id, String name, MemberQuery query, String createdBy) {
    }

    private final JdbcClient jdbc;
    private final Search search;
    private final Links links;
    private final AuditTrail audit;

    SmartGroups(JdbcClient jdbc, Search search, Links links, AuditTrail audit) {
        this.jdbc = jdbc;
        this.search = search;
        this.links = links;
        this.audit = audit;
    }

    public List<SmartGroup> all() {
        return jdbc.sql("select * from smart_group where deleted_at is null order by name").query((rs, n) -> new SmartGroup(
                rs.getLong("id"), rs.getString("name"), MemberQuery.parse(rs.getString("query")), rs.getString("created_by"))).list();
    }

    public SmartGroup get(long id) {
        return jdbc.sql("select * from smart_group where id = ? and deleted_at is null").param(id)
            .query((rs, n) -> new SmartGroup(rs.getLong("id"), rs.getString("name"), MemberQuery.parse(rs.getString("query")),
                    rs.getString("created_by")))
            .optional().orElseThrow(() -> new NotFound("members.error.smartGroupNotFound", id));
    }

    @Transactional
    public SmartGroup create(String name, MemberQuery query) {
        if (name == null || name.isBlank()) {
            throw new RejectedInput("name", "members.error.required");
        }
        if (query.isEmpty()) {
            throw new RejectedInput("query", "members.error.emptyQuery");
        }
        jdbc.sql("insert into smart_group (name, query, created_by, created_at) values (?, ?, ?, ?)")
            .params(name.strip(), query.queryString(), AuditTrail.currentActor(), Timestamps.now()).update();
        long id = jdbc.sql("select max(id) from smart_group").query(Long.class).single();
        audit.record(new Change("smart-group", String.valueOf(id), "created", null, query.queryString(), null, name.strip()));
        return get(id);
    }

    @Transactional
    public void delete(long id) {
        SmartGroup g = get(id);
        jdbc.sql("update smart_group set deleted_at = ? where id = ?").params(Timestamps.now(), id).update();
        audit.record(new Change("smart-group", String.valueOf(id), "deleted", g.query().queryString(), null, null, g.name()));
    }

    /** The ids of the people the group finds now. */
    public List<Long> people(long id) {
        MemberQuery q = get(id).query();
        Set<Long> people = new LinkedHashSet<>(search.ids(q, "person"));
        people.addAll(links.currentPeopleAt(new ArrayList<>(search.ids(q, "organisation"))));
        return new ArrayList<>(people);
    }
}
