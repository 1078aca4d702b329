package org.amicus.members.internal;

import java.util.List;

import org.amicus.members.MemberNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The live names of the members record, read straight from its tables. */
@Component
class MemberNamesQuery implements MemberNames {

    private final JdbcClient jdbc;

    MemberNamesQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Named> organisations() {
        return jdbc.sql("""
                select id, name, coalesce(acronym, name_latin) alt from organisation
                where deleted_at is null and merged_into_id is null order by id""")
            .query((rs, n) -> new Named(rs.getLong("id"), rs.getString("name"), rs.getString("alt"), null))
            .list();
    }

    @Override
    public List<Named> people() {
        return live("");
    }

    @Override
    public List<Named> journalists() {
        return live(" and outlet_id is not null");
    }

    private List<Named> live(String condition) {
        return jdbc.sql("select id, name, name_latin, outlet_id from person"
                + " where deleted_at is null and erased_at is null and merged_into_id is null" + condition + " order by id")
            .query((rs, n) -> new Named(rs.getLong("id"), rs.getString("name"), rs.getString("name_latin"),
                    rs.getObject("outlet_id", Long.class)))
            .list();
    }
}
