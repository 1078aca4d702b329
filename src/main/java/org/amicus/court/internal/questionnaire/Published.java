package org.amicus.court.internal.questionnaire;

import java.util.List;
import java.util.Map;

import org.amicus.court.internal.election.Candidate;

/**
 * The questionnaire as the portal shows it: per question, the submitted answers side by side
 * (candidate id to answer), who declined and who has not answered.
 */
public record Published(List<Question> questions, List<Candidate> answered, Map<Long, Map<Long, String>> answersByQuestion,
        List<Candidate> declined, List<Candidate> notYet) {
}
