package org.amicus.platform;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one audit trail of Amicus. Every module records each change to the record here, inside the
 * transaction that makes the change, so a change and its audit row commit or fail together.
 */
@Component
public class AuditTrail {

    public static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RecordVersion version;

    AuditTrail(JdbcClient jdbc, JsonMapper json, RecordVersion version) {
        this.jdbc = jdbc;
        this.json = json;
        this.version = version;
    }

    public void record(Change change) {
        jdbc.sql("""
                insert into audit_event (occurred_at, actor, record_type, record_id, action, summary, source, before_json, after_json)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(Timestamps.now(), currentActor(), change.recordType(), change.recordId(), change.action(),
                    truncate(change.summary(), 500), truncate(change.source(), 1000), toJson(change.before()),
                    toJson(change.after()))
            .update();
        // Readers cache by record version: advance it only once the change is visible to them.
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    version.refresh();
                }
            });
        } else {
            version.refresh();
        }
    }

    /** Every change to one record, newest first. */
    public List<AuditEntry> history(String recordType, String recordId) {
        return jdbc.sql("select * from audit_event where record_type = ? and record_id = ? order by id desc")
            .params(recordType, recordId)
            .query(AuditTrail::entry)
            .list();
    }

    /** Criteria for searching the whole log; null or blank criteria match everything. */
    public record Search(String text, String actor, String recordType, java.time.LocalDate from, java.time.LocalDate to) {
    }

    /** One page of the whole log, newest first, filtered by the criteria. */
    public List<AuditEntry> search(Search search, int page, int size) {
        StringBuilder sql = new StringBuilder("select * from audit_event where 1 = 1");
        List<Object> params = new java.util.ArrayList<>();
        if (search.text() != null && !search.text().isBlank()) {
            sql.append(" and (lower(summary) like ? or lower(record_id) like ? or lower(source) like ?)");
            String like = "%" + search.text().trim().toLowerCase(java.util.Locale.ROOT) + "%";
            params.addAll(List.of(like, like, like));
        }
        if (search.actor() != null && !search.actor().isBlank()) {
            sql.append(" and actor = ?");
            params.add(search.actor().trim());
        }
        if (search.recordType() != null && !search.recordType().isBlank()) {
            sql.append(" and record_type = ?");
            params.add(search.recordType().trim());
        }
        if (search.from() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(search.from().atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
        }
        if (search.to() != null) {
            sql.append(" and occurred_at < ?");
            params.add(search.to().plusDays(1).atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
        }
        sql.append(" order by id desc offset ? rows fetch first ? rows only");
        params.add((long) page * size);
        params.add(size);
        return jdbc.sql(sql.toString()).params(params).query(AuditTrail::entry).list();
    }

    /** When any record of these kinds last changed (the date of a dataset), empty when none ever did. */
    public java.util.Optional<java.time.Instant> newestChange(java.util.Collection<String> recordTypes) {
        if (recordTypes.isEmpty()) {
            return java.util.Optional.empty();
        }
        return jdbc.sql("select max(occurred_at) as newest from audit_event where record_type in (:types)")
            .param("types", recordTypes).query((rs, n) -> Timestamps.read(rs, "newest")).optional();
    }

    /** A record of one kind, named as its module names it in the trail. */
    public record ChangedRecord(String recordType, String recordId) {
    }

    /**
     * The records of these kinds changed by the audit rows after {@code afterId} up to {@code upTo}
     * (both row ids, as {@link RecordVersion} gives them), each once, in the order of their first change:
     * what a view kept up to date change by change must read again.
     */
    public List<ChangedRecord> changedBetween(long afterId, long upTo, java.util.Collection<String> recordTypes) {
        return jdbc.sql("""
                select record_type, record_id, min(id) as first from audit_event where id > :after and id <= :upTo and record_type in (:types)
                group by record_type, record_id order by first""")
            .param("after", afterId).param("upTo", upTo).param("types", recordTypes)
            .query((rs, n) -> new ChangedRecord(rs.getString("record_type"), rs.getString("record_id"))).list();
    }

    /** The kinds of record that have a history, for the search form. */
    public List<String> recordTypes() {
        return jdbc.sql("select distinct record_type from audit_event order by record_type").query(String.class).list();
    }

    static AuditEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AuditEntry(rs.getLong("id"), Timestamps.read(rs, "occurred_at"), rs.getString("actor"),
                rs.getString("record_type"), rs.getString("record_id"), rs.getString("action"), rs.getString("summary"),
                rs.getString("source"), rs.getString("before_json"), rs.getString("after_json"));
    }

    /** The name of the person making the current change, or "system" for start-up and jobs. */
    public static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName()) ? SYSTEM : auth.getName();
    }

    private String toJson(Object value) {
        return value == null ? null : truncate(json.writeValueAsString(value), 20000);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
