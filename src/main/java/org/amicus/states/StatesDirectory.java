package org.amicus.states;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.amicus.platform.Language;

/**
 * What other modules may ask the treaty record: the states with their names and UN regional group,
 * who was a State Party on a date, and the instruments deposited in a period. Answers come from the
 * record as it stands now (the current entries, replayed to the date asked).
 */
public interface StatesDirectory {

    /** A state's names in the five languages and its UN regional group (as the API spells it). */
    record StateFacts(String iso3, String unRegionalGroup, Map<Language, String> names) {

        public String name(Language language) {
            return names.getOrDefault(language, names.get(Language.EN));
        }
    }

    /** An instrument of ratification or accession deposited, with the date the Statute entered into force for it. */
    record Deposit(String iso3, LocalDate deposited, String instrumentType, LocalDate entryIntoForce, String source) {
    }

    /** The state the Universal Ratification Campaign targets in a month, with who chose it (a staff username). */
    record MonthlyTarget(java.time.YearMonth month, String iso3, String note, String chosenBy) {
    }

    List<StateFacts> states();

    /** The current campaign target of each month that has one, in month order. */
    List<MonthlyTarget> campaignTargets();

    Optional<StateFacts> state(String iso3);

    /** Instrument deposited and no withdrawal effective on {@code date}. */
    boolean isStateParty(String iso3, LocalDate date);

    /** The ISO codes of the States Parties on {@code date}. */
    Set<String> statesParties(LocalDate date);

    default int statesPartiesCount(LocalDate date) {
        return statesParties(date).size();
    }

    /** The deposits dated within [from, to], in date order. */
    List<Deposit> deposits(LocalDate from, LocalDate to);
}
