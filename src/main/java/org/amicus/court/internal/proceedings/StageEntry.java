package org.amicus.court.internal.proceedings;

import java.time.LocalDate;

/** A stage reached on a date, by a situation (caseNumber null) or one of its cases, with its source. */
public record StageEntry(long id, String situationCode, String caseNumber, ProceedingStage stage, LocalDate date, String source,
        String recordedBy) {
}
