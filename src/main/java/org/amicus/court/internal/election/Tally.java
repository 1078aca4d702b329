package org.amicus.court.internal.election;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.amicus.platform.RejectedInput;
import org.amicus.platform.RejectedInput.Problem;

/**
 * Replays an election's rounds as the ASP announced them and says, for each, the requirements that
 * were in force, the majority required, who was elected and what the next round requires.
 */
public final class Tally {

    private Tally() {
    }

    /** The election before its first ballot. */
    public record Setup(List<Profile> remainingInOffice, Map<Region, Integer> statesPartiesPerRegion, int vacancies,
            List<Nominee> candidates) {
    }

    /**
     * One round as announced: ballots cast, invalid ballots, abstentions, the votes of each
     * candidate, and the candidates who withdrew before it.
     */
    public record RoundResult(int number, int ballotsCast, int invalid, int abstentions, Map<Long, Integer> votes,
            Set<Long> withdrawnBefore) {

        /** States Parties present and voting: valid ballots that were not abstentions. */
        public int presentAndVoting() {
            return ballotsCast - invalid - abstentions;
        }
    }

    /**
     * What a round meant. {@code next} is empty once every seat is filled; {@code cutOff} is the
     * candidate left off the next ballot for the fewest votes, if any.
     */
    public record Outcome(RoundResult result, List<Requirement> requirements, int majority, List<Nominee> elected,
            int seatsLeftAfter, List<Requirement> next, List<Nominee> cutOff) {
    }

    /**
     * From the fourth ballot on, the candidate with the fewest votes is left off the next ballot (the
     * ASP's practice, described in its informal guide to the procedure and by the Coalition for the
     * ICC, 22 December 2020). A tie for the fewest votes leaves everyone on: the guide's exceptions
     * are not encoded, and a recorded round that still names a cut candidate is taken as one.
     */
    static final int FIRST_ROUND_WITH_CUT_OFF = 4;

    /** The candidate (at most one) a round leaves off the next ballot. */
    static List<Nominee> cutOff(RoundResult r, List<Nominee> standing, int seatsLeft) {
        if (r.number() < FIRST_ROUND_WITH_CUT_OFF || seatsLeft == 0 || standing.size() <= seatsLeft + 1) {
            return List.of();
        }
        int fewest = Integer.MAX_VALUE;
        List<Nominee> last = new ArrayList<>();
        for (Nominee n : standing) {
            int votes = r.votes().getOrDefault(n.id(), 0);
            if (votes < fewest) {
                fewest = votes;
                last.clear();
            }
            if (votes == fewest) {
                last.add(n);
            }
        }
        return last.size() == 1 ? last : List.of();
    }

    /**
     * Replays the rounds in order. Refuses (with every problem, line = round number) a round whose
     * numbers cannot be right: votes for someone not standing, more votes than voters, more rounds
     * than needed.
     */
    public static List<Outcome> replay(Setup setup, List<RoundResult> rounds) {
        List<Profile> inOffice = new ArrayList<>(setup.remainingInOffice());
        List<Nominee> standing = new ArrayList<>(setup.candidates());
        int seatsLeft = setup.vacancies();
        List<Outcome> outcomes = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Nominee> cut = List.of();
        for (RoundResult r : rounds) {
            if (seatsLeft == 0) {
                problems.add(new Problem(r.number(), "round", "court.round.noSeatLeft", r.number()));
                break;
            }
            standing.removeIf(n -> r.withdrawnBefore().contains(n.id()));
            cut.stream().filter(n -> !r.votes().containsKey(n.id())).forEach(standing::remove);
            var seats = new VotingRules.Seats(inOffice, setup.statesPartiesPerRegion(), seatsLeft, standing, r.number());
            List<Requirement> requirements = VotingRules.requirements(seats);
            problems.addAll(checkNumbers(r, standing, seatsLeft));
            int majority = VotingRules.twoThirds(r.presentAndVoting());
            List<Nominee> elected = elected(r, standing, majority, seatsLeft);
            for (Nominee n : elected) {
                inOffice.add(n.profile());
            }
            standing.removeAll(elected);
            seatsLeft -= elected.size();
            cut = cutOff(r, standing, seatsLeft);
            List<Nominee> nextBallot = new ArrayList<>(standing);
            nextBallot.removeAll(cut);
            List<Requirement> next = seatsLeft == 0 ? List.of()
                    : VotingRules.requirements(new VotingRules.Seats(inOffice, setup.statesPartiesPerRegion(), seatsLeft, nextBallot, r.number() + 1));
            outcomes.add(new Outcome(r, requirements, majority, elected, seatsLeft, next, cut));
        }
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        return outcomes;
    }

    /**
     * Article 36(6)(a): elected are the candidates with the most votes who reach the two-thirds
     * majority, up to the seats left. Candidates tied for the last seat are not elected in that
     * round (a further ballot decides between them).
     */
    static List<Nominee> elected(RoundResult r, List<Nominee> standing, int majority, int seatsLeft) {
        List<Nominee> reached = new ArrayList<>();
        for (Nominee n : standing) {
            if (r.presentAndVoting() > 0 && r.votes().getOrDefault(n.id(), 0) >= majority) {
                reached.add(n);
            }
        }
        reached.sort((a, b) -> Integer.compare(r.votes().get(b.id()), r.votes().get(a.id())));
        if (reached.size() <= seatsLeft) {
            return reached;
        }
        int cut = r.votes().get(reached.get(seatsLeft).id());
        return reached.stream().limit(seatsLeft).filter(n -> r.votes().get(n.id()) > cut).toList();
    }

    private static List<Problem> checkNumbers(RoundResult r, List<Nominee> standing, int seatsLeft) {
        List<Problem> problems = new ArrayList<>();
        if (r.presentAndVoting() < 0 || r.invalid() < 0 || r.abstentions() < 0) {
            problems.add(new Problem(r.number(), "ballotsCast", "court.round.badCounts", r.number()));
        }
        Set<Long> ids = new HashSet<>();
        standing.forEach(n -> ids.add(n.id()));
        long total = 0;
        for (var e : r.votes().entrySet()) {
            if (!ids.contains(e.getKey())) {
                problems.add(new Problem(r.number(), "votes", "court.round.notStanding", r.number(), e.getKey()));
            }
            if (e.getValue() < 0 || e.getValue() > r.presentAndVoting()) {
                problems.add(new Problem(r.number(), "votes", "court.round.tooManyVotes", r.number(), e.getKey(), e.getValue(),
                        r.presentAndVoting()));
            }
            total += e.getValue();
        }
        if (total > (long) r.presentAndVoting() * seatsLeft) {
            problems.add(new Problem(r.number(), "votes", "court.round.totalTooHigh", r.number(), total,
                    (long) r.presentAndVoting() * seatsLeft));
        }
        return problems;
    }
}
