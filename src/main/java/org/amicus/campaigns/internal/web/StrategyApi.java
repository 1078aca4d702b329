package org.amicus.campaigns.internal.web;

import java.time.LocalDate;
import java.util.List;

import org.amicus.campaigns.internal.strategy.Drafts.GoalDraft;
import org.amicus.campaigns.internal.strategy.Drafts.StrategyDraft;
import org.amicus.campaigns.internal.strategy.Evaluator;
import org.amicus.campaigns.internal.strategy.Progress;
import org.amicus.campaigns.internal.strategy.Strategies;
import org.amicus.campaigns.internal.strategy.Strategy;
import org.amicus.campaigns.internal.web.Json.GoalJson;
import org.amicus.campaigns.internal.web.Json.MetricJson;
import org.amicus.campaigns.internal.web.Json.SeriesJson;
import org.amicus.campaigns.internal.web.Json.StrategyJson;
import org.amicus.campaigns.internal.web.Json.StrategySummary;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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

/** The coalition's strategies and every goal's progress, computed from the record on any date; staff write. */
@RestController
@RequestMapping("/api/v1/strategies")
@Tag(name = "Strategy")
class StrategyApi {

    static final String AS_OF = "The date the record is read on (ISO date); today by default.";

    private final Strategies strategies;
    private final Evaluator evaluator;

    StrategyApi(Strategies strategies, Evaluator evaluator) {
        this.strategies = strategies;
        this.evaluator = evaluator;
    }

    @Operation(summary = "Every strategy: title, period, the date its longer aims run to, number of goals")
    @GetMapping
    List<StrategySummary> strategies() {
        return strategies.all().stream().map(StrategySummary::of).toList();
    }

    @Operation(summary = "The metrics a goal may name: key, and whether it counts in a window or reads a level on a date")
    @GetMapping("/metrics")
    List<MetricJson> metrics() {
        return strategies.metrics().values().stream().map(m -> new MetricJson(m.key(), m.measure().name()))
            .sorted(java.util.Comparator.comparing(MetricJson::key)).toList();
    }

    @Operation(summary = "A strategy with every goal's value, value at the deadline, status and what is counted, on asOf")
    @GetMapping("/{id}")
    StrategyJson strategy(@PathVariable long id, @Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
        Strategy s = strategies.get(id);
        LocalDate day = AsOf.parse(asOf);
        return StrategyJson.of(s, day, evaluator.evaluate(s, day));
    }

    @Operation(summary = "One goal's progress on asOf")
    @GetMapping("/{id}/goals/{goalId}")
    GoalJson goal(@PathVariable long id, @PathVariable long goalId,
            @Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
        return GoalJson.of(progress(id, goalId, asOf));
    }

    @Operation(summary = "One goal's series: its value at the window start, each month end, and asOf (JSON)")
    @GetMapping("/{id}/goals/{goalId}/series")
    SeriesJson series(@PathVariable long id, @PathVariable long goalId,
            @Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
        Progress p = progress(id, goalId, asOf);
        return SeriesJson.of(p, evaluator.series(strategies.get(id), p.goal(), p.asOf()));
    }

    @Operation(summary = "One goal's series as CSV: date,value")
    @GetMapping(value = "/{id}/goals/{goalId}/series.csv", produces = "text/csv")
    ResponseEntity<String> seriesCsv(@PathVariable long id, @PathVariable long goalId,
            @Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
        Progress p = progress(id, goalId, asOf);
        StringBuilder csv = new StringBuilder("date,value\r\n");
        evaluator.series(strategies.get(id), p.goal(), p.asOf()).forEach(point -> csv.append(point.date()).append(',').append(point.value()).append("\r\n"));
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
            .header("Content-Disposition", "attachment; filename=\"strategy-" + id + "-goal-" + goalId + ".csv\"")
            .body(csv.toString());
    }

    @Operation(summary = "Staff: create a strategy (title, period, optional date for longer aims, areas one per line, source)")
    @PostMapping
    ResponseEntity<StrategySummary> create(@RequestBody StrategyDraft draft) {
        return ResponseEntity.status(201).body(StrategySummary.of(strategies.create(draft)));
    }

    @Operation(summary = "Staff: edit a strategy; its goals must still fall due within its period or longer aims")
    @PutMapping("/{id}")
    StrategySummary update(@PathVariable long id, @RequestBody StrategyDraft draft) {
        return StrategySummary.of(strategies.update(id, draft));
    }

    @Operation(summary = "Staff: add a goal (a metric key, its window start, a target, a deadline within the period, a source)")
    @PostMapping("/{id}/goals")
    ResponseEntity<GoalJson> addGoal(@PathVariable long id, @RequestBody GoalDraft draft) {
        long goalId = strategies.addGoal(id, draft).id();
        return ResponseEntity.status(201).body(GoalJson.of(progress(id, goalId, null)));
    }

    @Operation(summary = "Staff: edit a goal; the audit trail keeps the previous version")
    @PutMapping("/{id}/goals/{goalId}")
    GoalJson updateGoal(@PathVariable long id, @PathVariable long goalId, @RequestBody GoalDraft draft) {
        strategies.updateGoal(id, goalId, draft);
        return GoalJson.of(progress(id, goalId, null));
    }

    @Operation(summary = "Staff: remove a goal (kept in the history)")
    @DeleteMapping("/{id}/goals/{goalId}")
    ResponseEntity<Void> removeGoal(@PathVariable long id, @PathVariable long goalId) {
        strategies.removeGoal(id, goalId);
        return ResponseEntity.noContent().build();
    }

    private Progress progress(long id, long goalId, String asOf) {
        Strategy s = strategies.get(id);
        return evaluator.evaluate(s, strategies.goal(id, goalId), AsOf.parse(asOf));
    }
}
