package org.amicus.states.internal.legislation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.amicus.platform.RecordVersion;
import org.amicus.platform.VersionedView;
import org.amicus.states.ImplementationRecord;
import org.amicus.states.internal.record.Tracker;
import org.amicus.states.internal.watch.WatchEntry;
import org.amicus.states.internal.watch.WatchList;
import org.springframework.stereotype.Service;

/**
 * {@link ImplementationRecord} from the legislation record as known now. Every move of a component
 * from one stage to another is listed once per record version, so a goal's series of windows and
 * dates reads a short list instead of replaying every state again for each point.
 */
@Service
class Implementation implements ImplementationRecord {

    /** A component of a state's process moved on a date: forward, and perhaps to enactment. */
    private record Move(String iso3, LocalDate date, boolean advanced, boolean enacted) {
    }

    private record Moves(List<Move> moves, List<WatchEntry> watched) {
    }

    private final VersionedView<Moves> current;

    Implementation(Legislation legislation, WatchList watchList, RecordVersion version) {
        this.current = new VersionedView<>(version, v -> new Moves(moves(legislation), watchList.current()));
    }

    private static List<Move> moves(Legislation legislation) {
        List<Move> moves = new ArrayList<>();
        for (String iso3 : legislation.states()) {
            for (var sequence : StageRules.byComponent(legislation.entries(iso3, Tracker.NOW)).values()) {
                Stage previous = Stage.NO_ACTION;
                for (StageEntry e : sequence) {
                    moves.add(new Move(iso3, e.date(), previous.before(e.stage()),
                            e.stage() == Stage.ENACTED && previous != Stage.ENACTED));
                    previous = e.stage();
                }
            }
        }
        return moves;
    }

    @Override
    public SortedSet<String> advancedBetween(LocalDate from, LocalDate to) {
        return statesWith(from, to, Move::advanced);
    }

    @Override
    public SortedSet<String> enactedBetween(LocalDate from, LocalDate to) {
        return statesWith(from, to, Move::enacted);
    }

    @Override
    public SortedSet<String> watchedOn(LocalDate date) {
        TreeSet<String> states = new TreeSet<>();
        current.get().watched().stream().filter(e -> e.watchedOn(date)).map(WatchEntry::iso3).forEach(states::add);
        return states;
    }

    private SortedSet<String> statesWith(LocalDate from, LocalDate to, Predicate<Move> kind) {
        TreeSet<String> states = new TreeSet<>();
        for (Move m : current.get().moves()) {
            if (!m.date().isBefore(from) && !m.date().isAfter(to) && kind.test(m)) {
                states.add(m.iso3());
            }
        }
        return states;
    }
}
