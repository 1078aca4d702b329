package org.amicus.court.internal.campaign;

/**
 * The Advisory Committee on Nominations of Judges' conclusion on one candidate: qualified for
 * election or not, its own words (for instance "highly qualified"), and the report it is read from.
 */
public record Assessment(long candidateId, boolean qualified, String words, String source) {
}
