package org.amicus.states.internal.record;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.RejectedInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plan's target categories and the monthly Universal Ratification Campaign target, audited. */
@Service
public class PlanTargets {

    private final TreatyRecords records;
    private final Tracker tracker;
    private final AuditTrail audit;

    PlanTargets(TreatyRecords records, Tracker tracker, AuditTrail audit) {
        this.records = records;
        this.tracker = tracker;
        this.audit = audit;
    }

    @Transactional
    public CategoryAssignment assign(String iso3, TargetCategory category, LocalDate from, String source) {
        State state = known(iso3);
        if (source == null || source.isBlank()) {
            throw new RejectedInput("source", "event.sourceRequired");
        }
        if (from == null) {
            throw new RejectedInput("validFrom", "event.required");
        }
        CategoryAssignment a = records.assign(state.iso3(), category, from, source.trim(), Instant.now(),
                AuditTrail.currentActor());
        audit.record(new Change("state", state.iso3(), "category-assigned", null,
                Map.of("category", category.name(), "validFrom", from.toString()), source.trim(),
                "Target category " + category + " from " + from));
        return a;
    }

    @Transactional
    public void end(String iso3, long assignmentId, LocalDate validTo, String source) {
        State state = known(iso3);
        CategoryAssignment a = tracker.record().categoryAssignments(state.iso3()).stream()
            .filter(c -> c.id() == assignmentId).findFirst()
            .orElseThrow(() -> new RejectedInput("category", "event.unknownEntry", assignmentId));
        if (source == null || source.isBlank()) {
            throw new RejectedInput("source", "event.sourceRequired");
        }
        if (validTo == null || !validTo.isAfter(a.validFrom())) {
            throw new RejectedInput("validTo", "category.endBeforeStart", a.validFrom());
        }
        if (!records.endAssignment(assignmentId, validTo)) {
            throw new RejectedInput("category", "event.alreadyCorrected");
        }
        audit.record(new Change("state", state.iso3(), "category-ended",
                Map.of("category", a.category().name(), "validFrom", a.validFrom().toString()),
                Map.of("category", a.category().name(), "validFrom", a.validFrom().toString(), "validTo", validTo.toString()),
                source.trim(), "Target category " + a.category() + " ended on " + validTo));
    }

    public List<CampaignTarget> campaignTargets() {
        return records.campaignTargets();
    }

    @Transactional
    public void chooseCampaignTarget(YearMonth month, String iso3, String note) {
        State state = known(iso3);
        if (month == null) {
            throw new RejectedInput("month", "event.required");
        }
        String previous = records.campaignTargets().stream()
            .filter(t -> t.month().equals(month) && t.supersededAt() == null)
            .map(CampaignTarget::iso3).findFirst().orElse(null);
        records.chooseCampaignTarget(month, state.iso3(), note == null || note.isBlank() ? null : note.trim(), Instant.now(),
                AuditTrail.currentActor());
        audit.record(new Change("campaign-target", month.toString(), previous == null ? "chosen" : "changed",
                previous == null ? null : Map.of("state", previous), Map.of("state", state.iso3()), null,
                "Universal Ratification Campaign " + month + ": " + state.iso3()));
    }

    private State known(String iso3) {
        return tracker.record().state(iso3).orElseThrow(() -> new RejectedInput("iso3", "event.unknownState", iso3));
    }
}
