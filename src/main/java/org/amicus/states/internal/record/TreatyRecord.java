package org.amicus.states.internal.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The whole treaty record in memory at one {@link org.amicus.platform.RecordVersion}: every state,
 * every entry ever recorded (superseded ones too) and the category assignments. A few hundred
 * rows, so every question ("as of D, as known at K") is answered by replaying them.
 */
public final class TreatyRecord {

    private final long version;
    private final List<State> states;
    private final Map<String, State> byIso3;
    private final Map<String, List<TreatyEvent>> eventsByState;
    private final Map<String, List<CategoryAssignment>> categoriesByState;

    public TreatyRecord(long version, List<State> states, List<TreatyEvent> events, List<CategoryAssignment> categories) {
        this.version = version;
        this.states = List.copyOf(states);
        this.byIso3 = states.stream().collect(Collectors.toUnmodifiableMap(State::iso3, s -> s));
        this.eventsByState = events.stream().collect(Collectors.groupingBy(TreatyEvent::iso3));
        this.categoriesByState = categories.stream().collect(Collectors.groupingBy(CategoryAssignment::iso3));
    }

    public long version() {
        return version;
    }

    public List<State> states() {
        return states;
    }

    public Optional<State> state(String iso3) {
        return iso3 == null ? Optional.empty() : Optional.ofNullable(byIso3.get(iso3.trim().toUpperCase(java.util.Locale.ROOT)));
    }

    /** Every entry ever recorded for a state, superseded and voided ones included, in recording order. */
    public List<TreatyEvent> allEntries(String iso3) {
        return eventsByState.getOrDefault(iso3, List.of());
    }

    /** The entries the record held at {@code knownAt}, voids removed: the facts as then known. */
    public List<TreatyEvent> events(String iso3, Instant knownAt) {
        return allEntries(iso3).stream().filter(e -> e.knownAt(knownAt) && !e.voided())
            .sorted(StatuteStanding.CHRONOLOGICAL).toList();
    }

    public List<CategoryAssignment> categoryAssignments(String iso3) {
        return categoriesByState.getOrDefault(iso3, List.of());
    }

    public StateStanding standing(State state, LocalDate asOf, Instant knownAt) {
        List<TargetCategory> categories = categoryAssignments(state.iso3()).stream()
            .filter(c -> c.validOn(asOf) && !c.recordedAt().isAfter(knownAt))
            .map(CategoryAssignment::category).distinct().sorted().toList();
        return standingOf(state, events(state.iso3(), knownAt), asOf, categories);
    }

    private static StateStanding standingOf(State state, List<TreatyEvent> events, LocalDate asOf,
            List<TargetCategory> categories) {
        StatuteStanding standing = StatuteStanding.asOf(events, asOf);
        return new StateStanding(state, standing.status(asOf), standing, categories);
    }

    public List<StateStanding> standings(LocalDate asOf, Instant knownAt) {
        return states.stream().map(s -> standing(s, asOf, knownAt)).toList();
    }

    public Summary summary(LocalDate asOf, Instant knownAt) {
        return summaryOf(asOf, standings(asOf, knownAt));
    }

    private Summary summaryOf(LocalDate asOf, List<StateStanding> standings) {
        Map<UnRegionalGroup, Counts> byGroup = new EnumMap<>(UnRegionalGroup.class);
        for (UnRegionalGroup group : UnRegionalGroup.values()) {
            byGroup.put(group, Counts.of(standings.stream().filter(s -> s.state().group() == group).toList()));
        }
        int unMembers = (int) states.stream().filter(State::unMember).count();
        return new Summary(asOf, Counts.of(standings), unMembers, Collections.unmodifiableMap(byGroup));
    }

    /** The counts on every date on which one of them changed, as known at {@code knownAt}. */
    public List<Summary> timeline(Instant knownAt, LocalDate until) {
        // Each state's events are filtered and sorted once, not again for every date.
        Map<String, List<TreatyEvent>> known = states.stream()
            .collect(Collectors.toMap(State::iso3, s -> events(s.iso3(), knownAt)));
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (State state : states) {
            for (TreatyEvent e : known.get(state.iso3())) {
                dates.add(e.date());
                if (e.type() == TreatyEventType.DEPOSIT) {
                    dates.add(e.effectiveDate() != null ? e.effectiveDate() : RomeStatute.entryIntoForce(e.date()));
                }
                if (e.type() == TreatyEventType.WITHDRAWAL_NOTIFIED) {
                    dates.add(RomeStatute.withdrawalEffective(e.date(), e.effectiveDate()));
                }
            }
        }
        List<Summary> changes = new ArrayList<>();
        Counts previous = null;
        for (LocalDate date : dates.headSet(until, true)) {
            Summary summary = summaryOf(date, states.stream()
                .map(s -> standingOf(s, known.get(s.iso3()), date, List.of())).toList());
            if (!summary.counts().equals(previous)) {
                changes.add(summary);
                previous = summary.counts();
            }
        }
        return changes;
    }
}
