package org.amicus.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Erasure of personal data also reaches the audit trail: the rows of one record keep who, when
 * and what was done, but lose the before/after copies and the summary that held the personal data.
 */
@Component
public class AuditRedaction {

    private final JdbcClient jdbc;

    AuditRedaction(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int redact(String recordType, String recordId) {
        return jdbc.sql("update audit_event set before_json = null, after_json = null, summary = 'redacted' "
                + "where record_type = ? and record_id = ?").params(recordType, recordId).update();
    }
}
