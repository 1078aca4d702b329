package org.amicus.states.internal.record;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.amicus.states.StatesDirectory;
import org.springframework.stereotype.Service;

/** The states directory other modules read, answered by the tracker's cached replay. */
@Service
class RecordDirectory implements StatesDirectory {

    private final Tracker tracker;

    RecordDirectory(Tracker tracker) {
        this.tracker = tracker;
    }

    @Override
    public List<StateFacts> states() {
        return tracker.record().states().stream().map(RecordDirectory::facts).toList();
    }

    @Override
    public Optional<StateFacts> state(String iso3) {
        return tracker.record().state(iso3).map(RecordDirectory::facts);
    }

    @Override
    public boolean isStateParty(String iso3, LocalDate date) {
        TreatyRecord record = tracker.record();
        return record.state(iso3).map(s -> record.standing(s, date, Tracker.NOW).status().isStateParty()).orElse(false);
    }

    @Override
    public Set<String> statesParties(LocalDate date) {
        return tracker.standings(date, Tracker.NOW).stream().filter(s -> s.status().isStateParty())
            .map(s -> s.state().iso3()).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public List<Deposit> deposits(LocalDate from, LocalDate to) {
        TreatyRecord record = tracker.record();
        return record.states().stream()
            .flatMap(s -> record.events(s.iso3(), Tracker.NOW).stream())
            .filter(e -> e.type() == TreatyEventType.DEPOSIT && !e.date().isBefore(from) && !e.date().isAfter(to))
            .map(e -> new Deposit(e.iso3(), e.date(), e.instrumentType() == null ? null : e.instrumentType().name(),
                    e.effectiveDate() != null ? e.effectiveDate() : RomeStatute.entryIntoForce(e.date()), e.source()))
            .sorted(Comparator.comparing(Deposit::deposited).thenComparing(Deposit::iso3))
            .toList();
    }

    private static StateFacts facts(State s) {
        return new StateFacts(s.iso3(), s.group().name(), s.names());
    }
}
