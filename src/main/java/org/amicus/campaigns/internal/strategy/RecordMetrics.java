package org.amicus.campaigns.internal.strategy;

import java.time.LocalDate;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiFunction;

import org.amicus.campaigns.GoalMetric;
import org.amicus.campaigns.GoalMetric.Measure;
import org.amicus.states.ImplementationRecord;
import org.amicus.states.StatesDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The metrics the treaty and implementation records answer today; members, lists and readers come with their modules. */
@Configuration(proxyBeanMethods = false)
class RecordMetrics {

    /** Instruments of ratification or accession deposited in the window (a state counted once). */
    @Bean
    GoalMetric newDeposits(StatesDirectory states) {
        return new NewDeposits(states);
    }

    @Bean
    GoalMetric statesParties(StatesDirectory states) {
        return metric("states-parties", Measure.LEVEL_ON_DATE, (from, to) -> new TreeSet<>(states.statesParties(to)));
    }

    /** States whose implementing legislation reached a later stage in the window. */
    @Bean
    GoalMetric legislationAdvanced(ImplementationRecord implementation) {
        return metric("legislation-advanced", Measure.COUNT_IN_WINDOW, implementation::advancedBetween);
    }

    @Bean
    GoalMetric legislationEnacted(ImplementationRecord implementation) {
        return metric("legislation-enacted", Measure.COUNT_IN_WINDOW, implementation::enactedBetween);
    }

    /** States on the coalition's watch list on the date. */
    @Bean
    GoalMetric statesMonitored(ImplementationRecord implementation) {
        return metric("states-monitored", Measure.LEVEL_ON_DATE, (from, to) -> implementation.watchedOn(to));
    }

    private static GoalMetric metric(String key, Measure measure, BiFunction<LocalDate, LocalDate, SortedSet<String>> counted) {
        return new GoalMetric() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public Measure measure() {
                return measure;
            }

            @Override
            public SortedSet<String> counted(LocalDate from, LocalDate to) {
                return counted.apply(from, to);
            }
        };
    }
}
