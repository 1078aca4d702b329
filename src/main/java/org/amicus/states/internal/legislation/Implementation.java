package org.amicus.states.internal.legislation;

import java.time.LocalDate;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiPredicate;

import org.amicus.states.ImplementationRecord;
import org.amicus.states.internal.record.Tracker;
import org.amicus.states.internal.watch.WatchEntry;
import org.amicus.states.internal.watch.WatchList;
import org.springframework.stereotype.Service;

/** {@link ImplementationRecord} computed by replaying the legislation record as known now. */
@Service
class Implementation implements ImplementationRecord {

    private final Legislation legislation;
    private final WatchList watchList;

    Implementation(Legislation legislation, WatchList watchList) {
        this.legislation = legislation;
        this.watchList = watchList;
    }

    @Override
    public SortedSet<String> advancedBetween(LocalDate from, LocalDate to) {
        return statesWith(from, to, (previous, entry) -> previous.before(entry.stage()));
    }

    @Override
    public SortedSet<String> enactedBetween(LocalDate from, LocalDate to) {
        return statesWith(from, to, (previous, entry) -> entry.stage() == Stage.ENACTED && previous != Stage.ENACTED);
    }

    @Override
    public SortedSet<String> watchedOn(LocalDate date) {
        TreeSet<String> states = new TreeSet<>();
        watchList.on(date).stream().map(WatchEntry::iso3).forEach(states::add);
        return states;
    }

    /** States with an entry in the window that moved a component as {@code moved} says, from the stage before it. */
    private SortedSet<String> statesWith(LocalDate from, LocalDate to, BiPredicate<Stage, StageEntry> moved) {
        TreeSet<String> states = new TreeSet<>();
        for (String iso3 : legislation.states()) {
            for (var sequence : StageRules.byComponent(legislation.entries(iso3, Tracker.NOW)).values()) {
                Stage previous = Stage.NO_ACTION;
                for (StageEntry e : sequence) {
                    if (!e.date().isBefore(from) && !e.date().isAfter(to) && moved.test(previous, e)) {
                        states.add(iso3);
                    }
                    previous = e.stage();
                }
            }
        }
        return states;
    }
}
