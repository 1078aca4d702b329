package org.amicus.states.internal.legislation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.amicus.platform.RecordVersion;
import org.amicus.platform.VersionedView;
import org.springframework.stereotype.Service;

/**
 * Reads the legislation record: every entry ever made is kept in memory (a few hundred rows),
 * reloaded when the record version moves, and each question ("on date D, as known at K") is
 * answered by replaying a state's entries.
 */
@Service
public class Legislation {

    /** What one component had reached on a date: the stage and the entry that says so (null for none). */
    public record Standing(Component component, Stage stage, StageEntry entry) {
    }

    private record Snapshot(long version, Map<String, List<StageEntry>> byState) {
    }

    private final VersionedView<Snapshot> current;

    Legislation(LegislationRecords records, RecordVersion version) {
        this.current = new VersionedView<>(version,
                v -> new Snapshot(v, records.all().stream().collect(Collectors.groupingBy(StageEntry::iso3))));
    }

    private Snapshot snapshot() {
        return current.get();
    }

    /** Every entry ever recorded for a state, superseded and voided ones included, in recording order. */
    public List<StageEntry> allEntries(String iso3) {
        return snapshot().byState().getOrDefault(iso3, List.of());
    }

    /** The states that have any entry. */
    public List<String> states() {
        return snapshot().byState().keySet().stream().sorted().toList();
    }

    /** Every entry ever recorded, by state. */
    Map<String, List<StageEntry>> allEntriesByState() {
        return snapshot().byState();
    }

    /** The entries the record held at {@code knownAt}, voids removed, in date order. */
    public List<StageEntry> entries(String iso3, Instant knownAt) {
        return current(allEntries(iso3), knownAt);
    }

    static List<StageEntry> current(List<StageEntry> all, Instant knownAt) {
        return all.stream().filter(e -> e.knownAt(knownAt) && !e.voided()).sorted(StageRules.CHRONOLOGICAL).toList();
    }

    /** Each component's stage on {@code asOf}, as known at {@code knownAt}. */
    public Map<Component, Standing> standing(String iso3, LocalDate asOf, Instant knownAt) {
        Map<Component, Standing> standing = new EnumMap<>(Component.class);
        for (Component c : Component.values()) {
            standing.put(c, new Standing(c, Stage.NO_ACTION, null));
        }
        for (StageEntry e : entries(iso3, knownAt)) {
            if (!e.date().isAfter(asOf)) {
                standing.put(e.component(), new Standing(e.component(), e.stage(), e));
            }
        }
        return standing;
    }
}
