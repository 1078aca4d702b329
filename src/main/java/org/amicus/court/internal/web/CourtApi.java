package org.amicus.court.internal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.amicus.court.internal.budget.Budgets;
import org.amicus.court.internal.budget.Figure;
import org.amicus.court.internal.budget.Recommendation;
import org.amicus.court.internal.budget.Recommendations;
import org.amicus.court.internal.election.Ballot;
import org.amicus.court.internal.election.Drafts.RoundDraft;
import org.amicus.court.internal.election.Election;
import org.amicus.court.internal.election.Elections;
import org.amicus.court.internal.election.Requirement;
import org.amicus.court.internal.conference.SessionItem;
import org.amicus.court.internal.conference.SessionItems;
import org.amicus.court.internal.organs.OfficeHolder;
import org.amicus.court.internal.organs.OfficeHolders;
import org.amicus.court.internal.proceedings.Proceedings;
import org.amicus.court.internal.proceedings.StageEntry;
import org.amicus.court.internal.questionnaire.Published;
import org.amicus.court.internal.victims.Project;
import org.amicus.court.internal.victims.Projects;
import org.amicus.court.internal.questionnaire.Questionnaires;
import org.amicus.platform.CsvDownload;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The open API of Court monitoring: elections and their tallies, the ballot validator, the budget. Writing needs staff. */
@RestController
@RequestMapping("/api/v1/court")
@Tag(name = "Court monitoring")
class CourtApi {

    private final Elections elections;
    private final Questionnaires questionnaires;
    private final Budgets budgets;
    private final MessageSource messages;
    private final Proceedings proceedings;
    private final SessionItems sessionItems;
    private final OfficeHolders holders;
    private final Projects projects;
    private final Recommendations recommendations;

    CourtApi(Elections elections, Questionnaires questionnaires, Budgets budgets, MessageSource messages, Proceedings proceedings,
            SessionItems sessionItems, OfficeHolders holders, Projects projects, Recommendations recommendations) {
        this.recommendations = recommendations;
        this.projects = projects;
        this.holders = holders;
        this.proceedings = proceedings;
        this.sessionItems = sessionItems;
        this.elections = elections;
        this.questionnaires = questionnaires;
        this.budgets = budgets;
        this.messages = messages;
    }

    record RoundJson(int number, int ballotsCast, int invalid, int abstentions, int presentAndVoting, int majority,
            Map<Long, Integer> votes, List<Long> elected, int seatsLeftAfter, List<Requirement> requirements, List<Requirement> next) {
    }

    record ElectionJson(Election election, List<org.amicus.court.internal.election.Candidate> candidates, int judgesStaying,
            List<RoundJson> rounds, int seatsLeft, List<Requirement> nextRequirements, boolean cleanSlate, boolean nominationsShort) {
    }

    /** Candidates' e-mail addresses are not published. */
    private static org.amicus.court.internal.election.Candidate open(org.amicus.court.internal.election.Candidate c) {
        return new org.amicus.court.internal.election.Candidate(c.id(), c.electionId(), c.name(), c.personId(), null, c.language(),
                c.nominatingIso3(), c.nationalityIso3(), c.profile(), c.procedure(), c.withdrawnBeforeRound(), c.source());
    }

    @Operation(summary = "Every election the coalition follows")
    @GetMapping("/elections")
    List<Election> elections() {
        return elections.all();
    }

    @Operation(summary = "Every candidate of every election the coalition follows, with the nominating state and the source, as CSV")
    @GetMapping(value = "/elections.csv", produces = "text/csv")
    ResponseEntity<String> electionsCsv() {
        List<List<?>> rows = new ArrayList<>();
        for (Election e : elections.all()) {
            for (var c : elections.candidates(e.id())) {
                rows.add(java.util.Arrays.asList(e.id(), e.title(), e.office(), e.sessionName(), e.vacancies(), c.id(), c.name(),
                        c.nominatingIso3(), c.nationalityIso3(), c.procedure(), c.withdrawnBeforeRound(), c.source()));
            }
        }
        return CsvDownload.of("court-elections.csv", List.of("election_id", "election", "office", "session", "vacancies", "candidate_id",
                "candidate", "nominating_state", "nationality", "procedure", "withdrawn_before_round", "source"), rows);
    }

    @Operation(summary = "One election: candidates, each round replayed under the rules, the next ballot's minimum voting requirements")
    @GetMapping("/elections/{id}")
    ElectionJson election(@PathVariable long id) {
        ElectionView v = ElectionView.of(elections, id);
        List<RoundJson> rounds = new ArrayList<>();
        for (var o : v.rounds()) {
            var r = o.result();
            rounds.add(new RoundJson(r.number(), r.ballotsCast(), r.invalid(), r.abstentions(), r.presentAndVoting(), o.majority(), r.votes(),
                    o.elected().stream().map(n -> n.id()).toList(), o.seatsLeftAfter(), o.requirements(), o.next()));
        }
        return new ElectionJson(v.election(), v.candidates().stream().map(CourtApi::open).toList(), v.staying().size(), rounds,
                v.next().seatsLeft(), v.nextRequirements(), v.cleanSlate(), v.nominationsShort());
    }

    @Operation(summary = "The questionnaire's published answers, per question and candidate; who declined; who has not answered")
    @GetMapping("/elections/{id}/questionnaire")
    Published questionnaire(@PathVariable long id) {
        elections.get(id);
        Published p = questionnaires.published(id);
        return new Published(p.questions(), p.answered().stream().map(CourtApi::open).toList(), p.answersByQuestion(),
                p.declined().stream().map(CourtApi::open).toList(), p.notYet().stream().map(CourtApi::open).toList());
    }

    record BallotJson(List<Long> votes) {
    }

    record CheckedJson(boolean valid, List<String> reasons) {
    }

    @Operation(summary = "Whether a ballot for the next round is valid, with every reason it is not (staff)")
    @PostMapping("/elections/{id}/ballot-check")
    CheckedJson checkBallot(@PathVariable long id, @RequestBody BallotJson ballot) {
        var problems = Ballot.check(Ballot.Round.of(elections.nextRound(id)), ballot.votes() == null ? List.of() : ballot.votes());
        var locale = LocaleContextHolder.getLocale();
        return new CheckedJson(problems.isEmpty(), problems.stream().map(p -> messages.getMessage(p.code(), p.args(), p.code(), locale)).toList());
    }

    @Operation(summary = "Record the next round as the Assembly announced it (staff); refused if it cannot replay with the earlier ones")
    @PostMapping("/elections/{id}/rounds")
    ElectionJson recordRound(@PathVariable long id, @RequestBody RoundDraft round) {
        elections.recordRounds(id, List.of(new RoundDraft(round.number(), round.ballotsCast(), round.invalid(), round.abstentions(),
                round.votes() == null ? Map.of() : round.votes(), round.source())));
        return election(id);
    }

    @Operation(summary = "The stages of situations and cases (keyed by the cooperation API's situation codes and case numbers), dated and sourced")
    @GetMapping("/stages")
    List<StageEntry> stages() {
        return proceedings.entries();
    }

    @Operation(summary = "The people who held each office of the Court's organs and the Assembly's bodies, with dates and sources")
    @GetMapping("/office-holders")
    List<OfficeHolder> officeHolders() {
        return holders.all();
    }

    @Operation(summary = "The Trust Fund for Victims' projects (assistance and reparations) per situation and case")
    @GetMapping("/tfv-projects")
    List<Project> tfvProjects() {
        return projects.all();
    }

    @Operation(summary = "Items of Assembly sessions (the 2010 Review Conference first): outcomes and the coalition's positions")
    @GetMapping("/session-items")
    List<SessionItem> sessionItems() {
        return sessionItems.all();
    }

    @Operation(summary = "The Court's budget per year and stage: sections, total, growth on the year before, whether the sections add up")
    @GetMapping("/budget")
    List<Budgets.YearRow> budget() {
        return budgets.years();
    }

    @Operation(summary = "The coalition's recommendations on the budget, per year and major programme, with their outcome")
    @GetMapping("/budget/recommendations")
    List<Recommendation> budgetRecommendations() {
        return recommendations.all();
    }

    @Operation(summary = "Every current budget figure with its source, as CSV")
    @GetMapping(value = "/budget.csv", produces = "text/csv")
    ResponseEntity<String> budgetCsv() {
        StringBuilder csv = new StringBuilder("year,programme,stage,amount_eur,source\r\n");
        for (Figure f : budgets.figures()) {
            csv.append(f.year()).append(',').append(f.programme()).append(',').append(f.stage()).append(',').append(f.totalEur())
                .append(",\"").append(f.source().replace("\"", "\"\"")).append("\"\r\n");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
            .header("Content-Disposition", "attachment; filename=\"court-budget.csv\"").body(csv.toString());
    }

    @Operation(summary = "Record a budget figure with its lines, which must add up to it (staff)")
    @PostMapping("/budget")
    Figure recordBudget(@RequestBody Budgets.Draft draft) {
        return budgets.record(draft);
    }
}
