package org.amicus.court.internal.questionnaire;

import java.time.Instant;

/** A candidate's personal link (only its hash is stored) and where they are with the questionnaire. */
public record Invitation(long id, long candidateId, Instant expiresAt, Instant sentAt, Instant remindedAt, Instant submittedAt,
        Instant declinedAt) {

    public boolean open(Instant now) {
        return submittedAt == null && declinedAt == null && now.isBefore(expiresAt);
    }
}
