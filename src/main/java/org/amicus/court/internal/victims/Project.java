package org.amicus.court.internal.victims;

/**
 * A project of the Trust Fund for Victims: under its assistance mandate in a situation, or
 * implementing a reparations order in a case.
 */
public record Project(long id, String situationCode, String caseNumber, Mandate mandate, String name, String location, String partner,
        Integer beneficiaries, Long budgetEur, Status status, String source) {

    public enum Mandate {
        ASSISTANCE, REPARATIONS
    }

    public enum Status {
        PLANNED, ONGOING, COMPLETED
    }
}
