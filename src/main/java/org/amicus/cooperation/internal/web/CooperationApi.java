package org.amicus.cooperation.internal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.amicus.cooperation.Situation;
import org.amicus.cooperation.internal.record.Cooperation;
import org.amicus.cooperation.internal.record.CooperationLedger;
import org.amicus.cooperation.internal.record.Drafts;
import org.amicus.cooperation.internal.record.RecommendationCsv;
import org.amicus.cooperation.internal.web.Views.ChecklistRow;
import org.amicus.cooperation.internal.web.Views.CouncilJson;
import org.amicus.cooperation.internal.web.Views.FindingJson;
import org.amicus.cooperation.internal.web.Views.SituationDeficitJson;
import org.amicus.cooperation.internal.web.Views.SituationJson;
import org.amicus.cooperation.internal.web.Views.StateDeficitJson;
import org.amicus.cooperation.internal.web.Views.StatusJson;
import org.amicus.cooperation.internal.web.Views.TravelJson;
import org.amicus.cooperation.internal.web.Views.WarrantDetail;
import org.amicus.cooperation.internal.web.Views.WarrantJson;
import org.amicus.platform.CsvDownload;
import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.states.StatesDirectory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The open API of cooperation with the Court, read for any date; staff record new facts with a source. */
@RestController
@RequestMapping("/api/v1/cooperation")
@Tag(name = "Cooperation with the Court")
class CooperationApi {

    static final String AS_OF = "The date the record is read on (ISO date); today by default.";

    private final Cooperation cooperation;
    private final CooperationLedger ledger;
    private final StatesDirectory states;

    CooperationApi(Cooperation cooperation, CooperationLedger ledger, StatesDirectory states) {
        this.cooperation = cooperation;
        this.ledger = ledger;
        this.states = states;
    }

    private static Language language() {
        return Language.of(LocaleContextHolder.getLocale());
    }

    @Operation(summary = "Every situation with its warrants, outstanding warrants, findings and reported visits on asOf")
    @GetMapping("/situations")
    List<SituationJson> situations(@Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
            @Parameter(description = "Language of the names: en, fr, es, ar or pt") @RequestParam(required = false) String lang) {
        LocalDate day = AsOf.parse(asOf);
        return cooperation.situationDeficits(day).stream().map(d -> SituationJson.of(d, language())).toList();
    }

    @Operation(summary = "One situation: its deficit on asOf (outstanding warrants, findings)")
    @GetMapping("/situations/{code}")
    SituationDeficitJson situation(@PathVariable String code, @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String lang) {
        LocalDate day = AsOf.parse(asOf);
        return SituationDeficitJson.of(cooperation.situationDeficit(situation(code), day), language(), day);
    }

    @Operation(summary = "Warrants and summonses issued by asOf with their status then; filters: situation, status, kind")
    @GetMapping("/warrants")
    List<WarrantJson> warrants(@Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String situation, @RequestParam(required = false) String status,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String lang) {
        WarrantFilter filter = WarrantFilter.of(situation, status, kind);
        return filter.apply(cooperation.warrants(AsOf.parse(asOf))).stream().map(v -> WarrantJson.of(v, language())).toList();
    }

    @Operation(summary = "One warrant or summons: status history, reported travel, the states obliged to cooperate on asOf")
    @GetMapping("/warrants/{id}")
    WarrantDetail warrant(@PathVariable long id, @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String lang) {
        LocalDate day = AsOf.parse(asOf);
        var view = cooperation.warrant(id, day).orElseThrow(() -> new NotFound("cooperation.warrantNotFound", id));
        var obliged = new TreeSet<>(cooperation.obligedStates(view.situation(), day));
        return new WarrantDetail(WarrantJson.of(view, language()), day, obliged.size(), obliged);
    }

    @Operation(summary = "The Court's findings of non-compliance decided by asOf, optionally for one state")
    @GetMapping("/findings")
    List<FindingJson> findings(@Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String state) {
        return cooperation.record().findings(AsOf.parse(asOf)).stream()
            .filter(f -> state == null || state.isBlank() || f.iso3().equalsIgnoreCase(state.trim()))
            .map(FindingJson::of).toList();
    }

    @Operation(summary = "Warrants and summonses issued by asOf with their status then, as CSV")
    @GetMapping(value = "/warrants.csv", produces = "text/csv")
    ResponseEntity<String> warrantsCsv(@Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
        return CsvDownload.of("warrants.csv", List.of("id", "situation", "case", "suspect", "kind", "issued", "status", "status_since", "source"),
                cooperation.warrants(AsOf.parse(asOf)).stream().<List<?>>map(v -> java.util.Arrays.asList(v.warrant().id(), v.situation().code(),
                        v.warrant().caseNumber(), v.warrant().suspect(), v.warrant().kind(), v.warrant().issued(), v.status(), v.statusSince(),
                        v.warrant().source()))
                    .toList());
    }

    @Operation(summary = "The Court's findings of non-compliance decided by asOf, as CSV")
    @GetMapping(value = "/findings.csv", produces = "text/csv")
    ResponseEntity<String> findingsCsv(@Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
        return CsvDownload.of("findings.csv", List.of("id", "case", "state", "decided", "referred_to_asp", "referred_to_council", "document",
                "source"), cooperation.record().findings(AsOf.parse(asOf)).stream().<List<?>>map(f -> java.util.Arrays.asList(f.id(),
                        f.caseNumber(), f.iso3(), f.decided(), f.referredToAsp(), f.referredToCouncil(), f.document(), f.source()))
                    .toList());
    }

    @Operation(summary = "Every situation with the state it concerns, how it reached the Court and when the investigation opened, as CSV")
    @GetMapping(value = "/situations.csv", produces = "text/csv")
    ResponseEntity<String> situationsCsv() {
        return CsvDownload.of("situations.csv", List.of("code", "icc_number", "state", "trigger", "opened", "name_en", "name_fr", "source"),
                cooperation.situations().stream().<List<?>>map(s -> java.util.Arrays.asList(s.code(), s.iccNumber(), s.iso3(), s.trigger(),
                        s.opened(), s.name(Language.EN), s.name(Language.FR), s.source())).toList());
    }

    @Operation(summary = "Reported travel of persons sought by the Court, by asOf")
    @GetMapping("/travel")
    List<TravelJson> travel(@Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
        return cooperation.record().travels(AsOf.parse(asOf)).stream().map(TravelJson::of).toList();
    }

    @Operation(summary = "Security Council referrals and article 16 deferral requests adopted by asOf")
    @GetMapping("/security-council")
    List<CouncilJson> council(@Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
        return cooperation.record().councilActions(AsOf.parse(asOf)).stream().map(CouncilJson::of).toList();
    }

    @Operation(summary = "The cooperation deficit of every state with one on asOf, the largest first")
    @GetMapping("/deficit/states")
    List<StateDeficitJson> stateDeficits(@Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String lang) {
        LocalDate day = AsOf.parse(asOf);
        return cooperation.stateDeficits(day).stream().map(d -> StateDeficitJson.of(d, name(d.iso3()), day)).toList();
    }

    @Operation(summary = "One state's cooperation deficit on asOf")
    @GetMapping("/deficit/states/{iso3}")
    StateDeficitJson stateDeficit(@PathVariable String iso3, @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String lang) {
        LocalDate day = AsOf.parse(asOf);
        String code = state(iso3).iso3();
        return StateDeficitJson.of(cooperation.stateDeficit(code, day), name(code), day);
    }

    @Operation(summary = "The deficit of every situation on asOf: outstanding warrants and findings")
    @GetMapping("/deficit/situations")
    List<SituationDeficitJson> situationDeficits(@Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String lang) {
        LocalDate day = AsOf.parse(asOf);
        return cooperation.situationDeficits(day).stream().map(d -> SituationDeficitJson.of(d, language(), day)).toList();
    }

    @Operation(summary = "A state's checklist of the Assembly's recommendations on cooperation, as assessed by asOf")
    @GetMapping("/checklist/{iso3}")
    List<ChecklistRow> checklist(@PathVariable String iso3, @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String lang) {
        return Checklist.rows(cooperation.record(), state(iso3).iso3(), AsOf.parse(asOf), language());
    }

    @Operation(summary = "Staff: add a situation (names in the five languages, a source)")
    @PostMapping("/situations")
    ResponseEntity<Situation> addSituation(@RequestBody Drafts.SituationDraft draft) {
        return ResponseEntity.status(201).body(ledger.addSituation(draft, 0));
    }

    @Operation(summary = "Staff: record a warrant or summons (status at large from its date); a new case needs its name")
    @PostMapping("/warrants")
    ResponseEntity<WarrantJson> addWarrant(@RequestBody Drafts.WarrantDraft draft) {
        long id = ledger.addWarrant(draft, 0).id();
        return ResponseEntity.status(201).body(WarrantJson.of(cooperation.warrant(id, LocalDate.MAX).orElseThrow(), language()));
    }

    @Operation(summary = "Staff: record a dated change of a warrant's status; earlier statuses are kept")
    @PostMapping("/warrants/{id}/status")
    ResponseEntity<StatusJson> changeStatus(@PathVariable long id, @RequestBody Drafts.StatusDraft draft) {
        return ResponseEntity.status(201).body(StatusJson.of(ledger.changeStatus(id, draft, 0)));
    }

    @Operation(summary = "Staff: report a visit of a person sought to a state")
    @PostMapping("/warrants/{id}/travel")
    ResponseEntity<TravelJson> reportTravel(@PathVariable long id, @RequestBody Drafts.TravelDraft draft) {
        return ResponseEntity.status(201).body(TravelJson.of(ledger.reportTravel(id, draft, 0)));
    }

    @Operation(summary = "Staff: record a finding of non-compliance and its referrals")
    @PostMapping("/findings")
    ResponseEntity<FindingJson> addFinding(@RequestBody Drafts.FindingDraft draft) {
        return ResponseEntity.status(201).body(FindingJson.of(ledger.recordFinding(draft, 0)));
    }

    @Operation(summary = "Staff: record a Security Council referral or article 16 request")
    @PostMapping("/security-council")
    ResponseEntity<CouncilJson> addCouncilAction(@RequestBody Drafts.CouncilDraft draft) {
        return ResponseEntity.status(201).body(CouncilJson.of(ledger.recordCouncilAction(draft, 0)));
    }

    @Operation(summary = "Staff: assess a State Party against one recommendation (met, partly, not met, unknown)")
    @PostMapping("/checklist")
    ResponseEntity<ChecklistRow> assess(@RequestBody Drafts.AssessmentDraft draft) {
        var a = ledger.assess(draft, 0);
        return ResponseEntity.status(201).body(new ChecklistRow(a.recommendation(),
                cooperation.record().recommendation(a.recommendation()).map(r -> r.text(language())).orElse(null),
                a.status().name(), a.evidence(), a.assessedOn(), a.source()));
    }

    @Operation(summary = "Staff: retract an entry made in error (it stays in the record and the history, out of every view)")
    @PostMapping("/retractions")
    ResponseEntity<org.amicus.cooperation.internal.record.Retraction> retract(@RequestBody Drafts.RetractionDraft draft) {
        return ResponseEntity.status(201).body(ledger.retract(draft, 0));
    }

    /** The outcome of an import of recommendations. */
    record ImportResult(int read, int added) {
    }

    @Operation(summary = "Staff: import the recommendations' text from CSV (number,text_en[,text_fr,...],source)")
    @PostMapping(value = "/recommendations/import", consumes = { "text/csv", "text/plain", "application/octet-stream" })
    ImportResult importRecommendations(@RequestBody byte[] body) {
        var read = RecommendationCsv.read(body);
        return new ImportResult(read.size(), ledger.addRecommendations(read));
    }

    private Situation situation(String code) {
        return cooperation.situation(code).orElseThrow(() -> new NotFound("cooperation.situationNotFound", code));
    }

    private StatesDirectory.StateFacts state(String iso3) {
        return states.state(iso3).orElseThrow(() -> new NotFound("error.stateNotFound", iso3));
    }

    private String name(String iso3) {
        return states.state(iso3).map(s -> s.name(language())).orElse(iso3.toUpperCase(Locale.ROOT));
    }
}
