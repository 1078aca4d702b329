package org.amicus.cooperation.internal.record;

import java.time.LocalDate;
import java.util.List;

import org.amicus.cooperation.CourtCase;
import org.amicus.cooperation.Situation;

/** A warrant as it stood on a date: its case and situation, status then and since when, its history and travel. */
public record WarrantView(Warrant warrant, CourtCase courtCase, Situation situation, WarrantStatus status,
        LocalDate statusSince, List<StatusChange> history, List<Travel> travels) {
}
