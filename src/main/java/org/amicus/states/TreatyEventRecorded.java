package org.amicus.states;

import java.time.LocalDate;

/**
 * Published when a treaty event is added, corrected or voided, so that other modules (alerts to
 * followers, the portal) can react after the change has committed.
 *
 * @param iso3   the state's ISO 3166-1 alpha-3 code
 * @param type   the event's type, as in the API ("DEPOSIT", "WITHDRAWAL_NOTIFIED", ...)
 * @param date   the date of the event
 * @param action "created", "corrected" or "voided"
 */
public record TreatyEventRecorded(String iso3, String type, LocalDate date, String action) {
}
