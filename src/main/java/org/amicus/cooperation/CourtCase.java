package org.amicus.cooperation;

import java.time.Instant;

/** A case before the Court ("The Prosecutor v. ..."), within one situation, by its ICC number. */
public record CourtCase(String caseNumber, String situationCode, String name, String source, Instant recordedAt,
        String recordedBy) {
}
