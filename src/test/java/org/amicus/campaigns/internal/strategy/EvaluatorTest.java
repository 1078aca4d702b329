package org.amicus.campaigns.internal.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.amicus.campaigns.GoalMetric;
import org.amicus.platform.RecordVersion;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** The verdicts on a goal, with a metric that counts one state per month from January 2020. */
class EvaluatorTest {

    static final LocalDate START = LocalDate.of(2020, 1, 1);

    /** A state counted on the first of each month from January 2020: 12 by the end of 2020. */
    static final GoalMetric MONTHLY = new GoalMetric() {
        @Override
        public String key() {
            return "monthly";
        }

        @Override
        public Measure measure() {
            return Measure.COUNT_IN_WINDOW;
        }

        @Override
        public SortedSet<String> counted(LocalDate from, LocalDate to) {
            SortedSet<String> months = new TreeSet<>();
            for (LocalDate d = START; !d.isAfter(to); d = d.plusMonths(1)) {
                if (!d.isBefore(from)) {
                    months.add(d.toString());
                }
            }
            return months;
        }
    };

    final Evaluator evaluator = new Evaluator(strategies(), Mockito.mock(RecordVersion.class));

    static Strategies strategies() {
        Strategies strategies = Mockito.mock(Strategies.class);
        Mockito.when(strategies.metrics()).thenReturn(java.util.Map.of("monthly", MONTHLY));
        return strategies;
    }

    Progress.Status verdict(Target target, LocalDate asOf) {
        Goal goal = new Goal(1, 1, 1, null, "monthly", START, target, LocalDate.of(2020, 12, 31), null, "test");
        Strategy strategy = new Strategy(1, "t", START, LocalDate.of(2020, 12, 31), null, List.of(), "test", List.of(goal));
        return evaluator.compute(strategy, asOf).get(0).status();
    }

    @Test
    void aRangeIsMetWithinItsEndsAndExceededAbove() {
        LocalDate after = LocalDate.of(2021, 6, 1);
        assertThat(verdict(new Target(Target.Kind.RANGE, 7, 12), after)).isEqualTo(Progress.Status.MET);
        assertThat(verdict(new Target(Target.Kind.RANGE, 12, 15), after)).isEqualTo(Progress.Status.MET);
        assertThat(verdict(new Target(Target.Kind.RANGE, 7, 10), after)).isEqualTo(Progress.Status.EXCEEDED);
        assertThat(verdict(new Target(Target.Kind.RANGE, 13, 20), after)).isEqualTo(Progress.Status.MISSED);
    }

    @Test
    void anExactTargetAndAMinimum() {
        LocalDate after = LocalDate.of(2021, 6, 1);
        assertThat(verdict(new Target(Target.Kind.EXACT, 12, null), after)).isEqualTo(Progress.Status.MET);
        assertThat(verdict(new Target(Target.Kind.EXACT, 13, null), after)).isEqualTo(Progress.Status.MISSED);
        assertThat(verdict(new Target(Target.Kind.MINIMUM, 12, null), after)).isEqualTo(Progress.Status.MET);
    }

    @Test
    void beforeTheDeadlineAGoalIsOnTrackOrBehindTheStraightLine() {
        // 30 June 2020: 6 counted, half the year gone; the line to 10 stands at about 5, the line to 20 at about 10.
        LocalDate midYear = LocalDate.of(2020, 6, 30);
        assertThat(verdict(new Target(Target.Kind.MINIMUM, 10, null), midYear)).isEqualTo(Progress.Status.ON_TRACK);
        assertThat(verdict(new Target(Target.Kind.MINIMUM, 20, null), midYear)).isEqualTo(Progress.Status.BEHIND);
        assertThat(verdict(new Target(Target.Kind.MINIMUM, 5, null), midYear)).isEqualTo(Progress.Status.MET);
        assertThat(verdict(new Target(Target.Kind.MINIMUM, 5, null), LocalDate.of(2019, 6, 30))).isEqualTo(Progress.Status.NOT_STARTED);
    }

    @Test
    void theSeriesHasTheWindowStartEachMonthEndAndTheDateAsked() {
        Goal goal = new Goal(1, 1, 1, null, "monthly", START, new Target(Target.Kind.MINIMUM, 1, null), LocalDate.of(2020, 12, 31), null, "t");
        Strategy strategy = new Strategy(1, "t", START, LocalDate.of(2020, 12, 31), null, List.of(), "t", List.of(goal));
        var series = evaluator.computeSeries(strategy, goal, LocalDate.of(2020, 3, 15));
        assertThat(series).extracting(Progress.Point::date).containsExactly(START, LocalDate.of(2020, 1, 31),
                LocalDate.of(2020, 2, 29), LocalDate.of(2020, 3, 15));
        assertThat(series).extracting(Progress.Point::value).containsExactly(1, 1, 2, 3);
    }
}
