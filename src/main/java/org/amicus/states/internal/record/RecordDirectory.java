package org.amicus.states.internal.record;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.amicus.platform.Language;
import org.amicus.platform.RecordVersion;
import org.amicus.states.StatesDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The states directory other modules read, answered by the tracker's cached replay. */
@Service
class RecordDirectory implements StatesDirectory {

    private final Tracker tracker;
    private final JdbcClient jdbc;
    private final RecordVersion version;
    private volatile Map.Entry<Long, List<StateFacts>> facts;

    RecordDirectory(Tracker tracker, JdbcClient jdbc, RecordVersion version) {
        this.tracker = tracker;
        this.jdbc = jdbc;
        this.version = version;
    }

    /**
     * The states' names and groups straight from their table: inside a writing transaction the
     * tracker reloads its whole record on every call, which a module checking many rows cannot afford.
     */
    @Override
    public List<StateFacts> states() {
        long v = version.current();
        var cached = facts;
        if (cached != null && cached.getKey() == v) {
            return cached.getValue();
        }
        List<StateFacts> read = jdbc.sql("select * from state order by iso3").query((rs, row) -> {
            Map<Language, String> names = new EnumMap<>(Language.class);
            for (Language l : Language.values()) {
                names.put(l, rs.getString("name_" + l.code()));
            }
            return new StateFacts(rs.getString("iso3").trim(), rs.getString("un_regional_group"), names);
        }).list();
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            facts = Map.entry(v, read);
        }
        return read;
    }

    @Override
    public List<MonthlyTarget> campaignTargets() {
        return jdbc.sql("select target_month, iso3, note, recorded_by from ratification_campaign_target where superseded_at is null "
                + "order by target_month").query((rs, n) -> new MonthlyTarget(java.time.YearMonth.from(rs.getObject("target_month", LocalDate.class)),
                        rs.getString("iso3").trim(), rs.getString("note"), rs.getString("recorded_by"))).list();
    }

    @Override
    public Optional<StateFacts> state(String iso3) {
        String wanted = iso3 == null ? "" : iso3.trim().toUpperCase(Locale.ROOT);
        return states().stream().filter(s -> s.iso3().equals(wanted)).findFirst();
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
}
