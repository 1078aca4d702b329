package org.amicus.campaigns.internal.advocacy;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The links of a campaign or an activity to records kept elsewhere (a state, a CRM person, a
 * strategy goal, a username), as (kind, ref) rows: one list per kind, read and replaced whole.
 */
final class LinkTable {

    private final JdbcClient jdbc;
    private final String table;
    private final String owner;

    LinkTable(JdbcClient jdbc, String table, String owner) {
        this.jdbc = jdbc;
        this.table = table;
        this.owner = owner;
    }

    Map<String, List<String>> of(long id) {
        return of(List.of(id)).getOrDefault(id, Map.of());
    }

    /** The links of several owners at once, kind by kind, refs in the order they were written. */
    Map<Long, Map<String, List<String>>> of(Collection<Long> ids) {
        Map<Long, Map<String, List<String>>> links = new TreeMap<>();
        if (ids.isEmpty()) {
            return links;
        }
        jdbc.sql("select " + owner + ", kind, ref from " + table + " where " + owner + " in (:ids) order by " + owner + ", kind, ref")
            .param("ids", ids)
            .query((rs, n) -> links.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                .computeIfAbsent(rs.getString(2), k -> new java.util.ArrayList<>()).add(rs.getString(3)))
            .list();
        return links;
    }

    void replace(long id, Map<String, ? extends Collection<String>> links) {
        jdbc.sql("delete from " + table + " where " + owner + " = ?").param(id).update();
        links.forEach((kind, refs) -> refs.stream().distinct().forEach(ref -> jdbc
            .sql("insert into " + table + " (" + owner + ", kind, ref) values (?, ?, ?)").params(id, kind, ref).update()));
    }
}
