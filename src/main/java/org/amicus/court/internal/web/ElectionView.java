package org.amicus.court.internal.web;

import java.util.List;

import org.amicus.court.internal.election.Candidate;
import org.amicus.court.internal.election.Election;
import org.amicus.court.internal.election.Elections;
import org.amicus.court.internal.election.Requirement;
import org.amicus.court.internal.election.StayingJudge;
import org.amicus.court.internal.election.Tally;
import org.amicus.court.internal.election.VotingRules;

/**
 * An election as its pages and the API show it: candidates, judges staying, each round replayed,
 * and the requirements of the next ballot (empty once every seat is filled).
 */
public record ElectionView(Election election, List<Candidate> candidates, List<StayingJudge> staying, List<Tally.Outcome> rounds,
        VotingRules.Seats next, List<Requirement> nextRequirements, boolean nominationsShort) {

    public static ElectionView of(Elections elections, long id) {
        Election e = elections.get(id);
        VotingRules.Seats next = elections.nextRound(id);
        List<Requirement> requirements = e.ofJudges() && next.seatsLeft() > 0 ? VotingRules.requirements(next) : List.of();
        boolean shortOfCandidates = e.ofJudges() && elections.tally(id).isEmpty() && VotingRules.nominationsShort(next);
        return new ElectionView(e, elections.candidates(id), elections.staying(id), elections.tally(id), next, requirements, shortOfCandidates);
    }

    /** Candidates elected so far, in the order of the rounds. */
    public List<Long> electedIds() {
        return rounds.stream().flatMap(o -> o.elected().stream()).map(n -> n.id()).toList();
    }

    /** Clean slate: no more candidates than seats, so the vote decides nothing. */
    public boolean cleanSlate() {
        return !candidates.isEmpty() && candidates.stream().filter(c -> c.withdrawnBeforeRound() == null).count() <= election.vacancies();
    }

    /** Lists, genders and regional groups whose standing candidates are no more than the judges they still need (judges only). */
    public List<VotingRules.Slate> cleanSlates() {
        return election.ofJudges() && next.seatsLeft() > 0 ? VotingRules.cleanSlates(next) : List.of();
    }

    public Candidate candidate(long id) {
        return candidates.stream().filter(c -> c.id() == id).findFirst().orElse(null);
    }
}
