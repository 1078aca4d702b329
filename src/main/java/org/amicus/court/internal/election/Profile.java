package org.amicus.court.internal.election;

/** What the voting requirements look at in a judge or candidate. For elections other than judges the list is null. */
public record Profile(Gender gender, Region region, JudgeList list) {
}
