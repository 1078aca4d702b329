package org.amicus.campaigns.internal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;

import org.amicus.campaigns.internal.strategy.Goal;
import org.amicus.campaigns.internal.strategy.Progress;
import org.amicus.campaigns.internal.strategy.Strategy;

/** The shapes of the strategy API. */
final class Json {

    private Json() {
    }

    record StrategySummary(long id, String title, LocalDate periodStart, LocalDate periodEnd, LocalDate aimsUntil, int goals) {

        static StrategySummary of(Strategy s) {
            return new StrategySummary(s.id(), s.title(), s.periodStart(), s.periodEnd(), s.aimsUntil(), s.goals().size());
        }
    }

    record StrategyJson(long id, String title, LocalDate periodStart, LocalDate periodEnd, LocalDate aimsUntil,
            List<String> areas, String source, LocalDate asOf, List<GoalJson> goals) {

        static StrategyJson of(Strategy s, LocalDate asOf, List<Progress> progress) {
            return new StrategyJson(s.id(), s.title(), s.periodStart(), s.periodEnd(), s.aimsUntil(), s.areas(), s.source(),
                    asOf, progress.stream().map(GoalJson::of).toList());
        }
    }

    record TargetJson(String kind, int min, Integer max) {
    }

    /**
     * A goal with its progress on asOf; {@code counted} names what the value counts (ISO codes for states),
     * {@code countedAtDeadline} what the verdict rests on once the deadline has passed.
     */
    record GoalJson(long id, String area, String metric, String measure, LocalDate windowStart, TargetJson target,
            LocalDate deadline, String wording, String source, LocalDate asOf, int value, Integer valueAtDeadline,
            String status, SortedSet<String> counted, SortedSet<String> countedAtDeadline) {

        static GoalJson of(Progress p) {
            Goal g = p.goal();
            return new GoalJson(g.id(), g.area(), g.metric(), p.measure().name(), g.windowStart(),
                    new TargetJson(g.target().kind().name(), g.target().min(), g.target().max()), g.deadline(), g.wording(),
                    g.source(), p.asOf(), p.value(), p.valueAtDeadline(), p.status().name(), p.counted(),
                    p.countedAtDeadline());
        }
    }

    record SeriesJson(long strategy, long goal, String metric, TargetJson target, LocalDate windowStart, LocalDate deadline,
            LocalDate asOf, List<Progress.Point> points) {

        static SeriesJson of(Progress p, List<Progress.Point> points) {
            Goal g = p.goal();
            return new SeriesJson(g.strategyId(), g.id(), g.metric(),
                    new TargetJson(g.target().kind().name(), g.target().min(), g.target().max()), g.windowStart(), g.deadline(),
                    p.asOf(), points);
        }
    }

    record MetricJson(String key, String measure) {
    }
}
