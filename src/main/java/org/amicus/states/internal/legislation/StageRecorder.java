package org.amicus.states.internal.legislation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.RejectedInput.Problem;
import org.amicus.states.LegislationStageRecorded;
import org.amicus.states.internal.record.DraftFields;
import org.amicus.states.internal.record.Ledger;
import org.amicus.states.internal.record.Tracker;
import org.amicus.states.internal.record.TreatyRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records stages of implementing legislation, all or nothing. Each draft is checked field by field
 * (an enacted law needs its title, its date and a source), then every affected state's entries are
 * replayed with the drafts in place, so no change leaves a process going back without a reason.
 * Each change is audited with its source and published as {@link LegislationStageRecorded}.
 */
@Service
public class StageRecorder {

    private final LegislationRecords records;
    private final Legislation legislation;
    private final Tracker tracker;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private static final Clock CLOCK = Clock.systemUTC();

    StageRecorder(LegislationRecords records, Legislation legislation, Tracker tracker, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.records = records;
        this.legislation = legislation;
        this.tracker = tracker;
        this.audit = audit;
        this.events = events;
    }

    /** Checks drafts without changing anything; returns every problem found, by line. */
    public List<Problem> check(List<StageDraft> drafts) {
        return prepare(drafts).problems();
    }

    /** Records all drafts or none; throws {@link RejectedInput} with every problem. */
    @Transactional
    public List<StageEntry> record(List<StageDraft> drafts) {
        return prepare(drafts).write(records, (c, at) -> c.withId(0, at, AuditTrail.currentActor()), this::announce,
                CLOCK.instant());
    }

    private void announce(StageEntry entry, StageEntry replaced, String action) {
        audit.record(new Change("legislation", entry.iso3(), "stage-" + action, replaced == null ? null : replaced.facts(),
                entry.voided() ? null : entry.facts(), entry.source(), entry.component() + " " + entry.stage() + " "
                        + entry.date() + (entry.lawTitle() == null ? "" : ": " + entry.lawTitle())));
        events.publishEvent(new LegislationStageRecorded(entry.iso3(), entry.component().name(), entry.stage().name(),
                entry.date(), action));
    }

    private Ledger<StageEntry> prepare(List<StageDraft> drafts) {
        TreatyRecord states = tracker.record();
        Map<String, List<StageEntry>> recorded = legislation.allEntriesByState();
        Ledger<StageEntry> ledger = new Ledger<>();
        for (StageDraft d : drafts) {
            ledger.add(d.line(), parse(d, ledger, states, recorded));
        }
        if (ledger.problems().isEmpty()) {
            ledger.withDrafts(iso3 -> Legislation.current(recorded.getOrDefault(iso3, List.of()), Tracker.NOW))
                .forEach(sequence -> StageRules.violations(sequence).forEach(v -> ledger.problems().add(new Problem(
                        ledger.lineOf(v.entry()), "reason", v.code(), v.entry().stage(), v.entry().date(), v.previous(),
                        v.entry().iso3()))));
        }
        return ledger;
    }

    private static StageEntry parse(StageDraft d, Ledger<StageEntry> ledger, TreatyRecord states,
            Map<String, List<StageEntry>> recorded) {
        List<Problem> problems = ledger.problems();
        int before = problems.size();
        int line = d.line();
        String iso3 = ledger.state(d.iso3(), states, line);
        Component component = DraftFields.enumValue(Component.class, d.component(), line, "component", "legislation.unknownComponent", problems);
        Stage stage = DraftFields.enumValue(Stage.class, d.stage(), line, "stage", "legislation.unknownStage", problems);
        LocalDate date = ledger.date(d.date(), line, LocalDate.now(CLOCK));
        String source = DraftFields.text(d.source(), 1000, line, "source", problems);
        if (source == null) {
            problems.add(new Problem(line, "source", "event.sourceRequired"));
        }
        String lawTitle = DraftFields.text(d.lawTitle(), 500, line, "lawTitle", problems);
        String lawNumber = DraftFields.text(d.lawNumber(), 200, line, "lawNumber", problems);
        LocalDate lawDate = DraftFields.date(d.lawDate(), line, "lawDate", problems, false);
        if (stage == Stage.ENACTED && !d.voided()) {
            if (lawTitle == null) {
                problems.add(new Problem(line, "lawTitle", "legislation.lawTitleRequired"));
            }
            if (lawDate == null && DraftFields.trim(d.lawDate()) == null) {
                problems.add(new Problem(line, "lawDate", "legislation.lawDateRequired"));
            } else if (lawDate != null && date != null && lawDate.isAfter(date)) {
                problems.add(new Problem(line, "lawDate", "legislation.lawDateAfterStage", date));
            }
        } else if (stage != null && stage != Stage.ENACTED && (lawTitle != null || lawNumber != null || lawDate != null)) {
            problems.add(new Problem(line, "lawTitle", "legislation.lawOnlyWhenEnacted"));
        }
        String movedBy = DraftFields.text(d.movedBy(), 2000, line, "movedBy", problems);
        String obstacles = DraftFields.text(d.obstacles(), 2000, line, "obstacles", problems);
        String reason = DraftFields.text(d.reason(), 2000, line, "reason", problems);
        if (iso3 != null) {
            ledger.supersedes(d.supersedes(), recorded.getOrDefault(iso3, List.of()), line);
        }
        if (problems.size() > before) {
            return null;
        }
        return new StageEntry(ledger.nextProvisionalId(), iso3, component, stage, date, source, movedBy, obstacles, reason, lawTitle,
                lawNumber, lawDate, d.voided(), d.supersedes(), null, null, null);
    }
}
