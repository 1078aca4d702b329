package org.amicus.campaigns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

    /**
     * The value on each of {@code dates} (ascending), for a chart. A count in a window only grows as
     * the window closes later, so between two dates with the same value every date has it: the
     * default asks the record only where the count changes. A level is read on every date. A metric
     * that can answer a whole series at once should override this.
     */
    default List<Integer> series(LocalDate from, List<LocalDate> dates) {
        List<Integer> values = new ArrayList<>(Collections.nCopies(dates.size(), 0));
        if (measure() == Measure.LEVEL_ON_DATE) {
            for (int i = 0; i < dates.size(); i++) {
                values.set(i, value(from, dates.get(i)));
            }
        } else if (!dates.isEmpty()) {
            int last = dates.size() - 1;
            values.set(0, value(from, dates.get(0)));
            values.set(last, value(from, dates.get(last)));
            fill(from, dates, values, 0, last);
        }
        return values;
    }

    private void fill(LocalDate from, List<LocalDate> dates, List<Integer> values, int low, int high) {
        if (high - low < 2) {
            return;
        }
        if (values.get(low).equals(values.get(high))) {
            for (int i = low + 1; i < high; i++) {
                values.set(i, values.get(low));
            }
            return;
        }
        int middle = (low + high) >>> 1;
        values.set(middle, value(from, dates.get(middle)));
        fill(from, dates, values, low, middle);
        fill(from, dates, values, middle, high);
    }
}
