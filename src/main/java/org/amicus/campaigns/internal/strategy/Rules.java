package org.amicus.campaigns.internal.strategy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.amicus.campaigns.GoalMetric;
import org.amicus.campaigns.internal.strategy.Drafts.GoalDraft;
import org.amicus.campaigns.internal.strategy.Drafts.StrategyDraft;

/** The one rule book for strategies and goals: forms, the API and the shipped plan all pass here. */
final class Rules {

    private Rules() {
    }

    static Strategy strategy(long id, StrategyDraft d, List<Goal> goals) {
        Checks checks = new Checks();
        String title = checks.required("title", d.title(), 300);
        LocalDate start = checks.date("periodStart", d.periodStart(), true);
        LocalDate end = checks.date("periodEnd", d.periodEnd(), true);
        LocalDate aims = checks.date("aimsUntil", d.aimsUntil(), false);
        String source = checks.required("source", d.source(), 1000);
        List<String> areas = d.areas() == null ? List.of()
                : Arrays.stream(d.areas().split("\\R")).map(String::trim).filter(a -> !a.isEmpty()).distinct().toList();
        areas.forEach(a -> checks.optional("areas", a, 300));
        if (start != null && end != null && end.isBefore(start)) {
            checks.fail("periodEnd", "strategy.endBeforeStart");
        }
        if (end != null && aims != null && !aims.isAfter(end)) {
            checks.fail("aimsUntil", "strategy.aimsBeforeEnd");
        }
        checks.orThrow();
        Strategy strategy = new Strategy(id, title, start, end, aims, areas, source, goals);
        for (Goal g : goals) {
            if (g.deadline().isBefore(start) || g.deadline().isAfter(strategy.horizon())) {
                checks.fail("periodEnd", "strategy.goalOutside", g.deadline());
            }
            if (g.area() != null && !areas.contains(g.area())) {
                checks.fail("areas", "strategy.areaInUse", g.area());
            }
        }
        checks.orThrow();
        return strategy;
    }

    static Goal goal(Strategy strategy, long id, int position, GoalDraft d, Map<String, GoalMetric> metrics) {
        Checks checks = new Checks();
        String area = checks.optional("area", d.area(), 300);
        if (area != null && !strategy.areas().contains(area)) {
            checks.fail("area", "strategy.unknownArea", area);
        }
        String key = checks.required("metric", d.metric(), 80);
        GoalMetric metric = key == null ? null : metrics.get(key);
        if (key != null && metric == null) {
            checks.fail("metric", "strategy.unknownMetric", key);
        }
        LocalDate deadline = checks.date("deadline", d.deadline(), true);
        if (deadline != null && (deadline.isBefore(strategy.periodStart()) || deadline.isAfter(strategy.horizon()))) {
            checks.fail("deadline", "strategy.deadlineOutside", strategy.periodStart(), strategy.horizon());
        }
        boolean window = metric != null && metric.measure() == GoalMetric.Measure.COUNT_IN_WINDOW;
        LocalDate windowStart = checks.date("windowStart", d.windowStart(), window);
        if (windowStart != null && window && (windowStart.isBefore(strategy.periodStart())
                || deadline != null && windowStart.isAfter(deadline))) {
            checks.fail("windowStart", "strategy.windowOutside", strategy.periodStart());
        }
        Target target = target(d, checks);
        String wording = checks.optional("wording", d.wording(), 1000);
        String source = checks.required("source", d.source(), 1000);
        checks.orThrow();
        return new Goal(id, strategy.id(), position, area, key, window ? windowStart : null, target, deadline, wording, source);
    }

    private static Target target(GoalDraft d, Checks checks) {
        Target.Kind kind = checks.choice("targetKind", d.targetKind(), Target.Kind.class);
        Integer min = checks.count("targetMin", d.targetMin(), true);
        Integer max = checks.count("targetMax", d.targetMax(), kind == Target.Kind.RANGE);
        if (kind == Target.Kind.RANGE && min != null && max != null && min > max) {
            checks.fail("targetMax", "strategy.rangeInverted", min, max);
        }
        return kind == null || min == null ? null : new Target(kind, min, kind == Target.Kind.RANGE ? max : null);
    }
}
