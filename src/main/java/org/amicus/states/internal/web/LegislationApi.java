package org.amicus.states.internal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;

import org.amicus.platform.CsvDownload;
import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput;
import org.amicus.states.ImplementationRecord;
import org.amicus.states.internal.legislation.Legislation;
import org.amicus.states.internal.legislation.StageDraft;
import org.amicus.states.internal.legislation.StageEntry;
import org.amicus.states.internal.legislation.StageRecorder;
import org.amicus.states.internal.record.State;
import org.amicus.states.internal.record.Tracker;
import org.amicus.states.internal.watch.WatchDraft;
import org.amicus.states.internal.watch.WatchEntry;
import org.amicus.states.internal.watch.WatchList;
import org.amicus.states.internal.web.LegislationViews.EntryView;
import org.amicus.states.internal.web.LegislationViews.StandingView;
import org.amicus.states.internal.web.LegislationViews.WatchView;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The open API of national implementing legislation and the watch list; staff writes. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Implementing legislation")
class LegislationApi {

    private final Tracker tracker;
    private final Legislation legislation;
    private final StageRecorder recorder;
    private final WatchList watchList;
    private final ImplementationRecord implementation;

    LegislationApi(Tracker tracker, Legislation legislation, StageRecorder recorder, WatchList watchList,
            ImplementationRecord implementation) {
        this.tracker = tracker;
        this.legislation = legislation;
        this.recorder = recorder;
        this.watchList = watchList;
        this.implementation = implementation;
    }

    /** A state's two components on a date. */
    record StateLegislation(String iso3, String name, List<StandingView> components) {
    }

    @Operation(summary = "Every state with a legislation record: the stage of each component on asOf")
    @GetMapping("/legislation")
    List<StateLegislation> all(@Parameter(description = StatesApi.AS_OF) @RequestParam(required = false) String asOf,
            @Parameter(description = StatesApi.KNOWN_AT) @RequestParam(required = false) String knownAt,
            @RequestParam(required = false) String lang) {
        Query q = Query.of(asOf, knownAt);
        Language language = Language.of(LocaleContextHolder.getLocale());
        return legislation.states().stream().map(iso3 -> state(iso3)).map(s -> new StateLegislation(s.iso3(),
                s.name(language), LegislationViews.standing(legislation.standing(s.iso3(), q.asOf(), q.knownAt()))))
            .toList();
    }

    @Operation(summary = "Every state with a legislation record: the stage of each component today, the law once enacted and the source, as CSV")
    @GetMapping(value = "/legislation.csv", produces = "text/csv")
    ResponseEntity<String> allCsv() {
        Query q = Query.of(null, null);
        List<List<?>> rows = new java.util.ArrayList<>();
        for (String iso3 : legislation.states()) {
            for (var s : legislation.standing(iso3, q.asOf(), q.knownAt()).values()) {
                var e = s.entry();
                rows.add(java.util.Arrays.asList(iso3, s.component(), s.stage(), e == null ? null : e.date(), e == null ? null : e.lawTitle(),
                        e == null ? null : e.lawNumber(), e == null ? null : e.lawDate(), e == null ? null : e.source()));
            }
        }
        return CsvDownload.of("legislation.csv", List.of("state", "component", "stage", "since", "law_title", "law_number", "law_date",
                "source"), rows);
    }

    /** One state's legislation: each component's stage, the entries behind them, and its watch-list entry. */
    record StateLegislationDetail(String iso3, String name, List<StandingView> components, List<EntryView> entries,
            WatchView watch) {
    }

    @Operation(summary = "One state's implementing legislation: stages on asOf, every entry with its source, the watch list")
    @GetMapping("/states/{iso3}/legislation")
    StateLegislationDetail state(@PathVariable String iso3,
            @Parameter(description = StatesApi.AS_OF) @RequestParam(required = false) String asOf,
            @Parameter(description = StatesApi.KNOWN_AT) @RequestParam(required = false) String knownAt,
            @RequestParam(required = false) String lang) {
        Query q = Query.of(asOf, knownAt);
        State state = state(iso3);
        Language language = Language.of(LocaleContextHolder.getLocale());
        var standing = legislation.standing(state.iso3(), q.asOf(), q.knownAt());
        List<StageEntry> all = legislation.allEntries(state.iso3());
        List<EntryView> entries = legislation.entries(state.iso3(), q.knownAt()).stream()
            .filter(e -> !e.date().isAfter(q.asOf())).map(e -> EntryView.of(e, all)).toList();
        WatchView watch = watchList.current().stream().filter(w -> w.iso3().equals(state.iso3()) && w.watchedOn(q.asOf()))
            .findFirst().map(w -> WatchView.of(w, state, language, standing)).orElse(null);
        return new StateLegislationDetail(state.iso3(), state.name(language), LegislationViews.standing(standing), entries,
                watch);
    }

    @Operation(summary = "The watch list on asOf (as known now): who follows each state, the next step, the stages")
    @GetMapping("/watch-list")
    List<WatchView> watchList(@Parameter(description = StatesApi.AS_OF) @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String lang) {
        Query q = Query.of(asOf, null);
        Language language = Language.of(LocaleContextHolder.getLocale());
        return watchList.on(q.asOf()).stream().map(w -> WatchView.of(w, state(w.iso3()), language,
                legislation.standing(w.iso3(), q.asOf(), Tracker.NOW))).toList();
    }

    @Operation(summary = "States whose legislation moved to a later stage (any component) between from and to, both included")
    @GetMapping("/legislation/advanced")
    SortedSet<String> advanced(@RequestParam String from, @RequestParam String to) {
        return implementation.advancedBetween(Query.of(from, null).asOf(), Query.of(to, null).asOf());
    }

    @Operation(summary = "States that enacted implementing legislation (any component) between from and to, both included")
    @GetMapping("/legislation/enacted")
    SortedSet<String> enacted(@RequestParam String from, @RequestParam String to) {
        return implementation.enactedBetween(Query.of(from, null).asOf(), Query.of(to, null).asOf());
    }

    /** A stage as staff send it. A step back needs a reason; an enacted law its title, date and source. */
    record StageInput(String component, String stage, String date, String source, String movedBy, String obstacles,
            String reason, String lawTitle, String lawNumber, String lawDate) {

        StageDraft draft(String iso3, Long supersedes) {
            return new StageDraft(0, iso3, component, stage, date, source, movedBy, obstacles, reason, lawTitle, lawNumber,
                    lawDate, supersedes, false);
        }
    }

    @Operation(summary = "Staff: record a stage of a state's implementing legislation")
    @PostMapping("/states/{iso3}/legislation/stages")
    ResponseEntity<StageEntry> add(@PathVariable String iso3, @RequestBody StageInput input) {
        return ResponseEntity.status(201).body(recorder.record(List.of(input.draft(iso3, null))).get(0));
    }

    @Operation(summary = "Staff: correct a stage entry; the earlier entry is kept as superseded")
    @PostMapping("/states/{iso3}/legislation/stages/{id}/correction")
    ResponseEntity<StageEntry> correct(@PathVariable String iso3, @PathVariable long id, @RequestBody StageInput input) {
        return ResponseEntity.status(201).body(recorder.record(List.of(input.draft(iso3, id))).get(0));
    }

    /** Why an entry made in error is voided, and the source that shows it. */
    record VoidInput(String source, String reason) {
    }

    @Operation(summary = "Staff: void a stage entry made in error; it stays in the history")
    @PostMapping("/states/{iso3}/legislation/stages/{id}/void")
    ResponseEntity<StageEntry> voidEntry(@PathVariable String iso3, @PathVariable long id, @RequestBody VoidInput input) {
        StageEntry entry = legislation.allEntries(state(iso3).iso3()).stream()
            .filter(e -> e.id() == id && e.supersededAt() == null && !e.voided()).findFirst()
            .orElseThrow(() -> new NotFound("error.entryNotFound", id));
        return ResponseEntity.status(201).body(recorder.record(List.of(StageDraft.voiding(entry, input.source(),
                input.reason()))).get(0));
    }

    /** A state's watch-list entry as staff send it. */
    record WatchInput(String validFrom, String validTo, String staffLead, String nationalCoalition, String partners,
            String nextStep, String nextStepDue, String source) {
    }

    @Operation(summary = "Staff: put a state on the watch list, or change its entry (the earlier one is kept)")
    @PutMapping("/watch-list/{iso3}")
    WatchEntry watch(@PathVariable String iso3, @RequestBody WatchInput in) {
        if (in == null) {
            throw new RejectedInput("validFrom", "event.required");
        }
        return watchList.save(List.of(new WatchDraft(0, iso3, in.validFrom(), in.validTo(), in.staffLead(),
                in.nationalCoalition(), in.partners(), in.nextStep(), in.nextStepDue(), in.source()))).get(0);
    }

    private State state(String iso3) {
        return tracker.record().state(iso3).orElseThrow(() -> new NotFound("error.stateNotFound", iso3));
    }
}
