package org.amicus.campaigns;

import java.time.LocalDate;
import java.util.SortedSet;

/**
 * A quantity a strategy's goal can aim at, computed from the record. Each kind is a bean with a
 * stable key (its label is the message {@code strategy.metric.<key>}); a module adds a metric by
 * declaring one, and goals name it by key without any change to the strategy code.
 */
public interface GoalMetric {

    /** How the metric reads the record. */
    enum Measure {
        /** Things that happened within a window: from the goal's window start to the date asked. */
        COUNT_IN_WINDOW,
        /** A level on a date: the window start is not used. */
        LEVEL_ON_DATE
    }

    /** The stable name goals store, e.g. {@code new-deposits}. */
    String key();

    Measure measure();

    /**
     * What the metric counts, by identifier (ISO 3166-1 alpha-3 codes for states), so a reader can
     * check every unit of the number. {@code from} is the window start, ignored for a level.
     */
    SortedSet<String> counted(LocalDate from, LocalDate to);

    default int value(LocalDate from, LocalDate to) {
        return counted(from, to).size();
    }
}
