package org.amicus.campaigns.internal.strategy;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;

import org.amicus.campaigns.GoalMetric;

/**
 * A goal read against the record on {@code asOf}: the value then and what it counts, what it
 * counted at the deadline once that has passed, the verdict and the series a chart draws (month ends from the
 * window start, then {@code asOf}).
 */
public record Progress(Goal goal, GoalMetric.Measure measure, LocalDate asOf, int value, SortedSet<String> counted,
        SortedSet<String> countedAtDeadline, Status status, List<Point> series) {

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
