package org.amicus.states.internal.following;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A change to a followed state, as its follower's inbox keeps it: the facts only (a treaty event
 * type, a legislation stage or a cooperation fact, its date, created/corrected/voided), rendered in
 * the reader's language.
 */
public record Alert(long id, String iso3, String kind, String subject, String component, LocalDate date, String action,
        Instant createdAt, Instant readAt) {

    public static final String TREATY = "TREATY";
    public static final String LEGISLATION = "LEGISLATION";
    /** A fact recorded by the cooperation module (a finding, a visit, an assessment). */
    public static final String COOPERATION = "COOPERATION";

    public boolean unread() {
        return readAt == null;
    }
}
