package org.amicus.cooperation;

import java.time.LocalDate;
import java.util.List;

/** A state's cooperation with the Court on a date, as a country page shows it: all of it public record. */
public interface StateCooperation {

    /** A finding of the Court that the state failed to comply with a request to cooperate. */
    record FindingNote(String caseNumber, LocalDate decided, boolean referredToAsp, boolean referredToCouncil, String source) {
    }

    /** A warrant outstanding in a situation concerning the state. */
    record OutstandingWarrant(long id, String suspect, String situationCode, LocalDate issued) {
    }

    record Standing(String iso3, List<FindingNote> findings, int missedArrests, int recommendationsNotMet,
            int recommendationsPartly, List<OutstandingWarrant> outstandingWarrants) {
    }

    Standing standing(String iso3, LocalDate asOf);
}
