package org.amicus.states;

import java.time.LocalDate;
import java.util.SortedSet;

/**
 * The national implementation of the Rome Statute as the coalition records it: for each state, the
 * stage its implementing legislation has reached for each component (cooperation with the Court;
 * domestic crimes and jurisdiction), and the watch list of states it monitors. Every answer is the
 * record "as known now" (the newest entries, corrections applied), read on the dates asked, and
 * names states by ISO 3166-1 alpha-3 code. Windows include both ends.
 */
public interface ImplementationRecord {

    /**
     * States whose process moved to a later stage, for any component, on a date within the window:
     * a concrete advance (committed to drafting, draft in the executive, before parliament, enacted).
     */
    SortedSet<String> advancedBetween(LocalDate from, LocalDate to);

    /** States that enacted implementing legislation (for any component) on a date within the window. */
    SortedSet<String> enactedBetween(LocalDate from, LocalDate to);

    /** States on the coalition's watch list on that date. */
    SortedSet<String> watchedOn(LocalDate date);
}
