package org.amicus.cooperation.internal.record;

import java.time.Instant;
import java.time.LocalDate;

/** A reported visit by a person the Court seeks to a state (departed may be unknown). */
public record Travel(long id, long warrantId, String iso3, LocalDate arrived, LocalDate departed, String source,
        String note, Instant recordedAt, String recordedBy) {
}
