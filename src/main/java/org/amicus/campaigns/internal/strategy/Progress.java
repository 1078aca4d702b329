package org.amicus.campaigns.internal.strategy;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;

import org.amicus.campaigns.GoalMetric;

/**
 * A goal read against the record on {@code asOf}: the value then and what it counts, what it
 * counted at the deadline once that has passed, and the verdict. The series a chart draws is asked
 * separately ({@link Evaluator#series}), since a page of verdicts does not need it.
 */
public record Progress(Goal goal, GoalMetric.Measure measure, LocalDate asOf, int value, SortedSet<String> counted,
        SortedSet<String> countedAtDeadline, Status status) {

    public enum Status {
        /** The deadline has not come and the target is reached. */
        MET,
        /** Above the top of the range or exact number. */
        EXCEEDED,
        /** Not reached yet, but at or above the straight line from the start to the target. */
        ON_TRACK,
        /** Not reached yet and below that line. */
        BEHIND,
        /** The deadline has passed without the target reached. */
        MISSED,
        /** Asked for a date before the goal's window opens. */
        NOT_STARTED
    }

    /** One point of a goal's series. */
    public record Point(LocalDate date, int value) {
    }

    public boolean deadlinePassed() {
        return countedAtDeadline != null;
    }

    /** The value the verdict rests on once the deadline has passed, otherwise null. */
    public Integer valueAtDeadline() {
        return countedAtDeadline == null ? null : countedAtDeadline.size();
    }
}
