package org.amicus.members.internal.privacy;

import java.time.Instant;
import java.util.List;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who looked at or exported personal data in bulk: every search listing people, every export.
 * Its own table, not the audit trail: reading is not a change and must not move the record version.
 */
@Component
public class AccessLog {

    public record Access(long id, Instant occurredAt, String actor, String action, String what, int people) {
    }

    private final JdbcClient jdbc;

    AccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String action, String what, int people) {
        jdbc.sql("insert into personal_data_access (occurred_at, actor, action, what, people) values (?, ?, ?, ?, ?)")
            .params(Timestamps.now(), AuditTrail.currentActor(), action, what.length() > 1000 ? what.substring(0, 1000) : what, people)
            .update();
    }

    public List<Access> recent(int limit) {
        return jdbc.sql("select * from personal_data_access order by id desc fetch first ? rows only").param(limit)
            .query((rs, n) -> new Access(rs.getLong("id"), Timestamps.read(rs, "occurred_at"), rs.getString("actor"),
                    rs.getString("action"), rs.getString("what"), rs.getInt("people")))
            .list();
    }
}
