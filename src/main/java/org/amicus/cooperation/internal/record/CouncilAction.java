package org.amicus.cooperation.internal.record;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A Security Council resolution referring a situation or requesting a deferral; obligedIso3 is a
 * state the resolution obliges to cooperate fully (Sudan in 1593, Libya in 1970), if any.
 */
public record CouncilAction(long id, CouncilActionType type, String resolution, LocalDate adopted, String situationCode,
        String obligedIso3, String source, String note, Instant recordedAt, String recordedBy) {
}
