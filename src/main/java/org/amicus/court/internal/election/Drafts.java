package org.amicus.court.internal.election;

import java.time.LocalDate;
import java.util.Map;

/** What staff and the API submit, before the rules check it. */
public final class Drafts {

    private Drafts() {
    }

    public record ElectionDraft(Office office, String title, String sessionName, Integer vacancies, LocalDate nominationsOpen,
            LocalDate nominationsClose, String source) {
    }

    public record JudgeDraft(String name, Gender gender, Region region, JudgeList list) {
    }

    /** A candidate; name and e-mail may come from the CRM person instead. */
    public record CandidateDraft(String name, Long personId, String email, String language, String nominatingIso3,
            String nationalityIso3, Gender gender, JudgeList list, Procedure procedure, String source) {
    }

    /** One round as announced: votes by candidate id. */
    public record RoundDraft(Integer number, Integer ballotsCast, Integer invalid, Integer abstentions, Map<Long, Integer> votes,
            String source) {
    }
}
