package org.amicus.court.internal.victims;

/**
 * The Registry's legal aid for the teams of victims and of the defence: a line of the approved
 * budget (a year and an amount) or a policy document (its symbol), each with its source.
 */
public record LegalAid(long id, Kind kind, Integer budgetYear, String title, Long amountEur, String symbol, String source) {

    public enum Kind {
        BUDGET_LINE, POLICY
    }
}
