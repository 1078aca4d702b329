package org.amicus.states.internal.record;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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

    /** The audit trail's names for the ledger's actions (kept as they were first written). */
    private static final Map<String, String> AUDIT_ACTIONS = Map.of("created", "event-added", "corrected", "event-corrected",
            "voided", "event-voided");

    EventRecorder(TreatyRecords records, Tracker tracker, AuditTrail audit, ApplicationEventPublisher events) {
        this.records = records;
        this.tracker = tracker;
        this.audit = audit;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    /** Checks drafts without changing anything; returns every problem found, by line. */
    public List<Problem> check(List<Draft> drafts) {
        return prepare(drafts).problems();
    }

    /** Records all drafts or none; throws {@link RejectedInput} with every problem. */
    @Transactional
    public List<TreatyEvent> record(List<Draft> drafts) {
        return prepare(drafts).write(records, (c, at) -> new TreatyEvent(0, c.iso3(), c.type(), c.date(), c.instrumentType(),
                c.effectiveDate(), c.source(), c.note(), c.voided(), c.supersedesId(), at, AuditTrail.currentActor(), null),
                this::announce, clock.instant());
    }

    private void announce(TreatyEvent entry, TreatyEvent replaced, String action) {
        audit.record(new Change("state", entry.iso3(), AUDIT_ACTIONS.get(action), replaced == null ? null : replaced.facts(),
                entry.voided() ? null : entry.facts(), entry.source(),
                entry.type() + " " + entry.date() + (entry.note() == null ? "" : ": " + entry.note())));
        events.publishEvent(new TreatyEventRecorded(entry.iso3(), entry.type().name(), entry.date(), action));
    }

    private Ledger<TreatyEvent> prepare(List<Draft> drafts) {
        TreatyRecord record = tracker.record();
        Ledger<TreatyEvent> ledger = new Ledger<>();
        for (Draft d : drafts) {
            ledger.add(d.line(), parse(d, record, ledger));
        }
        if (ledger.problems().isEmpty()) {
            ledger.withDrafts(iso3 -> record.events(iso3, Tracker.NOW)).forEach(sequence -> StatuteStanding.violations(sequence)
                .forEach(v -> ledger.problems().add(new Problem(ledger.lineOf(v.event()), "type", v.code(), v.event().type(),
                        v.event().date(), v.event().iso3()))));
        }
        return ledger;
    }

    private TreatyEvent parse(Draft d, TreatyRecord record, Ledger<TreatyEvent> ledger) {
        List<Problem> problems = ledger.problems();
        int before = problems.size();
        String iso3 = ledger.state(d.iso3(), record, d.line());
        TreatyEventType type = DraftFields.enumValue(TreatyEventType.class, d.type(), d.line(), "type", "event.unknownType", problems);
        LocalDate date = ledger.date(d.date(), d.line(), LocalDate.now(clock));
        InstrumentType instrument = DraftFields.trim(d.instrumentType()) == null ? null
                : DraftFields.enumValue(InstrumentType.class, d.instrumentType(), d.line(), "instrumentType", "event.unknownInstrument", problems);
        if (type == TreatyEventType.DEPOSIT && instrument == null && DraftFields.trim(d.instrumentType()) == null && !d.voided()) {
            problems.add(new Problem(d.line(), "instrumentType", "event.instrumentRequired"));
        } else if (type != null && type != TreatyEventType.DEPOSIT && instrument != null) {
            problems.add(new Problem(d.line(), "instrumentType", "event.instrumentOnlyForDeposit"));
        }
        LocalDate effective = DraftFields.trim(d.effectiveDate()) == null ? null : DraftFields.date(d.effectiveDate(), d.line(), "effectiveDate", problems, true);
        if (effective != null && type != TreatyEventType.WITHDRAWAL_NOTIFIED && type != TreatyEventType.DEPOSIT) {
            problems.add(new Problem(d.line(), "effectiveDate", "event.effectiveNotForType"));
        } else if (effective != null && type == TreatyEventType.WITHDRAWAL_NOTIFIED && date != null
                && effective.isBefore(date.plusYears(1))) {
            problems.add(new Problem(d.line(), "effectiveDate", "event.effectiveTooEarly", date.plusYears(1)));
        }
        String source = DraftFields.trim(d.source());
        if (source == null) {
            problems.add(new Problem(d.line(), "source", "event.sourceRequired"));
        } else if (source.length() > 1000) {
            problems.add(new Problem(d.line(), "source", "event.tooLong", 1000));
        }
        if (DraftFields.trim(d.note()) != null && d.note().length() > 2000) {
            problems.add(new Problem(d.line(), "note", "event.tooLong", 2000));
        }
        if (iso3 != null) {
            ledger.supersedes(d.supersedes(), record.allEntries(iso3), d.line());
        }
        if (problems.size() > before) {
            return null;
        }
        return new TreatyEvent(ledger.nextProvisionalId(), iso3, type, date, instrument, effective, source, DraftFields.trim(d.note()), d.voided(),
                d.supersedes(), null, null, null);
    }
}
