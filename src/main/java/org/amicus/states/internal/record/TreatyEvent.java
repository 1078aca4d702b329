package org.amicus.states.internal.record;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry in the treaty record, never overwritten. Valid time is {@code date}; the entry was
 * part of the record from {@code recordedAt} until {@code supersededAt} (null while current).
 * A voided entry retracts the one it supersedes and states nothing itself.
 */
public record TreatyEvent(long id, String iso3, TreatyEventType type, LocalDate date, InstrumentType instrumentType,
        LocalDate effectiveDate, String source, String note, boolean voided, Long supersedesId, Instant recordedAt,
        String recordedBy, Instant supersededAt) implements Ledger.Entry {

    /** Whether the coalition's record held this entry at the moment {@code knownAt}. */
    public boolean knownAt(Instant knownAt) {
        return !recordedAt.isAfter(knownAt) && (supersededAt == null || supersededAt.isAfter(knownAt));
    }

    /** What the audit trail and the API show of an entry. */
    public java.util.Map<String, Object> facts() {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("type", type.name());
        m.put("date", date.toString());
        m.put("instrumentType", instrumentType == null ? null : instrumentType.name());
        m.put("effectiveDate", effectiveDate == null ? null : effectiveDate.toString());
        m.put("source", source);
        m.put("note", note);
        m.put("voided", voided);
        return m;
    }
}
