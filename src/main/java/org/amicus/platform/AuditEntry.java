package org.amicus.platform;

import java.time.Instant;

/** A change as read back from the audit trail. */
public record AuditEntry(long id, Instant occurredAt, String actor, String recordType, String recordId,
        String action, String summary, String source, String beforeJson, String afterJson) {
}
