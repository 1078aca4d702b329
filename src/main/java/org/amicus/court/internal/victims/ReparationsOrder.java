package org.amicus.court.internal.victims;

import java.time.LocalDate;

/**
 * A Trial Chamber's order for reparations under article 75 of the Statute: the case, the date, the
 * amount the convicted person is liable for (in the order's currency), whether the awards are
 * individual, collective or both, how many victims, and what the Trust Fund for Victims is asked to do.
 */
public record ReparationsOrder(long id, String caseNumber, LocalDate orderDate, String chamber, Kind kind, Long amount, String currency,
        Integer beneficiaries, String tfvRole, String summary, String source) {

    public enum Kind {
        INDIVIDUAL, COLLECTIVE, INDIVIDUAL_AND_COLLECTIVE
    }
}
