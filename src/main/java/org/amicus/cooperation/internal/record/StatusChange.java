package org.amicus.cooperation.internal.record;

import java.time.Instant;
import java.time.LocalDate;

/** A dated change of a warrant's status; the newest on or before a date is the status then. */
public record StatusChange(long id, long warrantId, WarrantStatus status, LocalDate date, String source, String note,
        Instant recordedAt, String recordedBy) {
}
