package org.amicus.cooperation.internal.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.amicus.cooperation.CourtCase;
import org.amicus.cooperation.Situation;
import org.amicus.cooperation.internal.record.Drafts.AssessmentDraft;
import org.amicus.cooperation.internal.record.Drafts.CouncilDraft;
import org.amicus.cooperation.internal.record.Drafts.FindingDraft;
import org.amicus.cooperation.internal.record.Drafts.SituationDraft;
import org.amicus.cooperation.internal.record.Drafts.StatusDraft;
import org.amicus.cooperation.internal.record.Drafts.TravelDraft;
import org.amicus.cooperation.internal.record.Drafts.WarrantDraft;
import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.states.StateFactRecorded;
import org.amicus.states.StatesDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to the cooperation record, from a form, the API or the shipped data: each draft is
 * checked field by field, then written with its audit row in one transaction, or not at all.
 */
@Service
public class CooperationLedger {

    static final int SOURCE = 1000;
    static final int NOTE = 2000;

    /** The kind of record a retraction names, as the audit trail calls it. */
    private static final Map<Retraction.Kind, String> AUDIT_TYPES = Map.of(Retraction.Kind.WARRANT, "warrant",
            Retraction.Kind.STATUS, "warrant-status", Retraction.Kind.TRAVEL, "travel", Retraction.Kind.FINDING, "finding",
            Retraction.Kind.COUNCIL_ACTION, "council-action", Retraction.Kind.ASSESSMENT, "assessment");

    private final CooperationRecords records;
    private final StatesDirectory states;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    CooperationLedger(CooperationRecords records, StatesDirectory states, AuditTrail audit, ApplicationEventPublisher events) {
        this.records = records;
        this.states = states;
        this.audit = audit;
        this.events = events;
    }

    /** Tells the state's followers (through the states module) of a fact about it, once it is written. */
    private void announce(String iso3, String subject, LocalDate date, String action, String source) {
        events.publishEvent(new StateFactRecorded(iso3, "COOPERATION", subject, date, action, source));
    }

    @Transactional
    public Situation addSituation(SituationDraft d, int line) {
        Checks c = new Checks(line);
        String code = c.required("code", d.code(), 40);
        String number = c.required("iccNumber", d.iccNumber(), 40);
        String iso3 = d.iso3() == null || d.iso3().isBlank() ? null : knownState(c, "iso3", d.iso3());
        var trigger = c.choice("trigger", d.trigger(), Situation.Trigger.class);
        LocalDate opened = c.date("opened", d.opened(), false);
        Map<Language, String> names = new EnumMap<>(Language.class);
        List<String> given = d.names();
        for (Language l : Language.values()) {
            names.put(l, c.required("name" + Character.toUpperCase(l.code().charAt(0)) + l.code().charAt(1),
                    given.get(l.ordinal()), 200));
        }
        String source = c.required("source", d.source(), SOURCE);
        if (code != null && records.situation(code).isPresent()) {
            c.fail("code", "cooperation.situationExists", code);
        }
        if (number != null && records.iccNumberTaken(number)) {
            c.fail("iccNumber", "cooperation.situationExists", number);
        }
        c.throwIfAny();
        Situation s = new Situation(code.toUpperCase(java.util.Locale.ROOT), number, iso3, trigger, opened, names, source,
                Instant.now(), AuditTrail.currentActor());
        records.insert(s);
        audit.record(new Change("situation", s.code(), "created", null, s, source, "Situation " + s.name(Language.EN)));
        return s;
    }

    @Transactional
    public Warrant addWarrant(WarrantDraft d, int line) {
        Checks c = new Checks(line);
        Situation situation = null;
        if (c.required("situation", d.situation(), 40) != null) {
            situation = records.situation(d.situation()).orElse(null);
            if (situation == null) {
                c.fail("situation", "cooperation.unknownSituation", d.situation().trim());
            }
        }
        String caseNumber = c.optional("caseNumber", d.caseNumber(), 60);
        CourtCase existing = caseNumber == null ? null : records.courtCase(caseNumber).orElse(null);
        if (existing != null && situation != null && !existing.situationCode().equals(situation.code())) {
            c.fail("caseNumber", "cooperation.caseInOtherSituation", caseNumber, existing.situationCode());
        }
        String caseName = caseNumber != null && existing == null ? c.required("caseName", d.caseName(), 300) : null;
        String suspect = c.required("suspect", d.suspect(), 200);
        WarrantKind kind = c.choice("kind", d.kind(), WarrantKind.class);
        LocalDate issued = c.date("issued", d.issued(), true);
        List<Crime> crimes = (d.crimes() == null ? List.<String>of() : d.crimes()).stream()
            .filter(s -> s != null && !s.isBlank()).map(s -> c.choice("crimes", s, Crime.class)).filter(Objects::nonNull)
            .distinct().toList();
        if (crimes.isEmpty() && c.ok()) {
            c.fail("crimes", "cooperation.required");
        }
        String charges = c.optional("charges", d.charges(), NOTE);
        String source = c.required("source", d.source(), SOURCE);
        c.throwIfAny();
        Instant now = Instant.now();
        String by = AuditTrail.currentActor();
        if (caseNumber != null && existing == null) {
            CourtCase created = new CourtCase(caseNumber, situation.code(), caseName, source, now, by);
            records.insert(created);
            audit.record(new Change("case", caseNumber, "created", null, created, source, "Case " + caseName));
        }
        Warrant w = new Warrant(0, situation.code(), existing == null ? caseNumber : existing.caseNumber(), suspect, kind,
                issued, crimes, charges, source, now, by);
        long id = records.insert(w);
        Warrant saved = new Warrant(id, w.situationCode(), w.caseNumber(), suspect, kind, issued, crimes, charges, source, now, by);
        records.insert(new StatusChange(0, id, WarrantStatus.AT_LARGE, issued, source, null, now, by));
        audit.record(new Change("warrant", String.valueOf(id), "created", null, saved, source,
                kind + " for " + suspect + " issued " + issued));
        return saved;
    }

    @Transactional
    public StatusChange changeStatus(long warrantId, StatusDraft d, int line) {
        Warrant w = warrant(warrantId);
        Checks c = new Checks(line);
        WarrantStatus status = c.choice("status", d.status(), WarrantStatus.class);
        LocalDate date = c.date("date", d.date(), true);
        if (date != null && date.isBefore(w.issued())) {
            c.fail("date", "cooperation.beforeIssued", w.issued().toString());
        }
        String source = c.required("source", d.source(), SOURCE);
        String note = c.optional("note", d.note(), NOTE);
        c.throwIfAny();
        StatusChange s = new StatusChange(0, warrantId, status, date, source, note, Instant.now(), AuditTrail.currentActor());
        long id = records.insert(s);
        audit.record(new Change("warrant", String.valueOf(warrantId), "status", null, s, source,
                w.suspect() + ": " + status + " from " + date));
        return new StatusChange(id, warrantId, status, date, source, note, s.recordedAt(), s.recordedBy());
    }

    @Transactional
    public Travel reportTravel(long warrantId, TravelDraft d, int line) {
        Warrant w = warrant(warrantId);
        Checks c = new Checks(line);
        String iso3 = knownState(c, "iso3", d.iso3());
        LocalDate arrived = c.date("arrived", d.arrived(), true);
        LocalDate departed = c.date("departed", d.departed(), false);
        if (arrived != null && arrived.isBefore(w.issued())) {
            c.fail("arrived", "cooperation.beforeIssued", w.issued().toString());
        }
        if (arrived != null && departed != null && departed.isBefore(arrived)) {
            c.fail("departed", "cooperation.departedBeforeArrived");
        }
        String source = c.required("source", d.source(), SOURCE);
        String note = c.optional("note", d.note(), NOTE);
        c.throwIfAny();
        Travel t = new Travel(0, warrantId, iso3, arrived, departed, source, note, Instant.now(), AuditTrail.currentActor());
        long id = records.insert(t);
        Travel saved = new Travel(id, warrantId, iso3, arrived, departed, source, note, t.recordedAt(), t.recordedBy());
        audit.record(new Change("travel", String.valueOf(id), "created", null, saved, source,
                w.suspect() + " reported in " + iso3 + " on " + arrived));
        announce(iso3, "TRAVEL", arrived, "created", source);
        return saved;
    }

    @Transactional
    public Finding recordFinding(FindingDraft d, int line) {
        Checks c = new Checks(line);
        String caseNumber = c.required("caseNumber", d.caseNumber(), 60);
        CourtCase courtCase = caseNumber == null ? null : records.courtCase(caseNumber).orElse(null);
        if (caseNumber != null && courtCase == null) {
            c.fail("caseNumber", "cooperation.unknownCase", caseNumber);
        }
        String iso3 = knownState(c, "iso3", d.iso3());
        LocalDate decided = c.date("decided", d.decided(), true);
        String document = c.required("document", d.document(), 200);
        String source = c.required("source", d.source(), SOURCE);
        String note = c.optional("note", d.note(), NOTE);
        c.throwIfAny();
        String number = courtCase.caseNumber();
        Finding f = new Finding(0, number, iso3, decided, d.referredToAsp(), d.referredToCouncil(), document, source, note,
                Instant.now(), AuditTrail.currentActor());
        long id = records.insert(f);
        Finding saved = new Finding(id, number, iso3, decided, f.referredToAsp(), f.referredToCouncil(), document, source, note,
                f.recordedAt(), f.recordedBy());
        audit.record(new Change("finding", String.valueOf(id), "created", null, saved, source,
                "Non-compliance of " + iso3 + " found on " + decided));
        announce(iso3, "FINDING", decided, "created", source);
        return saved;
    }

    @Transactional
    public CouncilAction recordCouncilAction(CouncilDraft d, int line) {
        Checks c = new Checks(line);
        CouncilActionType type = c.choice("actionType", d.actionType(), CouncilActionType.class);
        String resolution = c.required("resolution", d.resolution(), 60);
        LocalDate adopted = c.date("adopted", d.adopted(), true);
        String situation = null;
        if (d.situation() != null && !d.situation().isBlank()) {
            situation = records.situation(d.situation()).map(Situation::code).orElse(null);
            if (situation == null) {
                c.fail("situation", "cooperation.unknownSituation", d.situation().trim());
            }
        } else if (type == CouncilActionType.REFERRAL) {
            c.fail("situation", "cooperation.required");
        }
        String obliged = d.obligedIso3() == null || d.obligedIso3().isBlank() ? null : knownState(c, "obligedIso3", d.obligedIso3());
        String source = c.required("source", d.source(), SOURCE);
        String note = c.optional("note", d.note(), NOTE);
        c.throwIfAny();
        CouncilAction a = new CouncilAction(0, type, resolution, adopted, situation, obliged, source, note, Instant.now(),
                AuditTrail.currentActor());
        long id = records.insert(a);
        CouncilAction saved = new CouncilAction(id, type, resolution, adopted, situation, obliged, source, note, a.recordedAt(),
                a.recordedBy());
        audit.record(new Change("council-action", String.valueOf(id), "created", null, saved, source,
                type + " " + resolution));
        return saved;
    }

    @Transactional
    public Assessment assess(AssessmentDraft d, int line) {
        Checks c = new Checks(line);
        String iso3 = knownState(c, "iso3", d.iso3());
        Integer number = null;
        if (c.required("recommendation", d.recommendation(), 3) != null) {
            try {
                number = Integer.valueOf(d.recommendation().trim());
            } catch (NumberFormatException e) {
                number = -1;
            }
            if (!records.hasRecommendation(number)) {
                c.fail("recommendation", "cooperation.unknownRecommendation", d.recommendation().trim());
            }
        }
        AssessmentStatus status = c.choice("status", d.status(), AssessmentStatus.class);
        LocalDate on = c.date("assessedOn", d.assessedOn(), true);
        if (iso3 != null && on != null && !states.isStateParty(iso3, on)) {
            c.fail("iso3", "cooperation.notAParty", iso3, on.toString());
        }
        String evidence = c.optional("evidence", d.evidence(), 4000);
        String source = c.required("source", d.source(), SOURCE);
        c.throwIfAny();
        Assessment a = new Assessment(0, iso3, number, status, evidence, on, source, Instant.now(), AuditTrail.currentActor());
        long id = records.insert(a);
        Assessment saved = new Assessment(id, iso3, number, status, evidence, on, source, a.recordedAt(), a.recordedBy());
        audit.record(new Change("cooperation-checklist", iso3, "assessed", null, saved, source,
                iso3 + ": recommendation " + number + " " + status + " on " + on));
        announce(iso3, "ASSESSMENT", on, "created", source);
        return saved;
    }

    /** Takes an entry made in error out of the views; the entry and the retraction both stay in the record. */
    @Transactional
    public Retraction retract(Drafts.RetractionDraft d, int line) {
        Checks c = new Checks(line);
        Retraction.Kind kind = c.choice("recordType", d.recordType(), Retraction.Kind.class);
        long id = -1;
        if (c.required("recordId", d.recordId(), 19) != null) {
            try {
                id = Long.parseLong(d.recordId().trim());
            } catch (NumberFormatException e) {
                c.fail("recordId", "param.unknownValue", d.recordId().trim());
            }
        }
        if (kind != null && id >= 0) {
            if (!records.exists(kind, id)) {
                c.fail("recordId", "cooperation.unknownEntry", id);
            } else if (records.retracted(kind, id)) {
                c.fail("recordId", "cooperation.alreadyRetracted", id);
            }
        }
        String source = c.required("source", d.source(), SOURCE);
        String note = c.optional("note", d.note(), NOTE);
        c.throwIfAny();
        Retraction r = new Retraction(0, kind, id, source, note, Instant.now(), AuditTrail.currentActor());
        Retraction saved = new Retraction(records.insert(r), kind, id, source, note, r.recordedAt(), r.recordedBy());
        audit.record(new Change(AUDIT_TYPES.get(kind), String.valueOf(id), "retracted", null, saved, source,
                kind + " " + id + " retracted"));
        records.stateFact(kind, id).ifPresent(f -> announce(f.iso3(), kind.name(), f.date(), "voided", source));
        return saved;
    }

    /** Adds recommendations not yet in the record; the import checks every line before writing any. */
    @Transactional
    public int addRecommendations(List<Recommendation> recommendations) {
        Instant now = Instant.now();
        String by = AuditTrail.currentActor();
        int added = 0;
        for (Recommendation rec : recommendations) {
            if (!records.hasRecommendation(rec.number())) {
                records.insert(rec, now, by);
                added++;
            }
        }
        audit.record(new Change("cooperation-recommendations", "ICC-ASP/6/Res.2", "imported", null,
                java.util.Map.of("added", added), recommendations.isEmpty() ? null : recommendations.get(0).source(),
                added + " recommendations on cooperation added"));
        return added;
    }

    private Warrant warrant(long id) {
        return records.warrant(id).orElseThrow(() -> new NotFound("cooperation.warrantNotFound", id));
    }

    private String knownState(Checks c, String field, String iso3) {
        if (c.required(field, iso3, 3) == null) {
            return null;
        }
        return states.state(iso3.trim()).map(StatesDirectory.StateFacts::iso3).orElseGet(() -> {
            c.fail(field, "cooperation.unknownState", iso3.trim());
            return null;
        });
    }
}
