package org.amicus.states.internal.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.states.internal.record.Counts;
import org.amicus.states.internal.record.Draft;
import org.amicus.states.internal.record.EventCsv;
import org.amicus.states.internal.record.EventRecorder;
import org.amicus.states.internal.record.State;
import org.amicus.states.internal.record.Summary;
import org.amicus.states.internal.record.Tracker;
import org.amicus.states.internal.record.TreatyEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

/** The open API of the tracker: states, their Rome Statute record, counts and timeline; staff writes. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Rome Statute tracker")
class StatesApi {

    static final String AS_OF = "The date the record is read on (ISO date); today by default.";
    static final String KNOWN_AT = "Read the record as the coalition knew it at this moment (ISO instant, or a date for the end of that day, UTC); now by default.";

    private final Tracker tracker;
    private final EventRecorder recorder;

    StatesApi(Tracker tracker, EventRecorder recorder) {
        this.tracker = tracker;
        this.recorder = recorder;
    }

    @Operation(summary = "Every state with its status and Rome Statute dates on asOf")
    @GetMapping("/states")
    List<StateRow> states(@Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
            @Parameter(description = KNOWN_AT) @RequestParam(required = false) String knownAt,
            @Parameter(description = "Language of the names: en, fr, es, ar or pt") @RequestParam(required = false) String lang) {
        Query q = Query.of(asOf, knownAt);
        Language language = Language.of(LocaleContextHolder.getLocale());
        return tracker.standings(q.asOf(), q.knownAt()).stream().map(s -> StateRow.of(s, language)).toList();
    }

    /** A state with the events behind its dates, each with its source and what it superseded. */
    record StateDetail(StateRow state, List<EventView> events) {
    }

    record EventView(long id, String type, LocalDate date, String instrumentType, LocalDate effectiveDate, String source,
            String note, Instant recordedAt, String recordedBy, Map<String, Object> supersedes) {
    }

    @Operation(summary = "One state with its events, their sources and what each superseded")
    @GetMapping("/states/{iso3}")
    StateDetail state(@PathVariable String iso3, @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
            @Parameter(description = KNOWN_AT) @RequestParam(required = false) String knownAt,
            @RequestParam(required = false) String lang) {
        Query q = Query.of(asOf, knownAt);
        var record = tracker.record();
        State state = record.state(iso3).orElseThrow(() -> new NotFound("error.stateNotFound", iso3));
        var standing = record.standing(state, q.asOf(), q.knownAt());
        List<TreatyEvent> all = record.allEntries(state.iso3());
        List<EventView> events = record.events(state.iso3(), q.knownAt()).stream()
            .filter(e -> !e.date().isAfter(q.asOf()))
            .map(e -> new EventView(e.id(), e.type().name(), e.date(),
                    e.instrumentType() == null ? null : e.instrumentType().name(), e.effectiveDate(), e.source(), e.note(),
                    e.recordedAt(), e.recordedBy(), superseded(all, e.supersedesId())))
            .toList();
        return new StateDetail(StateRow.of(standing, Language.of(LocaleContextHolder.getLocale())), events);
    }

    private static Map<String, Object> superseded(List<TreatyEvent> all, Long id) {
        return id == null ? null : all.stream().filter(e -> e.id() == id).findFirst()
            .map(e -> supersededFacts(e.facts(), e.id(), e.recordedAt(), e.recordedBy())).orElse(null);
    }

    /** What the API shows of an entry that a correction superseded: its facts, id and who recorded it when. */
    static Map<String, Object> supersededFacts(Map<String, Object> facts, long id, Instant recordedAt, String recordedBy) {
        Map<String, Object> m = new LinkedHashMap<>(facts);
        m.put("id", id);
        m.put("recordedAt", recordedAt.toString());
        m.put("recordedBy", recordedBy);
        return m;
    }

    /** The counts on one date, overall and by regional group. */
    record SummaryView(LocalDate asOf, int statesParties, int inForce, int pendingEntryIntoForce, int withdrawing,
            int withdrawn, int signatories, int signedNotRatified, int signatureWithdrawn, int unMembers,
            int twoThirdsTarget, int distanceToTwoThirds, Map<String, Counts> byUnRegionalGroup) {

        static SummaryView of(Summary s) {
            Counts c = s.counts();
            Map<String, Counts> groups = new LinkedHashMap<>();
            s.byGroup().forEach((g, counts) -> groups.put(g.name(), counts));
            return new SummaryView(s.asOf(), c.statesParties(), c.inForce(), c.pendingEntryIntoForce(), c.withdrawing(),
                    c.withdrawn(), c.signatories(), c.signedNotRatified(), c.signatureWithdrawn(), s.unMembers(),
                    s.twoThirdsTarget(), s.distanceToTwoThirds(), groups);
        }
    }

    @Operation(summary = "The counts on asOf: States Parties, in force, pending, withdrawing, withdrawn, signatories")
    @GetMapping("/rome-statute/summary")
    SummaryView summary(@Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
            @Parameter(description = KNOWN_AT) @RequestParam(required = false) String knownAt) {
        Query q = Query.of(asOf, knownAt);
        return SummaryView.of(tracker.summary(q.asOf(), q.knownAt()));
    }

    @Operation(summary = "The counts at every date on which one of them changed, up to today")
    @GetMapping("/rome-statute/timeline")
    List<SummaryView> timeline(@Parameter(description = KNOWN_AT) @RequestParam(required = false) String knownAt) {
        Query q = Query.of(null, knownAt);
        return tracker.timeline(q.knownAt(), LocalDate.now(ZoneOffset.UTC)).stream().map(SummaryView::of).toList();
    }

    @Operation(summary = "The states as CSV, with the tracker table's filters")
    @GetMapping(value = "/states.csv", produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String asOf, @RequestParam(required = false) String knownAt,
            @RequestParam(required = false) String lang, @RequestParam(required = false) String region,
            @RequestParam(required = false) String status, @RequestParam(required = false) String category,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir) throws Exception {
        List<StateRow> rows = Filters.of(region, status, category, sort, dir)
            .apply(states(asOf, knownAt, lang), LocaleContextHolder.getLocale());
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("iso3", "iso2", "name",
                "un_regional_group", "status", "signed", "deposited", "instrument_type", "entry_into_force",
                "withdrawal_notified", "withdrawal_effective", "signature_withdrawn").get())) {
            for (StateRow r : rows) {
                var rs = r.romeStatute();
                csv.printRecord(r.iso3(), r.iso2(), r.name(), r.unRegionalGroup(), r.status(), rs.signed(), rs.deposited(),
                        rs.instrumentType(), rs.entryIntoForce(), rs.withdrawalNotified(), rs.withdrawalEffective(),
                        rs.signatureWithdrawn());
            }
        }
        String day = Query.of(asOf, knownAt).asOf().toString();
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rome-statute-states-" + day + ".csv\"")
            .body(out.toString());
    }

    /** A new treaty event, or a correction of one, as staff send it. */
    record EventInput(String type, String date, String instrumentType, String effectiveDate, String source, String note) {

        Draft draft(String iso3, Long supersedes) {
            return new Draft(0, iso3, type, date, instrumentType, effectiveDate, source, note, supersedes, false);
        }
    }

    @Operation(summary = "Staff: add a treaty event (a source is required)")
    @PostMapping("/states/{iso3}/events")
    ResponseEntity<TreatyEvent> add(@PathVariable String iso3, @RequestBody EventInput input) {
        return ResponseEntity.status(201).body(recorder.record(List.of(input.draft(iso3, null))).get(0));
    }

    @Operation(summary = "Staff: correct an event; the earlier entry is kept as superseded")
    @PostMapping("/states/{iso3}/events/{id}/correction")
    ResponseEntity<TreatyEvent> correct(@PathVariable String iso3, @PathVariable long id, @RequestBody EventInput input) {
        return ResponseEntity.status(201).body(recorder.record(List.of(input.draft(iso3, id))).get(0));
    }

    /** The outcome of an import: what was (or would be) recorded. */
    record ImportResult(boolean dryRun, int events) {
    }

    @Operation(summary = "Staff: import events from CSV; dryRun=true checks every line and changes nothing")
    @PostMapping(value = "/rome-statute/events/import", consumes = { "text/csv", "text/plain", "application/octet-stream" })
    ImportResult importCsv(@RequestParam(defaultValue = "true") boolean dryRun, @RequestBody byte[] body) {
        List<Draft> drafts = EventCsv.read(body);
        if (dryRun) {
            var problems = recorder.check(drafts);
            if (!problems.isEmpty()) {
                throw new org.amicus.platform.RejectedInput(problems);
            }
            return new ImportResult(true, drafts.size());
        }
        return new ImportResult(false, recorder.record(drafts).size());
    }
}
