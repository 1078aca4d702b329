package org.amicus.states.internal.legislation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.amicus.states.internal.record.Ledger;

/**
 * One entry in a state's legislation record, never overwritten: the stage one component reached on
 * {@code date}, with its source, what moved it, the obstacles met, the reason when it went back, and
 * the law once enacted. Recorded from {@code recordedAt} until {@code supersededAt} (null while current).
 */
public record StageEntry(long id, String iso3, Component component, Stage stage, LocalDate date, String source,
        String movedBy, String obstacles, String reason, String lawTitle, String lawNumber, LocalDate lawDate,
        boolean voided, Long supersedesId, Instant recordedAt, String recordedBy, Instant supersededAt)
        implements Ledger.Entry {

    /** Whether the coalition's record held this entry at the moment {@code knownAt}. */
    public boolean knownAt(Instant knownAt) {
        return !recordedAt.isAfter(knownAt) && (supersededAt == null || supersededAt.isAfter(knownAt));
    }

    StageEntry withId(long newId, Instant at, String by) {
        return new StageEntry(newId, iso3, component, stage, date, source, movedBy, obstacles, reason, lawTitle, lawNumber,
                lawDate, voided, supersedesId, at, by, null);
    }

    /** What the audit trail and the API show of an entry. */
    public Map<String, Object> facts() {
        var m = new LinkedHashMap<String, Object>();
        m.put("component", component.name());
        m.put("stage", stage.name());
        m.put("date", date.toString());
        m.put("source", source);
        m.put("movedBy", movedBy);
        m.put("obstacles", obstacles);
        m.put("reason", reason);
        m.put("lawTitle", lawTitle);
        m.put("lawNumber", lawNumber);
        m.put("lawDate", lawDate == null ? null : lawDate.toString());
        m.put("voided", voided);
        return m;
    }
}
