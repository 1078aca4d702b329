package org.amicus.members.internal.privacy;

import java.time.Instant;
import java.util.List;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who looked at or exported personal data: every view of a person's record (page or API), every
 * search listing people, every export. Its own table, not the audit trail: reading is not a
 * change and must not move the record version.
 */
@Component
public class AccessLog {

    /** One access; personId is set when it showed one person's record. */
    public record Access(long id, Instant occurredAt, String actor, String action, String what, int people, Long personId) {
    }

    private final JdbcClient jdbc;

    AccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A look at many people at once (a search, an export, a smart group). */
    public void record(String action, String what, int people) {
        insert(action, what, people, null);
    }

    /** A look at one person's record. */
    public void viewed(String action, long personId) {
        insert(action, "person " + personId, 1, personId);
    }

    private void insert(String action, String what, int people, Long personId) {
        jdbc.sql("insert into personal_data_access (occurred_at, actor, action, what, people, record_id) values (?, ?, ?, ?, ?, ?)")
            .params(Timestamps.now(), AuditTrail.currentActor(), action, what.length() > 1000 ? what.substring(0, 1000) : what, people,
                    personId)
            .update();
    }

    /** The newest accesses, of one user and/or one person's record when given. */
    public List<Access> recent(String actor, Long personId, int limit) {
        String who = actor == null || actor.isBlank() ? null : actor.strip();
        var query = jdbc.sql("select * from personal_data_access where 1 = 1" + (who == null ? "" : " and actor = :actor")
                + (personId == null ? "" : " and record_id = :person") + " order by id desc fetch first :limit rows only")
            .param("limit", limit);
        if (who != null) {
            query = query.param("actor", who);
        }
        if (personId != null) {
            query = query.param("person", personId);
        }
        return query
            .query((rs, n) -> new Access(rs.getLong("id"), Timestamps.read(rs, "occurred_at"), rs.getString("actor"),
                    rs.getString("action"), rs.getString("what"), rs.getInt("people"), (Long) rs.getObject("record_id", Long.class)))
            .list();
    }
}
