package org.amicus.states;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * A state's treaty record as a country page shows it: its status, the dated and sourced events,
 * and the stage of each component of its implementing legislation, all as known now. Enum values
 * are given by name (the message keys status.NAME, eventType.NAME, instrument.NAME, component.NAME
 * and stage.NAME translate them).
 */
public interface CountryRecord {

    /** One treaty event on the timeline. */
    record TreatyEntry(LocalDate date, String type, String instrumentType, LocalDate effectiveDate, String source, String note) {
    }

    /** Where a component of the implementing legislation stands, and the law once enacted. */
    record LegislationStage(String component, String stage, LocalDate since, String lawTitle, String source) {
    }

    record Country(String iso3, String status, LocalDate signed, LocalDate deposited, LocalDate entryIntoForce,
            LocalDate withdrawalEffective, List<TreatyEntry> timeline, List<LegislationStage> legislation,
            List<YearMonth> campaignMonths) {
    }

    Optional<Country> country(String iso3, LocalDate asOf);

    /** The state the Universal Ratification Campaign targets in that month, if one is chosen. */
    Optional<String> campaignTarget(YearMonth month);
}
