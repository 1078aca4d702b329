package org.amicus.court.internal.election;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.amicus.platform.RejectedInput.Problem;

/**
 * Whether one ballot paper is valid in a round: no more votes than seats left (ICC-ASP/3/Res.6, para.
 * 19), only candidates still standing, none twice, and every requirement in force met (para. 20; a
 * ballot that does not meet them is invalid). Every reason is given, not only the first.
 */
public final class Ballot {

    private Ballot() {
    }

    /** What a round's ballots are checked against, computed once per round. */
    public record Round(int seatsLeft, Map<Long, Nominee> standing, List<Requirement> inForce) {

        public static Round of(VotingRules.Seats seats) {
            Map<Long, Nominee> standing = new java.util.HashMap<>();
            for (Nominee n : seats.standing()) {
                standing.put(n.id(), n);
            }
            List<Requirement> inForce = new ArrayList<>();
            for (Requirement r : VotingRules.requirements(seats)) {
                if (r.inForce()) {
                    inForce.add(r);
                }
            }
            return new Round(seats.seatsLeft(), standing, inForce);
        }
    }

    /** The reasons the ballot is invalid; empty when it is valid. */
    public static List<Problem> check(Round round, List<Long> votes) {
        List<Problem> problems = new ArrayList<>(2);
        if (votes.size() > round.seatsLeft()) {
            problems.add(new Problem(0, "votes", "court.ballot.tooMany", votes.size(), round.seatsLeft()));
        }
        Set<Long> seen = new HashSet<>();
        int[] counts = new int[round.inForce().size()];
        for (Long id : votes) {
            Nominee n = round.standing().get(id);
            if (!seen.add(id)) {
                problems.add(new Problem(0, "votes", "court.ballot.twice", name(n, id)));
            } else if (n == null) {
                problems.add(new Problem(0, "votes", "court.ballot.notStanding", id));
            } else {
                for (int i = 0; i < counts.length; i++) {
                    if (round.inForce().get(i).matches(n.profile())) {
                        counts[i]++;
                    }
                }
            }
        }
        for (int i = 0; i < counts.length; i++) {
            Requirement r = round.inForce().get(i);
            if (counts[i] < r.minimum()) {
                problems.add(new Problem(0, "votes", "court.ballot.requirement." + r.category().name().toLowerCase(java.util.Locale.ROOT),
                        group(r), r.minimum(), counts[i]));
            }
        }
        return problems;
    }

    /** The group's name, resolved in the reader's language when the problem is shown. */
    static org.springframework.context.support.DefaultMessageSourceResolvable group(Requirement r) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable("court.group." + r.group());
    }

    private static String name(Nominee n, Long id) {
        return n == null ? String.valueOf(id) : n.name();
    }
}
