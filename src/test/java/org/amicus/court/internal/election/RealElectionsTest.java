package org.amicus.court.internal.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Real elections, from the published record (each figure's source is in the data file or below).
 * Only what the record shows is asserted: ballots, the majority, who was elected in which round.
 */
class RealElectionsTest {

    /**
     * 2013, one seat: Henderson (Trinidad and Tobago) elected in the first round with 98 votes of 98
     * States Parties voting (99 ballots, one abstention), majority 66; Van Rompaey had withdrawn.
     * The bench's other seventeen judges are not part of the published result and are left out: with
     * one seat and one candidate standing, no requirement can change the outcome.
     */
    @Test
    void theTallyReachesTheResultOfThe2013ElectionOfOneJudge() throws IOException {
        Nominee henderson = new Nominee(1, "HENDERSON, Geoffrey A.", new Profile(Gender.MALE, Region.LATIN_AMERICAN_CARIBBEAN, null));
        Nominee vanRompaey = new Nominee(2, "VAN ROMPAEY, Leslie", new Profile(Gender.MALE, Region.LATIN_AMERICAN_CARIBBEAN, null));
        var setup = new Tally.Setup(List.of(), Map.of(), 1, List.of(henderson, vanRompaey));
        String[] row = dataRows("/court/election-2013-one-judge.csv").get(0);
        var round = new Tally.RoundResult(Integer.parseInt(row[0]), Integer.parseInt(row[1]), Integer.parseInt(row[2]),
                Integer.parseInt(row[3]), Map.of(henderson.id(), Integer.parseInt(row[5])), Set.of(vanRompaey.id()));

        var outcomes = Tally.replay(setup, List.of(round));

        assertThat(round.presentAndVoting()).as("States Parties voting, as published").isEqualTo(98);
        assertThat(outcomes.get(0).majority()).as("two-thirds required majority, as published").isEqualTo(66);
        assertThat(outcomes.get(0).elected()).containsExactly(henderson);
        assertThat(outcomes.get(0).seatsLeftAfter()).isZero();
    }

    /**
     * 2003, first ballot of the first election: 85 ballots, 2 invalid, "candidates required a minimum
     * of 56 votes" (Coalition for the ICC, "Results of ICC ballot #1", 4 February 2003, republished at
     * scoop.co.nz/stories/WO0302/S00042.htm). Invalid ballots do not count: two thirds of 85 would be 57.
     */
    @Test
    void invalidBallotsAreLeftOutOfTheMajorityAsIn2003() {
        var first = new Tally.RoundResult(1, 85, 2, 0, Map.of(), Set.of());
        assertThat(VotingRules.twoThirds(first.presentAndVoting())).isEqualTo(56);
    }

    private static List<String[]> dataRows(String resource) throws IOException {
        try (InputStream in = RealElectionsTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.startsWith("#") && !l.startsWith("round,") && !l.isBlank())
                .map(l -> l.split(",", -1))
                .toList();
        }
    }
}
