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

    /**
     * 2017, first round of the election of six judges, from the Assembly's result table as reproduced
     * by The Independent (Uganda), 6 December 2017 (independent.co.ug/ugandas-justice-solomy-balungi-bossa-elected-icc-judge):
     * 119 ballot papers, 10 invalid, no abstention, 109 States Parties voting, "two-thirds required
     * majority: 73"; Akane 88 (elected), Ibáñez Carranza 77 (elected, same report), Bossa 67,
     * Alapini-Gansou 66, Đurđević 59, Aitala 55. The copy stops there: the other six candidates' votes
     * could not be read, so they are left out rather than guessed, and only what the six known figures
     * decide is asserted (the Coalition for the ICC, asp-2017-day-two, confirms two judges elected that
     * day and gives the lists of Akane, Ibáñez Carranza, Bossa and Alapini-Gansou; the others' lists are
     * left blank).
     */
    @Test
    void theFirst2017RoundElectsAkaneAndIbanezCarranzaWithTheMajorityOf73() {
        Nominee akane = new Nominee(1, "AKANE, Tomoko", new Profile(Gender.FEMALE, Region.ASIA_PACIFIC, JudgeList.A));
        Nominee ibanez = new Nominee(2, "IBÁÑEZ CARRANZA, Luz del Carmen", new Profile(Gender.FEMALE, Region.LATIN_AMERICAN_CARIBBEAN, JudgeList.A));
        Nominee bossa = new Nominee(3, "BOSSA, Solomy Balungi", new Profile(Gender.FEMALE, Region.AFRICAN, JudgeList.A));
        Nominee alapini = new Nominee(4, "ALAPINI-GANSOU, Reine", new Profile(Gender.FEMALE, Region.AFRICAN, JudgeList.B));
        Nominee durdevic = new Nominee(5, "ĐURĐEVIĆ, Zlata", new Profile(Gender.FEMALE, Region.EASTERN_EUROPEAN, null));
        Nominee aitala = new Nominee(6, "AITALA, Rosario Salvatore", new Profile(Gender.MALE, Region.WESTERN_EUROPEAN_OTHERS, null));
        var setup = new Tally.Setup(List.of(), Map.of(), 6, List.of(akane, ibanez, bossa, alapini, durdevic, aitala));
        var first = new Tally.RoundResult(1, 119, 10, 0, Map.of(akane.id(), 88, ibanez.id(), 77, bossa.id(), 67, alapini.id(), 66,
                durdevic.id(), 59, aitala.id(), 55), Set.of());

        var outcome = Tally.replay(setup, List.of(first)).get(0);

        assertThat(first.presentAndVoting()).as("States Parties voting, as published").isEqualTo(109);
        assertThat(outcome.majority()).as("two-thirds required majority, as published").isEqualTo(73);
        assertThat(outcome.elected()).containsExactly(akane, ibanez);
        assertThat(outcome.seatsLeftAfter()).isEqualTo(4);
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
