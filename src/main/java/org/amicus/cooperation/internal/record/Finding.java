package org.amicus.cooperation.internal.record;

import java.time.Instant;
import java.time.LocalDate;

/** A finding of the Court that a state failed to comply with a request to cooperate, and where it was referred. */
public record Finding(long id, String caseNumber, String iso3, LocalDate decided, boolean referredToAsp,
        boolean referredToCouncil, String document, String source, String note, Instant recordedAt, String recordedBy) {
}
