package org.amicus.cooperation.internal.record;

import java.time.Instant;

/** An entry made in error, taken out of the views from {@code recordedAt}; the entry itself is kept. */
public record Retraction(long id, Kind kind, long recordId, String source, String note, Instant recordedAt,
        String recordedBy) {

    /** The kinds of entry that can be retracted. */
    public enum Kind {
        WARRANT, STATUS, TRAVEL, FINDING, COUNCIL_ACTION, ASSESSMENT
    }
}
