package org.amicus.court;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.amicus.court.internal.election.Ballot;
import org.amicus.court.internal.election.Gender;
import org.amicus.court.internal.election.JudgeList;
import org.amicus.court.internal.election.Nominee;
import org.amicus.court.internal.election.Profile;
import org.amicus.court.internal.election.Region;
import org.amicus.court.internal.election.VotingRules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Not part of the suite (the name does not end in Test): the minimum voting requirements and the
 * validation of one ballot for an 18-judge bench with 6 vacancies and 40 candidates (target: under
 * 1 ms per ballot), against a baseline measured in the same run: copying the ballot's votes into a
 * new list. Run: {@code ./mvnw -q test-compile exec:exec -Dexec.executable=java
 * -Dexec.classpathScope=test -Dexec.args="-cp %classpath org.amicus.court.CourtBallotBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CourtBallotBenchmark {

    VotingRules.Seats seats;
    List<List<Long>> ballots = new ArrayList<>();
    int next;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        Gender[] genders = Gender.values();
        Region[] regions = Region.values();
        JudgeList[] lists = JudgeList.values();
        List<Profile> staying = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            staying.add(new Profile(genders[i % 2], regions[i % 5], lists[i % 3 == 0 ? 1 : 0]));
        }
        List<Nominee> candidates = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            candidates.add(new Nominee(i, "Candidate " + i,
                    new Profile(genders[random.nextInt(2)], regions[random.nextInt(5)], lists[random.nextInt(2)])));
        }
        Map<Region, Integer> parties = new EnumMap<>(Region.class);
        for (Region r : regions) {
            parties.put(r, 15 + random.nextInt(20));
        }
        seats = new VotingRules.Seats(staying, parties, 6, candidates, 1);
        for (int b = 0; b < 1024; b++) {
            List<Long> votes = new ArrayList<>();
            while (votes.size() < 6) {
                long id = random.nextInt(40);
                if (!votes.contains(id)) {
                    votes.add(id);
                }
            }
            ballots.add(votes);
        }
    }

    private List<Long> nextBallot() {
        next = (next + 1) & 1023;
        return ballots.get(next);
    }

    /** The requirements computed afresh for the ballot, then the ballot checked: the whole work per ballot. */
    @Benchmark
    public Object requirementsAndBallot() {
        return Ballot.check(Ballot.Round.of(seats), nextBallot());
    }

    /** A ballot checked against requirements computed once per round, as a live session does. */
    @Benchmark
    public Object ballotOnly(RoundState round) {
        return Ballot.check(round.round, nextBallot());
    }

    @Benchmark
    public Object baselineCopyVotes() {
        return new ArrayList<>(nextBallot());
    }

    @State(Scope.Benchmark)
    public static class RoundState {
        Ballot.Round round;

        @Setup
        public void setUp(CourtBallotBenchmark b) {
            round = Ballot.Round.of(b.seats);
        }
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder().include(CourtBallotBenchmark.class.getSimpleName()).build()).run();
    }
}
