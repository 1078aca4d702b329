package org.amicus.court.internal.election;

/** A judge who remains in office through the election. */
public record StayingJudge(long id, String name, Profile profile) {
}
