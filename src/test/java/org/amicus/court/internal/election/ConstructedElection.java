package org.amicus.court.internal.election;

import static org.amicus.court.internal.election.Gender.FEMALE;
import static org.amicus.court.internal.election.Gender.MALE;
import static org.amicus.court.internal.election.JudgeList.A;
import static org.amicus.court.internal.election.JudgeList.B;
import static org.amicus.court.internal.election.Region.AFRICAN;
import static org.amicus.court.internal.election.Region.ASIA_PACIFIC;
import static org.amicus.court.internal.election.Region.EASTERN_EUROPEAN;
import static org.amicus.court.internal.election.Region.LATIN_AMERICAN_CARIBBEAN;
import static org.amicus.court.internal.election.Region.WESTERN_EUROPEAN_OTHERS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A CONSTRUCTED election (not a real one; see docs/court.md for why no real election is replayed):
 * six vacancies on an 18-judge bench, twelve judges staying, ten candidates.
 * Staying: list A 6, list B 6; women 7, men 5; African 3, Asia-Pacific 2, Eastern European 1,
 * Latin American and Caribbean 2, Western European and others 4. Every group has more than sixteen
 * States Parties, so each regional base is three.
 */
final class ConstructedElection {

    static final Map<Region, Integer> PARTIES = Map.of(AFRICAN, 33, ASIA_PACIFIC, 19, EASTERN_EUROPEAN, 18,
            LATIN_AMERICAN_CARIBBEAN, 28, WESTERN_EUROPEAN_OTHERS, 25);

    static final Nominee ALICE = n(1, "Alice", FEMALE, AFRICAN, A);
    static final Nominee BOB = n(2, "Bob", MALE, EASTERN_EUROPEAN, A);
    static final Nominee CARLA = n(3, "Carla", FEMALE, LATIN_AMERICAN_CARIBBEAN, B);
    static final Nominee DEV = n(4, "Dev", MALE, ASIA_PACIFIC, A);
    static final Nominee EVA = n(5, "Eva", FEMALE, EASTERN_EUROPEAN, B);
    static final Nominee FEMI = n(6, "Femi", MALE, AFRICAN, A);
    static final Nominee GITA = n(7, "Gita", FEMALE, ASIA_PACIFIC, B);
    static final Nominee HUGO = n(8, "Hugo", MALE, WESTERN_EUROPEAN_OTHERS, A);
    static final Nominee INES = n(9, "Ines", FEMALE, LATIN_AMERICAN_CARIBBEAN, A);
    static final Nominee JAN = n(10, "Jan", MALE, WESTERN_EUROPEAN_OTHERS, B);

    static final List<Nominee> CANDIDATES = List.of(ALICE, BOB, CARLA, DEV, EVA, FEMI, GITA, HUGO, INES, JAN);

    static List<Profile> staying() {
        List<Profile> judges = new ArrayList<>();
        // list A: 6, list B: 6; women 7, men 5
        judges.add(new Profile(FEMALE, AFRICAN, A));
        judges.add(new Profile(FEMALE, AFRICAN, B));
        judges.add(new Profile(MALE, AFRICAN, A));
        judges.add(new Profile(FEMALE, ASIA_PACIFIC, A));
        judges.add(new Profile(MALE, ASIA_PACIFIC, B));
        judges.add(new Profile(FEMALE, EASTERN_EUROPEAN, B));
        judges.add(new Profile(MALE, LATIN_AMERICAN_CARIBBEAN, A));
        judges.add(new Profile(FEMALE, LATIN_AMERICAN_CARIBBEAN, B));
        judges.add(new Profile(FEMALE, WESTERN_EUROPEAN_OTHERS, A));
        judges.add(new Profile(FEMALE, WESTERN_EUROPEAN_OTHERS, B));
        judges.add(new Profile(MALE, WESTERN_EUROPEAN_OTHERS, A));
        judges.add(new Profile(MALE, WESTERN_EUROPEAN_OTHERS, B));
        return judges;
    }

    static Tally.Setup setup() {
        return new Tally.Setup(staying(), PARTIES, 6, CANDIDATES);
    }

    static VotingRules.Seats firstRound() {
        return new VotingRules.Seats(staying(), PARTIES, 6, CANDIDATES, 1);
    }

    private static Nominee n(long id, String name, Gender g, Region r, JudgeList l) {
        return new Nominee(id, name, new Profile(g, r, l));
    }

    private ConstructedElection() {
    }
}
