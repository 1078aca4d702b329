package org.amicus.campaigns.internal.strategy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.amicus.campaigns.GoalMetric;
import org.amicus.campaigns.internal.strategy.Progress.Point;
import org.amicus.campaigns.internal.strategy.Progress.Status;
import org.amicus.platform.RecordVersion;
import org.springframework.stereotype.Service;

/**
 * Reads every goal of a strategy against the record. Answers are kept per (record version,
 * strategy, date): any change to the record or to a strategy writes an audit row and so moves the
 * version, which makes every kept answer stale at once.
 */
@Service
public class Evaluator {

    private record Key(long version, Strategy strategy, LocalDate asOf) {
    }

    private final Strategies strategies;
    private final RecordVersion version;
    private final Map<Key, List<Progress>> answers = new ConcurrentHashMap<>();

    Evaluator(Strategies strategies, RecordVersion version) {
        this.strategies = strategies;
        this.version = version;
    }

    public List<Progress> evaluate(Strategy strategy, LocalDate asOf) {
        long v = version.current();
        answers.keySet().removeIf(k -> k.version() != v);
        return answers.computeIfAbsent(new Key(v, strategy, asOf), k -> compute(strategy, asOf));
    }

    public Progress evaluate(Strategy strategy, Goal goal, LocalDate asOf) {
        return evaluate(strategy, asOf).stream().filter(p -> p.goal().id() == goal.id()).findFirst().orElseThrow();
    }

    /** Every goal computed from the record, nothing kept: what the benchmark times. */
    public List<Progress> compute(Strategy strategy, LocalDate asOf) {
        return strategy.goals().stream().map(g -> progress(strategy, g, asOf)).toList();
    }

    private Progress progress(Strategy strategy, Goal goal, LocalDate asOf) {
        GoalMetric metric = strategies.metrics().get(goal.metric());
        LocalDate start = goal.windowStart() != null ? goal.windowStart() : strategy.periodStart();
        var counted = metric.counted(start, asOf);
        int value = asOf.isBefore(start) && metric.measure() == GoalMetric.Measure.COUNT_IN_WINDOW ? 0 : counted.size();
        var atDeadline = goal.deadline().isAfter(asOf) ? null : metric.counted(start, goal.deadline());
        Status status = status(goal, metric, start, asOf, value, atDeadline == null ? null : atDeadline.size());
        return new Progress(goal, metric.measure(), asOf, value, counted, atDeadline, status, series(metric, start, asOf));
    }

    private static Status status(Goal goal, GoalMetric metric, LocalDate start, LocalDate asOf, int value, Integer atDeadline) {
        Target target = goal.target();
        if (atDeadline != null) {
            return target.isExceeded(atDeadline) ? Status.EXCEEDED : target.isMet(atDeadline) ? Status.MET : Status.MISSED;
        }
        if (asOf.isBefore(start)) {
            return Status.NOT_STARTED;
        }
        if (target.isExceeded(value)) {
            return Status.EXCEEDED;
        }
        if (target.isMet(value)) {
            return Status.MET;
        }
        int baseline = metric.measure() == GoalMetric.Measure.COUNT_IN_WINDOW ? 0 : metric.value(start, start);
        double share = (double) ChronoUnit.DAYS.between(start, asOf) / Math.max(1, ChronoUnit.DAYS.between(start, goal.deadline()));
        return value >= baseline + (target.min() - baseline) * share ? Status.ON_TRACK : Status.BEHIND;
    }

    /** The value at the window start, at each month end after it, and on {@code asOf}. */
    private static List<Point> series(GoalMetric metric, LocalDate start, LocalDate asOf) {
        List<LocalDate> dates = new ArrayList<>();
        if (!asOf.isBefore(start)) {
            dates.add(start);
            for (LocalDate d = start.with(TemporalAdjusters.lastDayOfMonth()); d.isBefore(asOf);
                    d = d.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth())) {
                if (d.isAfter(start)) {
                    dates.add(d);
                }
            }
            if (asOf.isAfter(start)) {
                dates.add(asOf);
            }
        }
        return dates.stream().map(d -> new Point(d, metric.value(start, d))).toList();
    }
}
