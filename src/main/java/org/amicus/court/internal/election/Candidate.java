package org.amicus.court.internal.election;

import org.amicus.platform.Language;

/**
 * A candidate: the person (from the CRM when {@code personId} is set), the nominating State Party,
 * nationality, the profile the rules look at and, for judges, the nomination procedure.
 */
public record Candidate(long id, long electionId, String name, Long personId, String email, Language language,
        String nominatingIso3, String nationalityIso3, Profile profile, Procedure procedure, Integer withdrawnBeforeRound,
        String source) {

    public Nominee nominee() {
        return new Nominee(id, name, profile);
    }
}
