package org.amicus.campaigns.internal.strategy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

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

    private record Key(long version, Strategy strategy, long goal, LocalDate asOf) {
    }

    private static final int MAX_KEPT = 2000;

    private final Strategies strategies;
    private final RecordVersion version;
    private final Map<Key, Object> answers = new ConcurrentHashMap<>();

    Evaluator(Strategies strategies, RecordVersion version) {
        this.strategies = strategies;
        this.version = version;
    }

    @SuppressWarnings("unchecked")
    public List<Progress> evaluate(Strategy strategy, LocalDate asOf) {
        return (List<Progress>) kept(strategy, 0, asOf, () -> compute(strategy, asOf));
    }

    /** A goal's series, for its chart and its CSV and JSON: the value at the window start, each month end, and {@code asOf}. */
    @SuppressWarnings("unchecked")
    public List<Point> series(Strategy strategy, Goal goal, LocalDate asOf) {
        return (List<Point>) kept(strategy, goal.id(), asOf, () -> computeSeries(strategy, goal, asOf));
    }

    private Object kept(Strategy strategy, long goal, LocalDate asOf, Supplier<Object> answer) {
        long v = version.current();
        answers.keySet().removeIf(k -> k.version() != v);
        if (answers.size() > MAX_KEPT) {
            answers.clear(); // any date may be asked: keep memory bounded
        }
        return answers.computeIfAbsent(new Key(v, strategy, goal, asOf), k -> answer.get());
    }

    public Progress evaluate(Strategy strategy, Goal goal, LocalDate asOf) {
        return evaluate(strategy, asOf).stream().filter(p -> p.goal().id() == goal.id()).findFirst().orElseThrow();
    }

    /** Every goal computed from the record, nothing kept: what the benchmark times. */
    public List<Progress> compute(Strategy strategy, LocalDate asOf) {
        return strategy.goals().stream().map(g -> progress(strategy, g, asOf)).toList();
    }

    private static LocalDate start(Strategy strategy, Goal goal) {
        return goal.windowStart() != null ? goal.windowStart() : strategy.periodStart();
    }

    private Progress progress(Strategy strategy, Goal goal, LocalDate asOf) {
        GoalMetric metric = strategies.metrics().get(goal.metric());
        LocalDate start = start(strategy, goal);
        var counted = metric.counted(start, asOf);
        int value = asOf.isBefore(start) && metric.measure() == GoalMetric.Measure.COUNT_IN_WINDOW ? 0 : counted.size();
        var atDeadline = goal.deadline().isAfter(asOf) ? null : metric.counted(start, goal.deadline());
        Status status = status(goal, metric, start, asOf, value, atDeadline == null ? null : atDeadline.size());
        return new Progress(goal, metric.measure(), asOf, value, counted, atDeadline, status);
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

    /** Computed, nothing kept: what the benchmark times. */
    public List<Point> computeSeries(Strategy strategy, Goal goal, LocalDate asOf) {
        GoalMetric metric = strategies.metrics().get(goal.metric());
        LocalDate start = start(strategy, goal);
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
        List<Integer> values = metric.series(start, dates);
        List<Point> points = new ArrayList<>(dates.size());
        for (int i = 0; i < dates.size(); i++) {
            points.add(new Point(dates.get(i), values.get(i)));
        }
        return points;
    }
}
