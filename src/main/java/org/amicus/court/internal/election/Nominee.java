package org.amicus.court.internal.election;

/** A candidate as the rules see them: an id to vote for and a profile. */
public record Nominee(long id, String name, Profile profile) {
}
