package org.amicus.cooperation.internal.record;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.amicus.cooperation.CourtCase;
import org.amicus.cooperation.Situation;

/**
 * The whole cooperation record in memory at one record version: a few hundred rows at most, so
 * every "as of" question is answered by filtering them by date.
 */
public final class CooperationRecord {

    private final long version;
    private final List<Situation> situations;
    private final List<CourtCase> cases;
    private final List<Warrant> warrants;
    private final Map<Long, List<StatusChange>> statusesByWarrant;
    private final List<Travel> travels;
    private final List<Finding> findings;
    private final List<CouncilAction> councilActions;
    private final List<Recommendation> recommendations;
    private final List<Assessment> assessments;
    private final List<Retraction> retractions;

    CooperationRecord(long version, List<Situation> situations, List<CourtCase> cases, List<Warrant> warrants,
            List<StatusChange> statuses, List<Travel> travels, List<Finding> findings, List<CouncilAction> councilActions,
            List<Recommendation> recommendations, List<Assessment> assessments, List<Retraction> retractions) {
        Set<String> out = retractions.stream().map(r -> r.kind() + ":" + r.recordId()).collect(Collectors.toSet());
        this.version = version;
        this.situations = List.copyOf(situations);
        this.cases = List.copyOf(cases);
        this.warrants = warrants.stream().filter(w -> !out.contains("WARRANT:" + w.id())).toList();
        Set<Long> kept = this.warrants.stream().map(Warrant::id).collect(Collectors.toSet());
        this.statusesByWarrant = statuses.stream().filter(s -> kept.contains(s.warrantId()) && !out.contains("STATUS:" + s.id()))
            .collect(Collectors.groupingBy(StatusChange::warrantId));
        this.travels = travels.stream().filter(t -> kept.contains(t.warrantId()) && !out.contains("TRAVEL:" + t.id())).toList();
        this.findings = findings.stream().filter(f -> !out.contains("FINDING:" + f.id())).toList();
        this.councilActions = councilActions.stream().filter(a -> !out.contains("COUNCIL_ACTION:" + a.id())).toList();
        this.recommendations = List.copyOf(recommendations);
        this.assessments = assessments.stream().filter(a -> !out.contains("ASSESSMENT:" + a.id())).toList();
        this.retractions = List.copyOf(retractions);
    }

    /** Every retraction, oldest first: the entries they name are left out of every view. */
    public List<Retraction> retractions() {
        return retractions;
    }

    public long version() {
        return version;
    }

    public List<Situation> situations() {
        return situations;
    }

    public Optional<Situation> situation(String code) {
        return code == null ? Optional.empty()
                : situations.stream().filter(s -> s.code().equalsIgnoreCase(code.trim())).findFirst();
    }

    public List<CourtCase> cases() {
        return cases;
    }

    public List<CourtCase> cases(String situationCode) {
        return cases.stream().filter(c -> c.situationCode().equals(situationCode)).toList();
    }

    public Optional<CourtCase> courtCase(String caseNumber) {
        return caseNumber == null ? Optional.empty()
                : cases.stream().filter(c -> c.caseNumber().equalsIgnoreCase(caseNumber.trim())).findFirst();
    }

    /** The situation a case belongs to. */
    public Situation situationOf(CourtCase c) {
        return situation(c.situationCode()).orElseThrow();
    }

    public Situation situationOf(Warrant w) {
        return situation(w.situationCode()).orElseThrow();
    }

    public List<Warrant> warrants() {
        return warrants;
    }

    /** The warrants and summonses issued on or before {@code asOf}. */
    public List<Warrant> warrants(LocalDate asOf) {
        return warrants.stream().filter(w -> !w.issued().isAfter(asOf)).toList();
    }

    public Optional<Warrant> warrant(long id) {
        return warrants.stream().filter(w -> w.id() == id).findFirst();
    }

    /** Every status change of a warrant, in date order. */
    public List<StatusChange> history(long warrantId) {
        return statusesByWarrant.getOrDefault(warrantId, List.of()).stream()
            .sorted(Comparator.comparing(StatusChange::date).thenComparingLong(StatusChange::id)).toList();
    }

    /** The status change in force on {@code asOf}: the newest dated on or before it. */
    public Optional<StatusChange> status(long warrantId, LocalDate asOf) {
        return history(warrantId).stream().filter(s -> !s.date().isAfter(asOf)).reduce((a, b) -> b);
    }

    public List<Travel> travels(LocalDate asOf) {
        return travels.stream().filter(t -> !t.arrived().isAfter(asOf)).toList();
    }

    public List<Finding> findings(LocalDate asOf) {
        return findings.stream().filter(f -> !f.decided().isAfter(asOf)).toList();
    }

    public List<CouncilAction> councilActions(LocalDate asOf) {
        return councilActions.stream().filter(a -> !a.adopted().isAfter(asOf)).toList();
    }

    public List<Recommendation> recommendations() {
        return recommendations;
    }

    public Optional<Recommendation> recommendation(int number) {
        return recommendations.stream().filter(r -> r.number() == number).findFirst();
    }

    /** Every assessment of a state, oldest first. */
    public List<Assessment> assessments(String iso3) {
        return assessments.stream().filter(a -> a.iso3().equals(iso3)).toList();
    }

    /** Per recommendation, the newest assessment of the state made on or before {@code asOf}. */
    public Map<Integer, Assessment> checklist(String iso3, LocalDate asOf) {
        Map<Integer, Assessment> latest = new LinkedHashMap<>();
        assessments(iso3).stream().filter(a -> !a.assessedOn().isAfter(asOf))
            .forEach(a -> latest.put(a.recommendation(), a));
        return latest;
    }

    /** The states assessed at least once. */
    public List<String> assessedStates() {
        return assessments.stream().map(Assessment::iso3).distinct().sorted().toList();
    }
}
