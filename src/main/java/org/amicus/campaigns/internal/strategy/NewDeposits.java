package org.amicus.campaigns.internal.strategy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.amicus.campaigns.GoalMetric;
import org.amicus.states.StatesDirectory;
import org.amicus.states.StatesDirectory.Deposit;

/** Instruments of ratification or accession deposited in the window, a state counted once; a series from one reading. */
class NewDeposits implements GoalMetric {

    private final StatesDirectory states;

    NewDeposits(StatesDirectory states) {
        this.states = states;
    }

    @Override
    public String key() {
        return "new-deposits";
    }

    @Override
    public Measure measure() {
        return Measure.COUNT_IN_WINDOW;
    }

    @Override
    public SortedSet<String> counted(LocalDate from, LocalDate to) {
        SortedSet<String> iso3 = new TreeSet<>();
        states.deposits(from, to).forEach(d -> iso3.add(d.iso3()));
        return iso3;
    }

    @Override
    public List<Integer> series(LocalDate from, List<LocalDate> dates) {
        List<Integer> values = new ArrayList<>(dates.size());
        if (dates.isEmpty()) {
            return values;
        }
        List<Deposit> deposits = states.deposits(from, dates.get(dates.size() - 1));
        Set<String> seen = new HashSet<>();
        int next = 0;
        for (LocalDate date : dates) {
            while (next < deposits.size() && !deposits.get(next).deposited().isAfter(date)) {
                seen.add(deposits.get(next++).iso3());
            }
            values.add(seen.size());
        }
        return values;
    }
}
