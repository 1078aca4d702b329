package org.amicus.members.internal.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.amicus.members.internal.record.Lists;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads records from the database as search documents, many at a time (a few queries per batch,
 * never one per record). A record that is deleted, merged or erased has no document.
 */
@Component
class IndexSource {

    /** A live record's document, or the key of a record to remove from the index. */
    record Entry(String key, Document document) {
    }

    private final JdbcClient jdbc;

    IndexSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Entry> organisations(Collection<Long> ids) {
        Shared shared = shared("organisation", "organisation_id", ids);
        Map<Long, Document> docs = new HashMap<>();
        jdbc.sql("select * from organisation where id = any(:ids) and deleted_at is null").param("ids", array(ids)).query((rs, n) -> {
            long id = rs.getLong("id");
            Document d = base("o:" + id, "organisation", rs.getString("name"), rs.getString("name_latin"), rs.getString("country"));
            add(d, "kind", rs.getString("kind"));
            add(d, "region", lower(rs.getString("region")));
            add(d, "status", rs.getString("membership_status"));
            Lists.split(rs.getString("languages")).forEach(l -> add(d, "language", l));
            shared.addTo(d, id);
            add(d, "org", String.valueOf(id));
            text(d, rs.getString("acronym"), rs.getString("city"));
            d.add(new StoredField("detail", nz(rs.getString("acronym"))));
            docs.put(id, d);
            return id;
        }).list();
        return entries("o:", ids, docs);
    }

    List<Entry> people(Collection<Long> ids) {
        Shared shared = shared("person", "person_id", ids);
        Map<Long, Set<String>> emails = multi("select person_id, email from person_email where person_id = any(:ids)", ids);
        // Two single-table queries rather than a join: their plans stay simple even before the
        // database has statistics for freshly imported rows.
        Map<Long, Set<String>> roles = multi("select person_id, organisation_id from affiliation where person_id = any(:ids) "
                + "and (to_date is null or to_date >= current_date)", ids);
        Set<Long> orgIds = new HashSet<>();
        roles.values().forEach(v -> v.forEach(o -> orgIds.add(Long.parseLong(o))));
        Map<String, String[]> orgById = new HashMap<>();
        if (!orgIds.isEmpty()) {
            jdbc.sql("select id, region, membership_status, name from organisation where id = any(:ids) and deleted_at is null")
                .param("ids", array(orgIds))
                .query((rs, n) -> orgById.put(rs.getString(1), new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4) }))
                .list();
        }
        Map<Long, List<String[]>> orgs = new HashMap<>();
        roles.forEach((person, list) -> list.stream().map(orgById::get).filter(o -> o != null)
            .forEach(o -> orgs.computeIfAbsent(person, k -> new ArrayList<>()).add(o)));
        Map<Long, Document> docs = new HashMap<>();
        jdbc.sql("select * from person where id = any(:ids) and deleted_at is null").param("ids", array(ids)).query((rs, n) -> {
            long id = rs.getLong("id");
            Document d = base("p:" + id, "person", rs.getString("name"), rs.getString("name_latin"), rs.getString("country"));
            boolean contact = true;
            if (rs.getString("press_topics") != null) {
                add(d, "kind", "EXPERT");
                contact = false;
            }
            if (rs.getString("office") != null) {
                add(d, "kind", "OFFICIAL");
                contact = false;
            }
            if (rs.getObject("outlet_id") != null || rs.getString("beat") != null) {
                add(d, "kind", "JOURNALIST");
                contact = false;
            }
            if (contact) {
                add(d, "kind", "CONTACT");
            }
            Lists.split(rs.getString("languages")).forEach(l -> add(d, "language", l));
            shared.addTo(d, id);
            List<String> names = new ArrayList<>();
            for (String[] o : orgs.getOrDefault(id, List.of())) {
                add(d, "org", o[0]);
                add(d, "region", lower(o[1]));
                add(d, "status", o[2]);
                names.add(o[3]);
            }
            emails.getOrDefault(id, Set.of()).forEach(e -> d.add(new StringField("email", e, Field.Store.NO)));
            text(d, String.join(" ", emails.getOrDefault(id, Set.of())).replace('@', ' '), null);
            d.add(new StoredField("detail", String.join(", ", names)));
            docs.put(id, d);
            return id;
        }).list();
        return entries("p:", ids, docs);
    }

    /** What organisations and people both carry into their documents: tags, current groups, custom values. */
    private record Shared(Map<Long, Set<String>> tags, Map<Long, Set<String>> teams, Map<Long, Set<String>> custom) {

        void addTo(Document d, long id) {
            tags.getOrDefault(id, Set.of()).forEach(t -> add(d, "tag", t));
            teams.getOrDefault(id, Set.of()).forEach(t -> add(d, "team", t));
            custom.getOrDefault(id, Set.of()).forEach(c -> addCustom(d, c));
        }
    }

    /** recordType is "organisation" or "person", column its column in group_membership. */
    private Shared shared(String recordType, String column, Collection<Long> ids) {
        return new Shared(multi("select r.record_id, t.name from record_tag r join tag t on t.id = r.tag_id "
                + "where r.record_type = '" + recordType + "' and r.record_id = any(:ids)", ids),
                multi("select " + column + ", group_id from group_membership where " + column + " = any(:ids) "
                        + "and (to_date is null or to_date >= current_date)", ids),
                custom(recordType, ids));
    }

    /** Custom values as "TYPE|key|value": filterable by key, and text values searchable with the names. */
    private Map<Long, Set<String>> custom(String recordType, Collection<Long> ids) {
        return multi("select v.record_id, f.field_type || '|' || f.field_key || '|' || v.val from custom_value v "
                + "join custom_field f on f.id = v.field_id where f.record_type = '" + recordType + "' and f.retired_at is null "
                + "and v.record_id = any(:ids)", ids);
    }

    private static void addCustom(Document d, String typed) {
        String[] parts = typed.split("\\|", 3);
        if (parts.length == 3) {
            add(d, MemberQuery.CUSTOM + parts[1], parts[2].toLowerCase(Locale.ROOT));
            if (parts[0].equals("TEXT")) {
                text(d, parts[2], null);
            }
        }
    }

    private static List<Entry> entries(String prefix, Collection<Long> ids, Map<Long, Document> docs) {
        List<Entry> entries = new ArrayList<>(ids.size());
        for (Long id : new HashSet<>(ids)) {
            entries.add(new Entry(prefix + id, docs.get(id)));
        }
        return entries;
    }

    private static Document base(String key, String type, String name, String nameLatin, String country) {
        Document d = new Document();
        d.add(new StringField("key", key, Field.Store.YES));
        d.add(new StringField("type", type, Field.Store.YES));
        d.add(new StoredField("name", name));
        d.add(new StoredField("nameLatin", nz(nameLatin)));
        d.add(new TextField("text", name, Field.Store.NO));
        if (nameLatin != null) {
            d.add(new TextField("text", nameLatin, Field.Store.NO));
        }
        for (String skeleton : Skeleton.of(nameLatin == null ? name : name + " " + nameLatin)) {
            d.add(new StringField("skeleton", skeleton, Field.Store.NO));
        }
        String c = country == null ? "" : country.trim();
        d.add(new StringField("country", c, Field.Store.YES));
        String sortName = (nameLatin != null ? nameLatin : name).toLowerCase(Locale.ROOT);
        d.add(new SortedDocValuesField("sort", new BytesRef(sortName.length() > 100 ? sortName.substring(0, 100) : sortName)));
        return d;
    }

    private static void text(Document d, String a, String b) {
        if (a != null && !a.isBlank()) {
            d.add(new TextField("text", a, Field.Store.NO));
        }
        if (b != null && !b.isBlank()) {
            d.add(new TextField("text", b, Field.Store.NO));
        }
    }

    private static void add(Document d, String field, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new StringField(field, value.trim(), Field.Store.YES));
        }
    }

    private static String lower(String s) {
        return s == null ? null : s.trim().toLowerCase(Locale.ROOT);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private Map<Long, Set<String>> multi(String sql, Collection<Long> ids) {
        Map<Long, Set<String>> m = new HashMap<>();
        jdbc.sql(sql).param("ids", array(ids)).query((rs, n) -> m.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2)))
            .list();
        return m;
    }

    /** Ids as one array parameter: one statement (and one plan) whatever the batch size, on H2 and PostgreSQL. */
    private static Long[] array(Collection<Long> ids) {
        return ids.toArray(Long[]::new);
    }

    /** Live ids of one table changed since the given moment, for catching up. */
    List<Long> changedSince(String table, java.time.OffsetDateTime since) {
        return jdbc.sql("select id from " + table + " where updated_at > ?").param(since).query(Long.class).list();
    }

    List<Long> allIds(String table) {
        return jdbc.sql("select id from " + table + " where deleted_at is null order by id").query(Long.class).list();
    }
}
