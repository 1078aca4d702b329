package org.amicus.members.internal.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Merging two people or two organisations: every link of the merged record (addresses, roles,
 * group memberships, consents, tags, ...) moves to the kept one, the merged record is kept aside
 * pointing to it, and what moved is written down so that the merge can be undone exactly.
 */
@Service
public class Merges {

    /** A table and column that point at a record, and the column that names each row. */
    record Link(String table, String column, String key) {
    }

    static final Map<String, List<Link>> LINKS = Map.of(
            "person", List.of(new Link("person_email", "person_id", "id"), new Link("affiliation", "person_id", "id"),
                    new Link("group_membership", "person_id", "id"), new Link("consent", "person_id", "id"),
                    new Link("member_group", "coordinator_person_id", "id")),
            "organisation", List.of(new Link("affiliation", "organisation_id", "id"),
                    new Link("group_membership", "organisation_id", "id"), new Link("person", "outlet_id", "id"),
                    new Link("organisation", "coalition_id", "id"), new Link("member_account", "organisation_id", "username")));

    public record Merge(long id, String recordType, long keptId, long mergedId, java.time.Instant mergedAt, String mergedBy,
            boolean undone) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final IndexFeed feed;
    private final Organisations organisations;
    private final People people;

    Merges(JdbcClient jdbc, AuditTrail audit, JsonMapper json, IndexFeed feed, Organisations organisations, People people) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.json = json;
        this.feed = feed;
        this.organisations = organisations;
        this.people = people;
    }

    @Transactional
    public Merge merge(String type, long keptId, long mergedId) {
        if (keptId == mergedId) {
            throw new RejectedInput("mergedId", "members.error.mergeSelf");
        }
        Object kept = live(type, keptId);
        Object merged = live(type, mergedId);
        Map<String, List<String>> moved = new LinkedHashMap<>();
        if (type.equals("person")) {
            // Addresses the kept person already has stay with the merged one; moved ones are not primary.
            moved.put("primaryEmail", jdbc.sql("select cast(id as varchar(20)) from person_email where person_id = ? and is_primary = true")
                .param(mergedId).query(String.class).list());
        }
        for (Link link : LINKS.get(type)) {
            String extra = link.table().equals("person_email")
                    ? " and email not in (select email from person_email where person_id = " + keptId + ")" : "";
            List<String> keys = jdbc.sql("select cast(" + link.key() + " as varchar(100)) from " + link.table() + " where "
                    + link.column() + " = ?" + extra).param(mergedId).query(String.class).list();
            if (!keys.isEmpty()) {
                jdbc.sql("update " + link.table() + " set " + link.column() + " = :kept where cast(" + link.key()
                        + " as varchar(100)) in (:keys)").param("kept", keptId).param("keys", keys).update();
            }
            moved.put(link.table() + "." + link.column(), keys);
        }
        if (type.equals("person")) {
            jdbc.sql("update person_email set is_primary = false where person_id = :kept and cast(id as varchar(20)) in (:ids)")
                .param("kept", keptId).param("ids", orNone(moved.get("person_email.person_id"))).update();
        }
        moved.put("tags", moveTags(type, keptId, mergedId));
        moved.put("customValues", copyCustomValues(type, keptId, mergedId));
        if (type.equals("person")) {
            people.markDeleted(mergedId, keptId);
        } else {
            organisations.markDeleted(mergedId, keptId);
        }
        jdbc.sql("insert into record_merge (record_type, kept_id, merged_id, moved_json, merged_at, merged_by) values (?, ?, ?, ?, ?, ?)")
            .params(type, keptId, mergedId, json.writeValueAsString(moved), Timestamps.now(), AuditTrail.currentActor()).update();
        long id = jdbc.sql("select max(id) from record_merge").query(Long.class).single();
        audit.record(new Change(type, String.valueOf(keptId), "merged", merged, kept, null, "merged " + type + " " + mergedId + " into " + keptId));
        audit.record(new Change(type, String.valueOf(mergedId), "merged-into", merged, null, null, "merged into " + keptId));
        changed(type, keptId, mergedId, moved);
        return get(id);
    }

    @Transactional
    public Merge undo(long mergeId) {
        Merge m = get(mergeId);
        if (m.undone()) {
            throw new RejectedInput("merge", "members.error.mergeUndone");
        }
        Map<String, List<String>> moved = json.readValue(
                jdbc.sql("select moved_json from record_merge where id = ?").param(mergeId).query(String.class).single(),
                new TypeReference<Map<String, List<String>>>() {
                });
        for (Link link : LINKS.get(m.recordType())) {
            List<String> keys = moved.getOrDefault(link.table() + "." + link.column(), List.of());
            if (!keys.isEmpty()) {
                jdbc.sql("update " + link.table() + " set " + link.column() + " = :merged where cast(" + link.key()
                        + " as varchar(100)) in (:keys)").param("merged", m.mergedId()).param("keys", keys).update();
            }
        }
        if (m.recordType().equals("person")) {
            jdbc.sql("update person_email set is_primary = true where cast(id as varchar(20)) in (:ids)")
                .param("ids", orNone(moved.get("primaryEmail"))).update();
        }
        List<String> tags = moved.getOrDefault("tags", List.of());
        if (!tags.isEmpty()) {
            jdbc.sql("delete from record_tag where record_type = :type and record_id = :kept and cast(tag_id as varchar(20)) in (:tags)")
                .param("type", m.recordType()).param("kept", m.keptId()).param("tags", tags).update();
        }
        List<String> fields = moved.getOrDefault("customValues", List.of());
        if (!fields.isEmpty()) {
            jdbc.sql("delete from custom_value where record_id = :kept and cast(field_id as varchar(20)) in (:fields)")
                .param("kept", m.keptId()).param("fields", fields).update();
        }
        if (m.recordType().equals("person")) {
            people.restore(m.mergedId());
        } else {
            organisations.restore(m.mergedId());
        }
        jdbc.sql("update record_merge set undone_at = ?, undone_by = ? where id = ?")
            .params(Timestamps.now(), AuditTrail.currentActor(), mergeId).update();
        audit.record(new Change(m.recordType(), String.valueOf(m.mergedId()), "merge-undone", null, live(m.recordType(), m.mergedId()),
                null, "merge into " + m.keptId() + " undone"));
        changed(m.recordType(), m.keptId(), m.mergedId(), moved);
        return get(mergeId);
    }

    public Merge get(long id) {
        return jdbc.sql("select * from record_merge where id = ?").param(id).query(Merges::merge).optional()
            .orElseThrow(() -> new NotFound("members.error.mergeNotFound", id));
    }

    public List<Merge> recent(String type, long recordId) {
        return jdbc.sql("select * from record_merge where record_type = ? and (kept_id = ? or merged_id = ?) order by id desc")
            .params(type, recordId, recordId).query(Merges::merge).list();
    }

    private static Merge merge(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Merge(rs.getLong("id"), rs.getString("record_type"), rs.getLong("kept_id"), rs.getLong("merged_id"),
                Timestamps.read(rs, "merged_at"), rs.getString("merged_by"), rs.getObject("undone_at") != null);
    }

    private List<String> moveTags(String type, long keptId, long mergedId) {
        List<String> added = jdbc.sql("select cast(tag_id as varchar(20)) from record_tag where record_type = ? and record_id = ? "
                + "and tag_id not in (select tag_id from record_tag where record_type = ? and record_id = ?)")
            .params(type, mergedId, type, keptId).query(String.class).list();
        for (String tag : added) {
            jdbc.sql("insert into record_tag (record_type, record_id, tag_id) values (?, ?, ?)").params(type, keptId, Long.parseLong(tag)).update();
        }
        return added;
    }

    /** The merged record's custom values for fields the kept one has no value for; the merged record keeps its own. */
    private List<String> copyCustomValues(String type, long keptId, long mergedId) {
        List<String> fields = jdbc.sql("select cast(v.field_id as varchar(20)) from custom_value v join custom_field f on f.id = v.field_id "
                + "where f.record_type = ? and v.record_id = ? and v.field_id not in (select field_id from custom_value where record_id = ?)")
            .params(type, mergedId, keptId).query(String.class).list();
        for (String field : fields) {
            jdbc.sql("insert into custom_value (field_id, record_id, val) select field_id, ?, val from custom_value where field_id = ? and record_id = ?")
                .params(keptId, Long.parseLong(field), mergedId).update();
        }
        return fields;
    }

    private Object live(String type, long id) {
        return switch (type) {
            case "person" -> people.byId(id).orElseThrow(() -> new NotFound("members.error.personNotFound", id));
            case "organisation" -> organisations.byId(id).orElseThrow(() -> new NotFound("members.error.organisationNotFound", id));
            default -> throw new RejectedInput("type", "members.error.unknownValue", type);
        };
    }

    /** The kept and merged records, and for organisations the people whose roles moved, are indexed again. */
    private void changed(String type, long keptId, long mergedId, Map<String, List<String>> moved) {
        if (type.equals("person")) {
            feed.peopleChanged(List.of(keptId, mergedId));
            return;
        }
        feed.organisationsChanged(List.of(keptId, mergedId));
        List<Long> affected = new ArrayList<>();
        for (String id : moved.getOrDefault("affiliation.organisation_id", List.of())) {
            affected.add(jdbc.sql("select person_id from affiliation where id = ?").param(Long.parseLong(id)).query(Long.class).single());
        }
        feed.peopleChanged(affected);
    }

    private static List<String> orNone(List<String> ids) {
        return ids == null || ids.isEmpty() ? List.of("-1") : ids;
    }
}
