package org.amicus.states.internal.legislation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rule book of a state's legislation record, replayed in date order per component: a process
 * moves forward; it may go back (a draft withdrawn after an election, a law struck down) only with
 * a stated reason.
 */
public final class StageRules {

    public static final Comparator<StageEntry> CHRONOLOGICAL = Comparator.comparing(StageEntry::date)
        .thenComparing(StageEntry::id);

    /** An entry that breaks a rule, with the message code that says which. */
    public record Violation(StageEntry entry, Stage previous, String code) {
    }

    private StageRules() {
    }

    /** Every rule broken by one state's current entries (voided ones removed), all components. */
    public static List<Violation> violations(List<StageEntry> entries) {
        List<Violation> found = new ArrayList<>();
        for (List<StageEntry> sequence : byComponent(entries).values()) {
            Stage previous = Stage.NO_ACTION;
            for (StageEntry e : sequence) {
                if (e.stage().before(previous) && (e.reason() == null || e.reason().isBlank())) {
                    found.add(new Violation(e, previous, "legislation.backwardsWithoutReason"));
                }
                previous = e.stage();
            }
        }
        return found;
    }

    /** Entries per component, each list in date order. */
    public static Map<Component, List<StageEntry>> byComponent(List<StageEntry> entries) {
        return entries.stream().sorted(CHRONOLOGICAL)
            .collect(Collectors.groupingBy(StageEntry::component, () -> new java.util.EnumMap<>(Component.class),
                    Collectors.toList()));
    }
}
