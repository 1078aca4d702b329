package org.amicus.states.internal.watch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A state on the coalition's watch list from {@code validFrom} until {@code validTo} (null while
 * watched): who follows it (coalition staff, the national coalition, partner organisations such as
 * the ICRC) and the next step with its due date. A change supersedes the entry; history is kept.
 */
public record WatchEntry(long id, String iso3, LocalDate validFrom, LocalDate validTo, String staffLead,
        String nationalCoalition, String partners, String nextStep, LocalDate nextStepDue, String source,
        Instant recordedAt, String recordedBy, Instant supersededAt) {

    public boolean watchedOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || validTo.isAfter(date));
    }

    Map<String, Object> facts() {
        var m = new LinkedHashMap<String, Object>();
        m.put("validFrom", validFrom.toString());
        m.put("validTo", validTo == null ? null : validTo.toString());
        m.put("staffLead", staffLead);
        m.put("nationalCoalition", nationalCoalition);
        m.put("partners", partners);
        m.put("nextStep", nextStep);
        m.put("nextStepDue", nextStepDue == null ? null : nextStepDue.toString());
        m.put("source", source);
        return m;
    }
}
