package org.amicus.court.internal.election;

import static org.amicus.court.internal.election.ConstructedElection.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.amicus.court.internal.election.Requirement.State;
import org.amicus.platform.RejectedInput;
import org.junit.jupiter.api.Test;

/**
 * Replays the CONSTRUCTED election's six rounds (invented numbers, chosen to exercise each rule; no
 * real election's results are claimed here).
 */
class TallyTest {

    static Tally.RoundResult round(int number, Object... votes) {
        Map<Long, Integer> v = new HashMap<>();
        for (int i = 0; i < votes.length; i += 2) {
            v.put(((Nominee) votes[i]).id(), (Integer) votes[i + 1]);
        }
        // 112 ballots, 1 invalid, 1 abstention: 110 present and voting, majority 74
        return new Tally.RoundResult(number, 112, 1, 1, v, Set.of());
    }

    static List<Tally.RoundResult> sixRounds() {
        List<Tally.RoundResult> rounds = new ArrayList<>();
        rounds.add(round(1, BOB, 80, DEV, 75, ALICE, 70, INES, 60, EVA, 50, CARLA, 40));
        for (int n = 2; n <= 4; n++) {
            rounds.add(round(n, ALICE, 73, INES, 70, EVA, 60, CARLA, 55, GITA, 50));
        }
        rounds.add(round(5, ALICE, 90, INES, 85, EVA, 80, CARLA, 76, GITA, 76));
        rounds.add(round(6, CARLA, 95, GITA, 12));
        return rounds;
    }

    @Test
    void theRoundsElectSixJudgesAndTheRequirementsAdjustAndLapse() {
        var outcomes = Tally.replay(setup(), sixRounds());
        assertThat(outcomes).hasSize(6);
        assertThat(outcomes.get(0).majority()).isEqualTo(74);
        assertThat(outcomes.get(0).elected()).containsExactly(BOB, DEV);
        var next = VotingRulesTest.byGroup(outcomes.get(0).next());
        assertThat(next.get("A").minimum()).as("8 of 9 list A judges after round 1").isEqualTo(1);
        assertThat(next.get("MALE").state()).isEqualTo(State.FULFILLED);
        assertThat(next.get("ASIA_PACIFIC").state()).isEqualTo(State.FULFILLED);
        assertThat(next.get("EASTERN_EUROPEAN").minimum()).as("one more, Eva is the only one standing").isEqualTo(1);

        assertThat(outcomes.get(1).elected()).as("73 is one short of 74").isEmpty();
        var fifth = VotingRulesTest.byGroup(outcomes.get(4).requirements());
        assertThat(fifth.get("EASTERN_EUROPEAN").state()).as("regional MVRs end after the fourth ballot").isEqualTo(State.DISCONTINUED);
        assertThat(fifth.get("LATIN_AMERICAN_CARIBBEAN").state()).isEqualTo(State.DISCONTINUED);
        assertThat(fifth.get("A").state()).as("the Statute's list A minimum stays").isEqualTo(State.IN_FORCE);

        assertThat(outcomes.get(4).elected()).as("Carla and Gita tie for the last seat").containsExactly(ALICE, INES, EVA);
        assertThat(outcomes.get(5).elected()).containsExactly(CARLA);
        assertThat(outcomes.get(5).seatsLeftAfter()).isZero();
        assertThat(outcomes.get(5).next()).isEmpty();
    }

    @Test
    void aRoundAfterEverySeatIsFilledOrWithImpossibleNumbersIsRefused() {
        var rounds = new ArrayList<>(sixRounds());
        rounds.set(1, round(2, ALICE, 200, JAN, 1));
        rounds.add(round(7, GITA, 100));
        assertThatThrownBy(() -> Tally.replay(setup(), rounds)).isInstanceOfSatisfying(RejectedInput.class,
                e -> assertThat(e.problems()).extracting(RejectedInput.Problem::code)
                    .contains("court.round.tooManyVotes", "court.round.noSeatLeft"));
    }

    @Test
    void aWithdrawnCandidateCannotReceiveVotes() {
        var withdrawn = new Tally.RoundResult(1, 112, 1, 1, Map.of(JAN.id(), 3), Set.of(JAN.id()));
        assertThatThrownBy(() -> Tally.replay(setup(), List.of(withdrawn))).isInstanceOfSatisfying(RejectedInput.class,
                e -> assertThat(e.problems()).extracting(RejectedInput.Problem::code).containsExactly("court.round.notStanding"));
    }

    @Test
    void fromTheFourthBallotTheCandidateWithFewestVotesIsLeftOffTheNext() {
        var rounds = new ArrayList<>(sixRounds().subList(0, 3));
        rounds.add(round(4, ALICE, 73, INES, 70, EVA, 60, CARLA, 55, GITA, 50, FEMI, 20, HUGO, 15, JAN, 3));
        var outcomes = Tally.replay(setup(), rounds);
        assertThat(outcomes.get(2).cutOff()).as("no cut-off before the fourth ballot").isEmpty();
        assertThat(outcomes.get(3).cutOff()).containsExactly(JAN);

        rounds.add(new Tally.RoundResult(5, 112, 1, 1, Map.of(ALICE.id(), 80), Set.of()));
        rounds.add(new Tally.RoundResult(6, 112, 1, 1, Map.of(JAN.id(), 5), Set.of()));
        assertThatThrownBy(() -> Tally.replay(setup(), rounds)).as("Jan was off the fifth ballot, so not standing in the sixth")
            .isInstanceOfSatisfying(RejectedInput.class,
                e -> assertThat(e.problems()).extracting(RejectedInput.Problem::code).containsExactly("court.round.notStanding"));
    }
}
