package org.amicus.cooperation.internal.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An arrest warrant or summons as issued (caseNumber null where the Court has made none public); what happened next is in its {@link StatusChange}s. */
public record Warrant(long id, String situationCode, String caseNumber, String suspect, WarrantKind kind, LocalDate issued, List<Crime> crimes,
        String charges, String source, Instant recordedAt, String recordedBy) {
}
