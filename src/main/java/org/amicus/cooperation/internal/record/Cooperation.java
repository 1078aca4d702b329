package org.amicus.cooperation.internal.record;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.amicus.cooperation.CourtCase;
import org.amicus.cooperation.Situation;
import org.amicus.cooperation.Situations;
import org.amicus.cooperation.Suspect;
import org.amicus.platform.RecordVersion;
import org.amicus.platform.VersionedView;
import org.amicus.states.StatesDirectory;
import org.springframework.stereotype.Service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Reads the cooperation record: kept in memory per record version, and the views computed from it
 * for any date (the status of each warrant, who was obliged to arrest, the deficit per state and per
 * situation).
 */
@Service
public class Cooperation implements Situations {

    private final StatesDirectory states;
    private final Cache<Key, Object> answers = Caffeine.newBuilder().maximumSize(1_000).build();
    private final VersionedView<CooperationRecord> current;

    /** A computed view of one record version on one date; a new version makes every key stale. */
    private record Key(long version, String question, LocalDate asOf) {
    }

    Cooperation(CooperationRecords records, RecordVersion version, StatesDirectory states) {
        this.current = new VersionedView<>(version, records::load);
        this.states = states;
    }

    public CooperationRecord record() {
        return current.get();
    }

    @Override
    public List<Situation> situations() {
        return record().situations();
    }

    @Override
    public Optional<Situation> situation(String code) {
        return record().situation(code);
    }

    @Override
    public List<CourtCase> cases(String situationCode) {
        return record().cases(situationCode);
    }

    @Override
    public Optional<CourtCase> courtCase(String caseNumber) {
        return record().courtCase(caseNumber);
    }

    /** Every warrant and summons issued by {@code asOf}, newest first, with its status then. */
    @Override
    public List<Suspect> suspects() {
        return record().warrants().stream().map(w -> new Suspect(w.id(), w.suspect(), w.situationCode())).toList();
    }

    public List<WarrantView> warrants(LocalDate asOf) {
        CooperationRecord r = record();
        return cached(r, "warrants", asOf, () -> r.warrants(asOf).stream().map(w -> view(r, w, asOf))
            .sorted(Comparator.comparing((WarrantView v) -> v.warrant().issued()).reversed()).toList());
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(CooperationRecord r, String question, LocalDate asOf, Supplier<T> answer) {
        if (VersionedView.inWritingTransaction()) {
            return answer.get();
        }
        return (T) answers.get(new Key(r.version(), question, asOf), k -> answer.get());
    }

    public Optional<WarrantView> warrant(long id, LocalDate asOf) {
        CooperationRecord r = record();
        return r.warrant(id).filter(w -> !w.issued().isAfter(asOf)).map(w -> view(r, w, asOf));
    }

    private static WarrantView view(CooperationRecord r, Warrant w, LocalDate asOf) {
        Optional<StatusChange> status = r.status(w.id(), asOf);
        CourtCase c = r.courtCase(w.caseNumber()).orElse(null);
        return new WarrantView(w, c, r.situationOf(w), status.map(StatusChange::status).orElse(WarrantStatus.AT_LARGE),
                status.map(StatusChange::date).orElse(w.issued()),
                r.history(w.id()).stream().filter(s -> !s.date().isAfter(asOf)).toList(),
                r.travels(asOf).stream().filter(t -> samePerson(r, t, w)).toList());
    }

    /** A visit reported under one warrant concerns the person, so it shows on each warrant for them in the situation. */
    private static boolean samePerson(CooperationRecord r, Travel t, Warrant w) {
        Warrant reportedUnder = r.warrant(t.warrantId()).orElseThrow();
        return reportedUnder.id() == w.id() || reportedUnder.suspect().equals(w.suspect())
                && reportedUnder.situationCode().equals(w.situationCode());
    }

    /**
     * The states obliged to cooperate in a situation on a date: every State Party (Part 9), and
     * any state a Security Council referral adopted by then obliges to cooperate fully.
     */
    public Set<String> obligedStates(Situation situation, LocalDate asOf) {
        Set<String> obliged = new HashSet<>(states.statesParties(asOf));
        record().councilActions(asOf).stream()
            .filter(a -> a.type() == CouncilActionType.REFERRAL && situation.code().equals(a.situationCode())
                    && a.obligedIso3() != null)
            .forEach(a -> obliged.add(a.obligedIso3()));
        return obliged;
    }

    private boolean obliged(CooperationRecord r, Situation situation, String iso3, LocalDate date) {
        return states.isStateParty(iso3, date) || r.councilActions(date).stream()
            .anyMatch(a -> a.type() == CouncilActionType.REFERRAL && situation.code().equals(a.situationCode())
                    && iso3.equals(a.obligedIso3()));
    }

    /** Visits by a person sought, while the warrant was outstanding, to a state obliged to arrest on arrival. */
    private List<Travel> missedArrests(CooperationRecord r, LocalDate asOf) {
        return r.travels(asOf).stream().filter(t -> {
            Warrant w = r.warrant(t.warrantId()).orElseThrow();
            boolean outstanding = r.status(w.id(), t.arrived()).map(s -> s.status().outstanding()).orElse(true);
            return outstanding && obliged(r, r.situationOf(w), t.iso3(), t.arrived());
        }).toList();
    }

    public StateDeficit stateDeficit(String iso3, LocalDate asOf) {
        return stateDeficit(record(), iso3, asOf, missedArrests(record(), asOf), warrants(asOf));
    }

    private static StateDeficit stateDeficit(CooperationRecord r, String iso3, LocalDate asOf, List<Travel> missed,
            List<WarrantView> warrants) {
        var checklist = r.checklist(iso3, asOf).values();
        return new StateDeficit(iso3, r.findings(asOf).stream().filter(f -> f.iso3().equals(iso3)).toList(),
                missed.stream().filter(t -> t.iso3().equals(iso3)).toList(),
                (int) checklist.stream().filter(a -> a.status() == AssessmentStatus.NOT_MET).count(),
                (int) checklist.stream().filter(a -> a.status() == AssessmentStatus.PARTLY).count(),
                warrants.stream().filter(w -> w.status().outstanding() && iso3.equals(w.situation().iso3())).toList());
    }

    /** The states with any deficit on {@code asOf}, the largest first. */
    public List<StateDeficit> stateDeficits(LocalDate asOf) {
        CooperationRecord r = record();
        return cached(r, "stateDeficits", asOf, () -> {
            List<Travel> missed = missedArrests(r, asOf);
            List<WarrantView> warrants = warrants(asOf);
            return states.states().stream().map(s -> stateDeficit(r, s.iso3(), asOf, missed, warrants))
                .filter(d -> !d.isEmpty())
                .sorted(Comparator.comparingInt((StateDeficit d) -> d.findings().size() + d.missedArrests().size())
                    .thenComparingInt(d -> d.outstandingInSituations().size())
                    .thenComparingInt(StateDeficit::recommendationsNotMet).reversed()
                    .thenComparing(StateDeficit::iso3))
                .toList();
        });
    }

    public SituationDeficit situationDeficit(Situation s, LocalDate asOf) {
        CooperationRecord r = record();
        List<WarrantView> inSituation = warrants(asOf).stream().filter(w -> w.situation().code().equals(s.code())).toList();
        List<String> caseNumbers = r.cases(s.code()).stream().map(CourtCase::caseNumber).toList();
        return new SituationDeficit(s, inSituation.size(), inSituation.stream().filter(w -> w.status().outstanding()).toList(),
                r.findings(asOf).stream().filter(f -> caseNumbers.contains(f.caseNumber())).toList(),
                inSituation.stream().flatMap(w -> w.travels().stream()).distinct().toList());
    }

    /** The situations under investigation on {@code asOf} (those with no recorded opening date too), with their deficit. */
    public List<SituationDeficit> situationDeficits(LocalDate asOf) {
        CooperationRecord r = record();
        return cached(r, "situationDeficits", asOf, () -> r.situations().stream()
            .filter(s -> s.opened() == null || !s.opened().isAfter(asOf))
            .map(s -> situationDeficit(s, asOf)).toList());
    }
}
