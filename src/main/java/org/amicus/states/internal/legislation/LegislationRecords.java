package org.amicus.states.internal.legislation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.amicus.platform.Timestamps;
import org.amicus.states.internal.record.Ledger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The legislation_stage table. Entries are appended; the only update marks one superseded. */
@Repository
class LegislationRecords implements Ledger.Rows<StageEntry> {

    private final JdbcClient jdbc;

    LegislationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StageEntry> all() {
        return jdbc.sql("select * from legislation_stage order by id").query(LegislationRecords::entry).list();
    }

    boolean isEmpty() {
        return jdbc.sql("select count(*) from legislation_stage").query(Long.class).single() == 0;
    }

    @Override
    public StageEntry append(StageEntry e) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into legislation_stage (iso3, component, stage, stage_date, source, moved_by, obstacles, reason,
                                               law_title, law_number, law_date, voided, supersedes_id, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(e.iso3(), e.component().name(), e.stage().name(), e.date(), e.source(), e.movedBy(), e.obstacles(),
                    e.reason(), e.lawTitle(), e.lawNumber(), e.lawDate(), e.voided(), e.supersedesId(),
                    Timestamps.param(e.recordedAt()), e.recordedBy())
            .update(keys, "id");
        return e.withId(keys.getKey().longValue(), e.recordedAt(), e.recordedBy());
    }

    /** Marks an entry superseded; false when it already was (someone corrected it meanwhile). */
    @Override
    public boolean supersede(long id, Instant at) {
        return jdbc.sql("update legislation_stage set superseded_at = ? where id = ? and superseded_at is null")
            .params(Timestamps.param(at), id).update() == 1;
    }

    private static StageEntry entry(ResultSet rs, int row) throws SQLException {
        return new StageEntry(rs.getLong("id"), rs.getString("iso3"), Component.valueOf(rs.getString("component")),
                Stage.valueOf(rs.getString("stage")), rs.getObject("stage_date", LocalDate.class), rs.getString("source"),
                rs.getString("moved_by"), rs.getString("obstacles"), rs.getString("reason"), rs.getString("law_title"),
                rs.getString("law_number"), rs.getObject("law_date", LocalDate.class), rs.getBoolean("voided"),
                rs.getObject("supersedes_id", Long.class), Timestamps.read(rs, "recorded_at"), rs.getString("recorded_by"),
                Timestamps.read(rs, "superseded_at"));
    }
}
