package org.amicus.court.internal.budget;

/** What the coalition recommended on a year's budget for a programme, and what became of it. */
public record Recommendation(long id, int year, Programme programme, String text, Outcome outcome, String outcomeNote, String source) {

    public enum Outcome {
        PENDING, ADOPTED, PARTLY_ADOPTED, NOT_ADOPTED
    }
}
