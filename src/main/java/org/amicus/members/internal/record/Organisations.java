package org.amicus.members.internal.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Organisations in the database. Deleted and merged organisations stay, marked, so that they can come back. */
@Repository
public class Organisations {

    static final String COLUMNS = "kind, name, name_latin, acronym, country, region, city, website, languages, focus_areas, "
            + "membership_status, member_since, member_until, staff_size, coalition_id, source";

    private final JdbcClient jdbc;
    private final Tags tags;

    Organisations(JdbcClient jdbc, Tags tags) {
        this.jdbc = jdbc;
        this.tags = tags;
    }

    public Optional<Organisation> byId(long id) {
        return jdbc.sql("select * from organisation where id = ? and deleted_at is null").param(id)
            .query((rs, n) -> map(rs, tags.of("organisation", id))).optional();
    }

    public List<Organisation> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var t = tags.of("organisation", ids);
        return jdbc.sql("select * from organisation where id in (:ids)").param("ids", ids)
            .query((rs, n) -> map(rs, t.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    /** Where a merged organisation went; empty for a live one. */
    public Optional<Long> mergedInto(long id) {
        return jdbc.sql("select merged_into_id from organisation where id = ?").param(id).query(Long.class).optional();
    }

    public long insert(Organisation o) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into organisation (" + COLUMNS + ", created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .params(values(o, Timestamps.now(), Timestamps.now()))
            .update(keys, "id");
        long id = keys.getKey().longValue();
        tags.set("organisation", id, o.tags());
        return id;
    }

    public void update(Organisation o) {
        jdbc.sql("update organisation set kind = ?, name = ?, name_latin = ?, acronym = ?, country = ?, region = ?, city = ?, "
                + "website = ?, languages = ?, focus_areas = ?, membership_status = ?, member_since = ?, member_until = ?, "
                + "staff_size = ?, coalition_id = ?, source = ?, updated_at = ? where id = ?")
            .params(values(o, Timestamps.now(), o.id()))
            .update();
        tags.set("organisation", o.id(), o.tags());
    }

    public void markDeleted(long id, Long mergedInto) {
        jdbc.sql("update organisation set deleted_at = ?, merged_into_id = ?, updated_at = ? where id = ?")
            .params(Timestamps.now(), mergedInto, Timestamps.now(), id).update();
    }

    public void restore(long id) {
        jdbc.sql("update organisation set deleted_at = null, merged_into_id = null, updated_at = ? where id = ?")
            .params(Timestamps.now(), id).update();
    }

    public void touch(long id) {
        jdbc.sql("update organisation set updated_at = ? where id = ?").params(Timestamps.now(), id).update();
    }

    private static Object[] values(Organisation o, Object... tail) {
        return Lists.concat(new Object[] { o.kind(), o.name(), o.nameLatin(), o.acronym(), o.country(), o.region(), o.city(), o.website(),
                Lists.join(o.languages()), Lists.join(o.focusAreas()), o.membershipStatus(), o.memberSince(),
                o.memberUntil(), o.staffSize(), o.coalitionId(), o.source() }, tail);
    }

    static Organisation map(ResultSet rs, List<String> tags) throws SQLException {
        return new Organisation(rs.getLong("id"), rs.getString("kind"), rs.getString("name"), rs.getString("name_latin"),
                rs.getString("acronym"), trim(rs.getString("country")), rs.getString("region"), rs.getString("city"),
                rs.getString("website"), Lists.split(rs.getString("languages")), Lists.split(rs.getString("focus_areas")),
                rs.getString("membership_status"), rs.getObject("member_since", LocalDate.class),
                rs.getObject("member_until", LocalDate.class), (Integer) rs.getObject("staff_size", Integer.class),
                (Long) rs.getObject("coalition_id", Long.class), rs.getString("source"), tags);
    }

    static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
