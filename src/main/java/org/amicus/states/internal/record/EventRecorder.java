package org.amicus.states.internal.record;

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
import org.amicus.states.TreatyEventRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, corrects and voids treaty events, all or nothing. Each draft is checked field by field,
 * then every affected state's whole sequence is replayed with the drafts in place, so that no
 * change leaves the record in an impossible order. Each change is audited with its source.
 */
@Service
public class EventRecorder {

    private final TreatyRecords records;
    private final Tracker tracker;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EventRecorder(TreatyRecords records, Tracker tracker, AuditTrail audit, ApplicationEventPublisher events) {
        this.records = records;
        this.tracker = tracker;
        this.audit = audit;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    /** Checks drafts without changing anything; returns every problem found, by line. */
    public List<Problem> check(List<Draft> drafts) {
        return prepare(drafts).problems;
    }

    /** Records all drafts or none; throws {@link RejectedInput} with every problem. */
    @Transactional
    public List<TreatyEvent> record(List<Draft> drafts) {
        Prepared prepared = prepare(drafts);
        if (!prepared.problems.isEmpty()) {
            throw new RejectedInput(prepared.problems);
        }
        Instant now = clock.instant();
        List<TreatyEvent> saved = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            TreatyEvent candidate = prepared.candidates.get(i);
            TreatyEvent replaced = null;
            if (candidate.supersedesId() != null) {
                replaced = prepared.replaced.get(candidate.supersedesId());
                if (!records.supersede(replaced.id(), now)) {
                    throw new RejectedInput(List.of(new Problem(drafts.get(i).line(), "supersedes", "event.alreadyCorrected")));
                }
            }
            TreatyEvent entry = records.append(new TreatyEvent(0, candidate.iso3(), candidate.type(), candidate.date(),
                    candidate.instrumentType(), candidate.effectiveDate(), candidate.source(), candidate.note(),
                    candidate.voided(), candidate.supersedesId(), now, AuditTrail.currentActor(), null));
            String action = entry.voided() ? "event-voided" : replaced != null ? "event-corrected" : "event-added";
            audit.record(new Change("state", entry.iso3(), action, replaced == null ? null : replaced.facts(),
                    entry.voided() ? null : entry.facts(), entry.source(),
                    entry.type() + " " + entry.date() + (entry.note() == null ? "" : ": " + entry.note())));
            events.publishEvent(new TreatyEventRecorded(entry.iso3(), entry.type().name(), entry.date(),
                    action.substring("event-".length())));
            saved.add(entry);
        }
        return saved;
    }

    private static final class Prepared {
        final List<Problem> problems = new ArrayList<>();
        final List<TreatyEvent> candidates = new ArrayList<>();
        final Map<Long, TreatyEvent> replaced = new HashMap<>();
    }

    private Prepared prepare(List<Draft> drafts) {
        TreatyRecord record = tracker.record();
        Prepared p = new Prepared();
        Map<Long, Integer> lineOfCandidate = new HashMap<>();
        Map<String, List<TreatyEvent>> sequences = new LinkedHashMap<>();
        long provisionalId = Long.MAX_VALUE;
        for (Draft d : drafts) {
            TreatyEvent candidate = parse(d, record, p, provisionalId);
            p.candidates.add(candidate);
            if (candidate == null) {
                continue;
            }
            lineOfCandidate.put(provisionalId--, d.line());
            List<TreatyEvent> sequence = sequences.computeIfAbsent(candidate.iso3(),
                    iso3 -> new ArrayList<>(record.events(iso3, Tracker.NOW)));
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
        sequences.values().forEach(sequence -> StatuteStanding.violations(sequence).forEach(v -> {
            Integer line = lineOfCandidate.get(v.event().id());
            p.problems.add(new Problem(line == null ? drafts.get(0).line() : line, "type", v.code(), v.event().type(),
                    v.event().date(), v.event().iso3()));
        }));
        return p;
    }

    private TreatyEvent parse(Draft d, TreatyRecord record, Prepared p, long provisionalId) {
        int before = p.problems.size();
        String iso3 = DraftFields.trim(d.iso3()) == null ? null : d.iso3().trim().toUpperCase(Locale.ROOT);
        if (iso3 == null) {
            p.problems.add(new Problem(d.line(), "iso3", "event.required"));
        } else if (record.state(iso3).isEmpty()) {
            p.problems.add(new Problem(d.line(), "iso3", "event.unknownState", iso3));
        }
        TreatyEventType type = DraftFields.enumValue(TreatyEventType.class, d.type(), d.line(), "type", "event.unknownType", p.problems);
        LocalDate date = DraftFields.date(d.date(), d.line(), "date", p.problems, true);
        if (date != null && date.isBefore(RomeStatute.ADOPTED)) {
            p.problems.add(new Problem(d.line(), "date", "event.beforeStatute", date));
        } else if (date != null && date.isAfter(LocalDate.now(clock))) {
            p.problems.add(new Problem(d.line(), "date", "event.inFuture", date));
        }
        InstrumentType instrument = DraftFields.trim(d.instrumentType()) == null ? null
                : DraftFields.enumValue(InstrumentType.class, d.instrumentType(), d.line(), "instrumentType", "event.unknownInstrument", p.problems);
        if (type == TreatyEventType.DEPOSIT && instrument == null && DraftFields.trim(d.instrumentType()) == null && !d.voided()) {
            p.problems.add(new Problem(d.line(), "instrumentType", "event.instrumentRequired"));
        } else if (type != null && type != TreatyEventType.DEPOSIT && instrument != null) {
            p.problems.add(new Problem(d.line(), "instrumentType", "event.instrumentOnlyForDeposit"));
        }
        LocalDate effective = DraftFields.trim(d.effectiveDate()) == null ? null : DraftFields.date(d.effectiveDate(), d.line(), "effectiveDate", p.problems, true);
        if (effective != null && type != TreatyEventType.WITHDRAWAL_NOTIFIED && type != TreatyEventType.DEPOSIT) {
            p.problems.add(new Problem(d.line(), "effectiveDate", "event.effectiveNotForType"));
        } else if (effective != null && type == TreatyEventType.WITHDRAWAL_NOTIFIED && date != null
                && effective.isBefore(date.plusYears(1))) {
            p.problems.add(new Problem(d.line(), "effectiveDate", "event.effectiveTooEarly", date.plusYears(1)));
        }
        String source = DraftFields.trim(d.source());
        if (source == null) {
            p.problems.add(new Problem(d.line(), "source", "event.sourceRequired"));
        } else if (source.length() > 1000) {
            p.problems.add(new Problem(d.line(), "source", "event.tooLong", 1000));
        }
        if (DraftFields.trim(d.note()) != null && d.note().length() > 2000) {
            p.problems.add(new Problem(d.line(), "note", "event.tooLong", 2000));
        }
        if (d.supersedes() != null) {
            TreatyEvent replaced = iso3 == null ? null : record.allEntries(iso3).stream()
                .filter(e -> e.id() == d.supersedes()).findFirst().orElse(null);
            if (replaced == null) {
                p.problems.add(new Problem(d.line(), "supersedes", "event.unknownEntry", d.supersedes()));
            } else if (replaced.supersededAt() != null) {
                p.problems.add(new Problem(d.line(), "supersedes", "event.alreadyCorrected"));
            } else {
                p.replaced.put(replaced.id(), replaced);
            }
        }
        if (p.problems.size() > before) {
            return null;
        }
        return new TreatyEvent(provisionalId, iso3, type, date, instrument, effective, source, DraftFields.trim(d.note()), d.voided(),
                d.supersedes(), null, null, null);
    }
}
