package org.amicus.states.internal.record;

import java.time.Instant;
import java.time.YearMonth;

/** The state the Universal Ratification Campaign targets in one month, as staff chose it. */
public record CampaignTarget(long id, YearMonth month, String iso3, String note, Instant recordedAt, String recordedBy,
        Instant supersededAt) {
}
