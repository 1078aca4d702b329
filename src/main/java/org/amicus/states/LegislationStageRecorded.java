package org.amicus.states;

import java.time.LocalDate;

/**
 * Published when a stage of a state's implementing legislation is recorded, corrected or voided,
 * so that other modules (alerts to followers, mail, the portal) can react after the change has
 * committed.
 *
 * @param iso3      the state's ISO 3166-1 alpha-3 code
 * @param component "COOPERATION" (with the Court) or "CRIMES" (domestic crimes and jurisdiction)
 * @param stage     "NO_ACTION", "GOVERNMENT_COMMITTED", "DRAFT_IN_EXECUTIVE", "DRAFT_BEFORE_PARLIAMENT" or "ENACTED"
 * @param date      the date the stage was reached
 * @param action    "created", "corrected" or "voided"
 */
public record LegislationStageRecorded(String iso3, String component, String stage, LocalDate date, String action) {
}
