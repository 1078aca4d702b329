package org.amicus.court.internal.election;

import static org.amicus.court.internal.election.ConstructedElection.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.amicus.court.internal.election.Requirement.State;
import org.amicus.platform.RejectedInput.Problem;
import org.junit.jupiter.api.Test;

/** The minimum voting requirements and the ballot validator on the constructed election. */
class VotingRulesTest {

    static Map<String, Requirement> byGroup(List<Requirement> rs) {
        return rs.stream().collect(Collectors.toMap(Requirement::group, r -> r));
    }

    @Test
    void requirementsComeFromTheJudgesWhoStayAndTheCandidates() {
        var r = byGroup(VotingRules.requirements(firstRound()));
        assertThat(r.get("A").minimum()).as("9 list A on the bench, 6 stay").isEqualTo(3);
        assertThat(r.get("B").state()).as("5 list B needed, 6 stay").isEqualTo(State.FULFILLED);
        assertThat(r.get("MALE").minimum()).isEqualTo(1);
        assertThat(r.get("FEMALE").state()).isEqualTo(State.FULFILLED);
        assertThat(r.get("ASIA_PACIFIC").minimum()).isEqualTo(1);
        assertThat(r.get("LATIN_AMERICAN_CARIBBEAN").minimum()).isEqualTo(1);
        assertThat(r.get("AFRICAN").state()).isEqualTo(State.FULFILLED);
        assertThat(r.get("WESTERN_EUROPEAN_OTHERS").state()).isEqualTo(State.FULFILLED);
        // Eastern European: 3 - 1 staying = 2, but only 2 candidates (fewer than double): half of 2 = 1
        assertThat(r.get("EASTERN_EUROPEAN").minimum()).isEqualTo(1);
        assertThat(r.get("EASTERN_EUROPEAN").candidates()).isEqualTo(2);
    }

    @Test
    void requirementsThatCannotBeJointlyMetAreDroppedButTheListsStay() {
        // one seat left, nobody staying: each gender and each region asks for one judge
        var r = byGroup(VotingRules.requirements(new VotingRules.Seats(List.of(), PARTIES, 1, CANDIDATES, 2)));
        assertThat(r.get("FEMALE").state()).isEqualTo(State.DISCONTINUED);
        assertThat(r.get("MALE").state()).isEqualTo(State.DISCONTINUED);
        assertThat(r.get("AFRICAN").state()).isEqualTo(State.DISCONTINUED);
        assertThat(r.get("A").state()).as("the Statute's lists are never dropped").isEqualTo(State.IN_FORCE);
    }

    @Test
    void onlyTheEasternEuropeansAreACleanSlateInTheirGroup() {
        // Eastern Europe needs 3 - 1 staying = 2 and has exactly 2 candidates; list A needs 3 and has 6,
        // men need 1 and have 5, Asia-Pacific and GRULAC need 1 and have 2 each; the others need none.
        assertThat(VotingRules.cleanSlates(firstRound()))
            .containsExactly(new VotingRules.Slate(Requirement.Category.REGION, "EASTERN_EUROPEAN", 2, 2));
        var withoutInes = new java.util.ArrayList<>(CANDIDATES);
        withoutInes.remove(INES);
        assertThat(VotingRules.cleanSlates(new VotingRules.Seats(staying(), PARTIES, 6, withoutInes, 1)))
            .as("Carla alone for the one Latin American and Caribbean judge needed")
            .contains(new VotingRules.Slate(Requirement.Category.REGION, "LATIN_AMERICAN_CARIBBEAN", 1, 1));
    }

    @Test
    void aGroupOfSixteenPartiesOrFewerHasABaseOfTwo() {
        var parties = new java.util.HashMap<>(PARTIES);
        parties.put(Region.LATIN_AMERICAN_CARIBBEAN, 16);
        var seats = new VotingRules.Seats(staying(), parties, 6, CANDIDATES, 1);
        assertThat(byGroup(VotingRules.requirements(seats)).get("LATIN_AMERICAN_CARIBBEAN").state()).isEqualTo(State.FULFILLED);
    }

    @Test
    void tooFewEasternEuropeanCandidatesWouldExtendTheNominationPeriod() {
        assertThat(VotingRules.nominationsShort(firstRound())).isTrue();
        var more = new java.util.ArrayList<>(CANDIDATES);
        more.add(new Nominee(11, "Kasia", new Profile(Gender.FEMALE, Region.EASTERN_EUROPEAN, JudgeList.B)));
        more.add(new Nominee(12, "Lev", new Profile(Gender.MALE, Region.EASTERN_EUROPEAN, JudgeList.A)));
        assertThat(VotingRules.nominationsShort(new VotingRules.Seats(staying(), PARTIES, 6, more, 1))).isFalse();
    }

    @Test
    void aBallotMeetingEveryRequirementIsValid() {
        var round = Ballot.Round.of(firstRound());
        assertThat(Ballot.check(round, List.of(BOB.id(), DEV.id(), INES.id(), ALICE.id(), EVA.id(), CARLA.id()))).isEmpty();
        assertThat(Ballot.check(round, List.of(BOB.id(), DEV.id(), INES.id()))).as("fewer votes than seats is allowed").isEmpty();
    }

    @Test
    void aBallotWithMoreVotesThanSeatsIsInvalid() {
        var problems = Ballot.check(Ballot.Round.of(firstRound()),
                List.of(BOB.id(), DEV.id(), INES.id(), ALICE.id(), EVA.id(), CARLA.id(), JAN.id()));
        assertThat(problems).extracting(Problem::code).containsExactly("court.ballot.tooMany");
    }

    @Test
    void aBallotMissingRequirementsGivesEveryReason() {
        var problems = Ballot.check(Ballot.Round.of(firstRound()), List.of(ALICE.id(), CARLA.id(), GITA.id(), GITA.id(), 99L));
        assertThat(problems).extracting(Problem::code).containsExactlyInAnyOrder("court.ballot.twice", "court.ballot.notStanding",
                "court.ballot.requirement.list", "court.ballot.requirement.gender", "court.ballot.requirement.region");
        assertThat(problems.stream().filter(p -> p.code().equals("court.ballot.requirement.list")).findFirst().orElseThrow().args())
            .as("list A: 3 required, 1 given").contains(3, 1);
    }

    @Test
    void twoThirdsOfThosePresentAndVotingRoundsUp() {
        assertThat(VotingRules.twoThirds(110)).isEqualTo(74);
        assertThat(VotingRules.twoThirds(111)).isEqualTo(74);
        assertThat(VotingRules.twoThirds(112)).isEqualTo(75);
    }
}
