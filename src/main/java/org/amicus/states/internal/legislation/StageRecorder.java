package org.amicus.states.internal.legislation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.RejectedInput.Problem;
import org.amicus.states.LegislationStageRecorded;
import org.amicus.states.internal.record.DraftFields;
import org.amicus.states.internal.record.RomeStatute;
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
        return prepare(drafts).problems;
    }

    /** Records all drafts or none; throws {@link RejectedInput} with every problem. */
    @Transactional
    public List<StageEntry> record(List<StageDraft> drafts) {
        Prepared prepared = prepare(drafts);
        if (!prepared.problems.isEmpty()) {
            throw new RejectedInput(prepared.problems);
        }
        Instant now = CLOCK.instant();
        String by = AuditTrail.currentActor();
        List<StageEntry> saved = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            StageEntry candidate = prepared.candidates.get(i);
            StageEntry replaced = null;
            if (candidate.supersedesId() != null) {
                replaced = prepared.replaced.get(candidate.supersedesId());
                if (!records.supersede(replaced.id(), now)) {
                    throw new RejectedInput(List.of(new Problem(drafts.get(i).line(), "supersedes", "event.alreadyCorrected")));
                }
            }
            StageEntry entry = records.append(candidate.withId(0, now, by));
            String action = entry.voided() ? "voided" : replaced != null ? "corrected" : "created";
            audit.record(new Change("legislation", entry.iso3(), "stage-" + action,
                    replaced == null ? null : replaced.facts(), entry.voided() ? null : entry.facts(), entry.source(),
                    entry.component() + " " + entry.stage() + " " + entry.date()
                            + (entry.lawTitle() == null ? "" : ": " + entry.lawTitle())));
            events.publishEvent(new LegislationStageRecorded(entry.iso3(), entry.component().name(), entry.stage().name(),
                    entry.date(), action));
            saved.add(entry);
        }
        return saved;
    }

    private static final class Prepared {
        final List<Problem> problems = new ArrayList<>();
        final List<StageEntry> candidates = new ArrayList<>();
        final Map<Long, StageEntry> replaced = new HashMap<>();
    }

    private Prepared prepare(List<StageDraft> drafts) {
        Prepared p = new Prepared();
        TreatyRecord states = tracker.record();
        Map<String, List<StageEntry>> recorded = legislation.allEntriesByState();
        Map<Long, Integer> lineOfCandidate = new HashMap<>();
        Map<String, List<StageEntry>> sequences = new LinkedHashMap<>();
        long provisionalId = Long.MAX_VALUE;
        for (StageDraft d : drafts) {
            StageEntry candidate = parse(d, p, provisionalId, states, recorded);
            p.candidates.add(candidate);
            if (candidate == null) {
                continue;
            }
            lineOfCandidate.put(provisionalId--, d.line());
            List<StageEntry> sequence = sequences.computeIfAbsent(candidate.iso3(),
                    iso3 -> new ArrayList<>(Legislation.current(recorded.getOrDefault(iso3, List.of()), Tracker.NOW)));
            if (candidate.supersedesId() != null) {
                sequence.removeIf(e -> e.id() == candidate.supersedesId());
            }
            if (!candidate.voided()) {
                sequence.add(candidate);
            }
        }
        if (!p.problems.isEmpty()) {
            return p;
        }
        sequences.values().forEach(sequence -> StageRules.violations(sequence).forEach(v -> {
            Integer line = lineOfCandidate.get(v.entry().id());
            p.problems.add(new Problem(line == null ? drafts.get(0).line() : line, "reason", v.code(), v.entry().stage(),
                    v.entry().date(), v.previous(), v.entry().iso3()));
        }));
        return p;
    }

    private static StageEntry parse(StageDraft d, Prepared p, long provisionalId, TreatyRecord states,
            Map<String, List<StageEntry>> recorded) {
        int before = p.problems.size();
        int line = d.line();
        String iso3 = DraftFields.trim(d.iso3()) == null ? null : d.iso3().trim().toUpperCase(Locale.ROOT);
        if (iso3 == null) {
            p.problems.add(new Problem(line, "iso3", "event.required"));
        } else if (states.state(iso3).isEmpty()) {
            p.problems.add(new Problem(line, "iso3", "event.unknownState", iso3));
        }
        Component component = DraftFields.enumValue(Component.class, d.component(), line, "component", "legislation.unknownComponent", p.problems);
        Stage stage = DraftFields.enumValue(Stage.class, d.stage(), line, "stage", "legislation.unknownStage", p.problems);
        LocalDate date = DraftFields.date(d.date(), line, "date", p.problems, true);
        if (date != null && date.isBefore(RomeStatute.ADOPTED)) {
            p.problems.add(new Problem(line, "date", "event.beforeStatute", date));
        } else if (date != null && date.isAfter(LocalDate.now(CLOCK))) {
            p.problems.add(new Problem(line, "date", "event.inFuture", date));
        }
        String source = DraftFields.text(d.source(), 1000, line, "source", p.problems);
        if (source == null) {
            p.problems.add(new Problem(line, "source", "event.sourceRequired"));
        }
        String lawTitle = DraftFields.text(d.lawTitle(), 500, line, "lawTitle", p.problems);
        String lawNumber = DraftFields.text(d.lawNumber(), 200, line, "lawNumber", p.problems);
        LocalDate lawDate = DraftFields.date(d.lawDate(), line, "lawDate", p.problems, false);
        if (stage == Stage.ENACTED && !d.voided()) {
            if (lawTitle == null) {
                p.problems.add(new Problem(line, "lawTitle", "legislation.lawTitleRequired"));
            }
            if (lawDate == null && DraftFields.trim(d.lawDate()) == null) {
                p.problems.add(new Problem(line, "lawDate", "legislation.lawDateRequired"));
            } else if (lawDate != null && date != null && lawDate.isAfter(date)) {
                p.problems.add(new Problem(line, "lawDate", "legislation.lawDateAfterStage", date));
            }
        } else if (stage != null && stage != Stage.ENACTED && (lawTitle != null || lawNumber != null || lawDate != null)) {
            p.problems.add(new Problem(line, "lawTitle", "legislation.lawOnlyWhenEnacted"));
        }
        String movedBy = DraftFields.text(d.movedBy(), 2000, line, "movedBy", p.problems);
        String obstacles = DraftFields.text(d.obstacles(), 2000, line, "obstacles", p.problems);
        String reason = DraftFields.text(d.reason(), 2000, line, "reason", p.problems);
        if (d.supersedes() != null) {
            StageEntry replaced = iso3 == null ? null : recorded.getOrDefault(iso3, List.of()).stream()
                .filter(e -> e.id() == d.supersedes()).findFirst().orElse(null);
            if (replaced == null) {
                p.problems.add(new Problem(line, "supersedes", "event.unknownEntry", d.supersedes()));
            } else if (replaced.supersededAt() != null) {
                p.problems.add(new Problem(line, "supersedes", "event.alreadyCorrected"));
            } else {
                p.replaced.put(replaced.id(), replaced);
            }
        }
        if (p.problems.size() > before) {
            return null;
        }
        return new StageEntry(provisionalId, iso3, component, stage, date, source, movedBy, obstacles, reason, lawTitle,
                lawNumber, lawDate, d.voided(), d.supersedes(), null, null, null);
    }
}
