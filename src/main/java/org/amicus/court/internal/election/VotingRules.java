package org.amicus.court.internal.election;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.amicus.court.internal.election.Requirement.Category;
import org.amicus.court.internal.election.Requirement.State;

/**
 * The minimum voting requirements (MVRs) for electing judges, under ICC-ASP/3/Res.6 ("Procedure for
 * the nomination and election of judges of the International Criminal Court", 10 September 2004) as
 * amended by ICC-ASP/5/Res.5, applied to one round. docs/court.md ("Election rules") lists, rule by
 * rule, the public record each was checked against and what could not be checked.
 * <p>
 * The requirements are computed from the judges who stay in office plus those elected in earlier
 * rounds of the same election, so they adjust after every round (para. 20, "adjusted" after each
 * ballot in the light of the judges elected).
 */
public final class VotingRules {

    /** Article 36(5) of the Statute: at least nine judges from list A and at least five from list B. */
    static final int LIST_A_ON_BENCH = 9;
    static final int LIST_B_ON_BENCH = 5;
    /** Para. 20(c): six judges of each gender, minus those of that gender who remain in office. */
    static final int GENDER_ON_BENCH = 6;
    /** Para. 20(b): two judges per regional group, minus those of the group who remain in office ... */
    static final int REGION_ON_BENCH = 2;
    /**
     * ... plus one for a group with more than sixteen States Parties at the time of the election (as
     * amended). In 2011 the Maldives, the 17th Asian State Party, raised the Asian requirement under
     * para. 20(b) (the Bureau's notice of 13 October 2011).
     */
    static final int LARGE_GROUP = 16;
    /**
     * The gender and regional requirements apply in the first four ballots only; from the fifth they
     * are discontinued if still unmet (2017: "round 4, the last round where MVRs for gender and
     * geography would apply", Coalition for the ICC). The list requirements carry the Statute's
     * article 36(5) and stay until met.
     */
    static final int LAST_ROUND_OF_GENDER_AND_REGION = 4;

    private VotingRules() {
    }

    /**
     * What a round starts from.
     *
     * @param inOffice  judges who remain in office, plus those already elected in this election
     * @param seatsLeft vacancies still to fill
     * @param standing  candidates still standing (not elected, not withdrawn)
     * @param round     the ballot's number, from 1
     */
    public record Seats(List<Profile> inOffice, Map<Region, Integer> statesPartiesPerRegion, int seatsLeft,
            List<Nominee> standing, int round) {
    }

    /** Every requirement of the round, in force or not, lists first, then gender, then regions. */
    public static List<Requirement> requirements(Seats seats) {
        List<Requirement> out = new ArrayList<>(2 + 2 + 5);
        for (JudgeList list : JudgeList.values()) {
            out.add(requirement(seats, Category.LIST, list.name(), needed(seats, Category.LIST, list.name()), false));
        }
        for (Gender gender : Gender.values()) {
            out.add(requirement(seats, Category.GENDER, gender.name(), needed(seats, Category.GENDER, gender.name()), true));
        }
        for (Region region : Region.values()) {
            out.add(requirement(seats, Category.REGION, region.name(), needed(seats, Category.REGION, region.name()), true));
        }
        discontinueIfJointlyImpossible(out, Category.GENDER, seats.seatsLeft());
        discontinueIfJointlyImpossible(out, Category.REGION, seats.seatsLeft());
        return out;
    }

    /**
     * Requirements of one criterion that together ask for more candidates than there are seats left
     * can no longer be jointly fulfilled, and are then dropped (as the ASP applies the resolution:
     * "dropped either if they can no longer be (jointly) fulfilled, or if after four ballots not all
     * seats are filled").
     */
    private static void discontinueIfJointlyImpossible(List<Requirement> requirements, Category category, int seatsLeft) {
        int asked = 0;
        for (Requirement r : requirements) {
            if (r.category() == category && r.inForce()) {
                asked += r.minimum();
            }
        }
        if (asked <= seatsLeft) {
            return;
        }
        requirements.replaceAll(r -> r.category() == category && r.inForce()
                ? new Requirement(r.category(), r.group(), r.minimum(), r.candidates(), State.DISCONTINUED) : r);
    }

    /**
     * Para. 11 and 20(b)-(c): a gender or regional group with fewer candidates than double its
     * requirement is the case in which the President of the Assembly extends the nomination period
     * (up to three times, by two weeks). True when some group is in that case at the close of nominations.
     */
    public static boolean nominationsShort(Seats atClose) {
        for (Requirement r : requirements(atClose)) {
            int needed = needed(atClose, r.category(), r.group());
            if (r.category() != Category.LIST && needed > 0 && r.candidates() < 2 * needed) {
                return true;
            }
        }
        return false;
    }

    /**
     * The judges a group still needs on the bench, before any adjustment for its candidates or the
     * seats left: art. 36(5) for the lists, para. 20(c) for gender, para. 20(b) for regions.
     */
    private static int needed(Seats seats, Category category, String group) {
        int target = switch (category) {
            case LIST -> JudgeList.valueOf(group) == JudgeList.A ? LIST_A_ON_BENCH : LIST_B_ON_BENCH;
            case GENDER -> GENDER_ON_BENCH;
            case REGION -> REGION_ON_BENCH + (seats.statesPartiesPerRegion().getOrDefault(Region.valueOf(group), 0) > LARGE_GROUP ? 1 : 0);
        };
        return target - count(seats.inOffice(), category, group);
    }

    /**
     * A clean slate within one list, gender or regional group: the group still needs judges and has
     * candidates standing, but no more than it needs, so its candidates do not compete with each other.
     */
    public record Slate(Category category, String group, int needed, int candidates) {
    }

    /** The groups whose standing candidates are a clean slate (see {@link Slate}), in the order of {@link #requirements}. */
    public static List<Slate> cleanSlates(Seats seats) {
        List<Slate> out = new ArrayList<>();
        for (Requirement r : requirements(seats)) {
            int needed = needed(seats, r.category(), r.group());
            if (needed > 0 && r.candidates() > 0 && r.candidates() <= needed) {
                out.add(new Slate(r.category(), r.group(), needed, r.candidates()));
            }
        }
        return out;
    }

    private static Requirement requirement(Seats seats, Category category, String group, int needed, boolean lapses) {
        Requirement probe = new Requirement(category, group, 0, 0, State.IN_FORCE);
        int candidates = 0;
        for (Nominee n : seats.standing()) {
            if (probe.matches(n.profile())) {
                candidates++;
            }
        }
        int minimum = needed;
        // Para. 20(b)-(c): with fewer candidates than double the requirement, the requirement is half
        // the number of candidates of the group, rounded up.
        if (lapses && candidates < 2 * minimum) {
            minimum = (candidates + 1) / 2;
        }
        // A ballot cannot name more candidates of a group than stand, nor more than the seats left.
        minimum = Math.max(0, Math.min(minimum, Math.min(candidates, seats.seatsLeft())));
        State state = minimum == 0 ? State.FULFILLED
                : lapses && seats.round() > LAST_ROUND_OF_GENDER_AND_REGION ? State.DISCONTINUED : State.IN_FORCE;
        return new Requirement(category, group, minimum, candidates, state);
    }

    private static int count(List<Profile> judges, Category category, String group) {
        Requirement probe = new Requirement(category, group, 0, 0, State.IN_FORCE);
        int n = 0;
        for (Profile p : judges) {
            if (probe.matches(p)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Article 36(6)(a) and 112(7)(a): a two-thirds majority of the States Parties present and voting,
     * that is of the ballots less invalid ballots and abstentions, rounded up. Checked on the record:
     * 2003, 85 ballots, 2 invalid, majority 56; 2013, 99 ballots, 1 abstention, majority 66.
     */
    public static int twoThirds(int presentAndVoting) {
        return (2 * presentAndVoting + 2) / 3;
    }
}
