package org.amicus.platform;

/**
 * One change to the record, as the audit trail keeps it.
 *
 * @param recordType what kind of record changed ("state", "user", "campaign-target", ...)
 * @param recordId   its identifier
 * @param action     what was done ("created", "corrected", "voided", ...)
 * @param before     the record before the change (null when created), serialised as JSON
 * @param after      the record after the change (null when removed), serialised as JSON
 * @param source     the source cited for the change (a URL or a document), may be null
 * @param summary    one line a person reads in the history
 */
public record Change(String recordType, String recordId, String action, Object before, Object after,
        String source, String summary) {
}
