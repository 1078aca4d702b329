package org.amicus.campaigns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.amicus.campaigns.internal.strategy.Evaluator;
import org.amicus.campaigns.internal.strategy.Strategies;
import org.amicus.campaigns.internal.strategy.Strategy;
import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.RecordVersion;
import org.amicus.platform.Timestamps;
import org.amicus.states.StatesDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not part of the suite (the name does not end in Test): times computing every goal of the shipped
 * strategy over a synthetic record of 200 states with 20 years of treaty events, legislation stages
 * and watch-list entries, against a baseline measured in the same run: one statesParties replay on a
 * date not asked before. Run: {@code ./mvnw -q test -Dtest=StrategyBenchmark -Dsurefire.failIfNoSpecifiedTests=false},
 * results in target/strategy-benchmark.txt. The synthetic rows are written straight into the tables
 * of a private in-memory database, replacing the shipped record.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:strategy-bench;DB_CLOSE_DELAY=-1")
class StrategyBenchmark {

    static final int ROUNDS = 60;
    static final LocalDate FIRST = LocalDate.of(2006, 1, 1);
    static final String SOURCE = "synthetic benchmark data";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail audit;
    @Autowired
    RecordVersion version;
    @Autowired
    Strategies strategies;
    @Autowired
    Evaluator evaluator;
    @Autowired
    StatesDirectory states;

    @Test
    void run() throws IOException {
        int rows = synthesise();
        Strategy plan = strategies.all().stream().filter(s -> s.title().startsWith("CICC")).findFirst().orElseThrow();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String> report = new ArrayList<>();
        report.add("states: " + states.states().size() + ", synthetic rows: " + rows + ", goals: " + plan.goals().size()
                + ", series points per goal: " + evaluator.computeSeries(plan, plan.goals().get(0), today).size());
        // Warm the JIT on both paths before measuring.
        for (int i = 0; i < ROUNDS; i++) {
            evaluator.compute(plan, today);
            states.statesPartiesCount(today.minusDays(3000 + i));
        }
        int[] day = { 0 };
        report.add(line("baseline: one statesParties replay on a new date", time(() -> states.statesPartiesCount(today.minusDays(++day[0])))));
        report.add(line("dashboard: every goal's verdict, states' caches warm", time(() -> evaluator.compute(plan, today))));
        report.add(line("dashboard: every goal, just after a record change", time(() -> {
            touch();
            return evaluator.compute(plan, today);
        })));
        report.add(line("dashboard: every goal, kept answer", time(() -> evaluator.evaluate(plan, today))));
        for (var goal : plan.goals()) {
            report.add(line("series of " + goal.metric() + " by " + goal.deadline(), time(() -> evaluator.computeSeries(plan, goal, today))));
        }
        Files.write(Path.of("target/strategy-benchmark.txt"), report);
        report.forEach(System.out::println);
    }

    private void touch() {
        audit.record(new Change("benchmark", "0", "touched", null, null, SOURCE, "benchmark: move the record version"));
    }

    private static String line(String what, double[] ms) {
        return "%-56s median %7.2f ms  p90 %7.2f ms  max %7.2f ms".formatted(what, ms[ms.length / 2], ms[ms.length * 9 / 10],
                ms[ms.length - 1]);
    }

    private static double[] time(Supplier<?> work) {
        double[] ms = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    /** 200 states; for each, 20 years of treaty events, legislation stages and watch-list periods. */
    private int synthesise() {
        for (String table : List.of("treaty_event", "legislation_stage")) {
            jdbc.sql("update " + table + " set supersedes_id = null").update();
            jdbc.sql("delete from " + table).update();
        }
        jdbc.sql("delete from watch_entry").update();
        for (int i = 0; i < 3; i++) {
            jdbc.sql("""
                    insert into state (iso3, iso2, iso_numeric, un_status, un_regional_group, name_en, name_fr, name_es, name_ar, name_pt)
                    values (?, ?, ?, 'UN_MEMBER', 'EASTERN_EUROPEAN', ?, ?, ?, ?, ?)""")
                .params("QZ" + i, "Q" + i, "99" + i, "Synthetic " + i, "Synthetic " + i, "Synthetic " + i, "Synthetic " + i,
                        "Synthetic " + i)
                .update();
        }
        Random random = new Random(2009);
        int rows = 0;
        for (String iso3 : jdbc.sql("select iso3 from state order by iso3").query(String.class).list()) {
            rows += treatyEvents(iso3, random) + legislation(iso3, random) + watchList(iso3, random);
        }
        audit.record(new Change("benchmark", "0", "synthesised", null, null, SOURCE, "benchmark: synthetic record"));
        version.refresh();
        return rows;
    }

    /** An accession, then every two years or so a withdrawal notified and retracted before it takes effect. */
    private int treatyEvents(String iso3, Random random) {
        LocalDate d = FIRST.plusDays(random.nextInt(3000));
        event(iso3, "DEPOSIT", d, "ACCESSION");
        int n = 1;
        for (d = d.plusDays(200 + random.nextInt(500)); d.isBefore(FIRST.plusYears(20)); d = d.plusDays(300 + random.nextInt(400))) {
            event(iso3, "WITHDRAWAL_NOTIFIED", d, null);
            d = d.plusDays(30 + random.nextInt(200));
            event(iso3, "WITHDRAWAL_RETRACTED", d, null);
            n += 2;
        }
        return n;
    }

    private void event(String iso3, String type, LocalDate date, String instrument) {
        jdbc.sql("""
                insert into treaty_event (iso3, event_type, event_date, instrument_type, source, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, 'benchmark')""")
            .params(iso3, type, date, instrument, SOURCE, Timestamps.now()).update();
    }

    /** Each component moves through the stages over the years, sometimes back to the executive first. */
    private int legislation(String iso3, Random random) {
        int n = 0;
        for (String component : List.of("COOPERATION", "CRIMES")) {
            LocalDate d = FIRST.plusDays(random.nextInt(1500));
            List<String> stages = new ArrayList<>(List.of("GOVERNMENT_COMMITTED", "DRAFT_IN_EXECUTIVE", "DRAFT_BEFORE_PARLIAMENT"));
            if (random.nextBoolean()) {
                stages.addAll(List.of("DRAFT_IN_EXECUTIVE", "DRAFT_BEFORE_PARLIAMENT"));
            }
            stages.add("ENACTED");
            for (String stage : stages) {
                jdbc.sql("""
                        insert into legislation_stage (iso3, component, stage, stage_date, source, recorded_at, recorded_by)
                        values (?, ?, ?, ?, ?, ?, 'benchmark')""")
                    .params(iso3, component, stage, d, SOURCE, Timestamps.now()).update();
                d = d.plusDays(200 + random.nextInt(900));
                n++;
            }
        }
        return n;
    }

    /** Watched for two to four years at a time, with gaps. */
    private int watchList(String iso3, Random random) {
        int n = 0;
        for (LocalDate d = FIRST.plusDays(random.nextInt(700)); d.isBefore(FIRST.plusYears(20)); d = d.plusYears(5)) {
            jdbc.sql("""
                    insert into watch_entry (iso3, valid_from, valid_to, source, recorded_at, recorded_by)
                    values (?, ?, ?, ?, ?, 'benchmark')""")
                .params(iso3, d, d.plusYears(2 + random.nextInt(3)), SOURCE, Timestamps.now()).update();
            n++;
        }
        return n;
    }
}
