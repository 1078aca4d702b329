package org.amicus.court.internal.budget;

import static org.amicus.court.internal.Input.reject;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.RejectedInput.Problem;
import org.amicus.states.StatesDirectory;
import org.apache.commons.csv.CSVFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * States Parties' assessed contributions and what is left unpaid, imported from CSV (the Court's
 * reports on the status of contributions) and summed per UN regional group: each group's share of
 * the year's assessments and its arrears. Every line is checked; one bad line refuses the whole file,
 * each problem with its line. A newer figure for the same year and state supersedes the old one, which is kept.
 */
@Service
public class AssessedContributions {

    static final String RECORD = "court-contribution";
    static final String HEADER = "year,iso3,assessed_eur,outstanding_eur,source";

    /** One state's figures for one year. */
    public record Contribution(int year, String iso3, long assessedEur, long outstandingEur, String source) {
    }

    /** A regional group's figures for one year; {@code sharePercent} is its part of the year's assessments. */
    public record GroupTotal(int year, String group, int states, long assessedEur, long outstandingEur, double sharePercent) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final StatesDirectory states;

    AssessedContributions(JdbcClient jdbc, AuditTrail audit, StatesDirectory states) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.states = states;
    }

    public List<Contribution> current() {
        return jdbc.sql("select * from court_contribution where superseded = false order by budget_year, iso3")
            .query((rs, n) -> new Contribution(rs.getInt("budget_year"), rs.getString("iso3"), rs.getBigDecimal("assessed_eur").longValueExact(),
                    rs.getBigDecimal("outstanding_eur").longValueExact(), rs.getString("source")))
            .list();
    }

    /** Per year and UN regional group, the groups in the states module's spelling. */
    public List<GroupTotal> byGroup() {
        Map<Integer, Map<String, long[]>> sums = new TreeMap<>();
        for (Contribution c : current()) {
            String group = states.state(c.iso3()).map(StatesDirectory.StateFacts::unRegionalGroup).orElse("OTHER");
            long[] s = sums.computeIfAbsent(c.year(), y -> new TreeMap<>()).computeIfAbsent(group, g -> new long[3]);
            s[0]++;
            s[1] += c.assessedEur();
            s[2] += c.outstandingEur();
        }
        List<GroupTotal> out = new ArrayList<>();
        sums.forEach((year, groups) -> {
            long total = groups.values().stream().mapToLong(s -> s[1]).sum();
            groups.forEach((group, s) -> out.add(new GroupTotal(year, group, (int) s[0], s[1], s[2],
                    total == 0 ? 0 : Math.round(1000.0 * s[1] / total) / 10.0)));
        });
        return out;
    }

    /** Imports the CSV, all lines or none; returns how many figures were recorded. */
    @Transactional
    public int importCsv(String csv) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Contribution> read = new LinkedHashMap<>();
        try {
            var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv == null ? "" : csv)).getRecords();
            for (var r : records) {
                int line = (int) r.getRecordNumber() + 1;
                Contribution c = line(r.toMap(), line, problems);
                if (c != null && read.put(c.year() + c.iso3(), c) != null) {
                    problems.add(new Problem(line, "iso3", "court.contribution.twice", line, c.iso3(), String.valueOf(c.year())));
                }
            }
        } catch (IOException | IllegalArgumentException | java.io.UncheckedIOException bad) {
            problems.add(new Problem(1, "csv", "court.contribution.header", HEADER));
        }
        if (problems.isEmpty() && read.isEmpty()) {
            problems.add(new Problem(1, "csv", "court.import.empty"));
        }
        reject(problems);
        LocalDateTime now = LocalDateTime.now();
        for (Contribution c : read.values()) {
            jdbc.sql("update court_contribution set superseded = true where budget_year = ? and iso3 = ? and superseded = false")
                .params(c.year(), c.iso3()).update();
            jdbc.sql("insert into court_contribution (budget_year, iso3, assessed_eur, outstanding_eur, source, recorded_at) values (?, ?, ?, ?, ?, ?)")
                .params(c.year(), c.iso3(), c.assessedEur(), c.outstandingEur(), c.source(), now).update();
        }
        audit.record(new Change(RECORD, "import", "imported", null, read.size() + " figures", read.values().iterator().next().source(),
                "AssessedContributions imported: " + read.size()));
        return read.size();
    }

    private Contribution line(Map<String, String> r, int line, List<Problem> problems) {
        int before = problems.size();
        Integer year = number(r.get("year"), line, "year", problems);
        String iso3 = r.getOrDefault("iso3", "").trim().toUpperCase(java.util.Locale.ROOT);
        int max = LocalDate.now().getYear() + 1;
        if (year != null && (year < 2002 || year > max)) {
            problems.add(new Problem(line, "year", "court.contribution.year", line, String.valueOf(year)));
        }
        if (states.state(iso3).isEmpty()) {
            problems.add(new Problem(line, "iso3", "court.contribution.noState", line, iso3));
        } else if (year != null && !states.isStateParty(iso3, LocalDate.of(year, 12, 31))) {
            problems.add(new Problem(line, "iso3", "court.contribution.notParty", line, iso3, String.valueOf(year)));
        }
        Long assessed = amount(r.get("assessed_eur"), line, "assessed_eur", problems);
        Long outstanding = amount(r.get("outstanding_eur"), line, "outstanding_eur", problems);
        if (assessed != null && outstanding != null && outstanding > assessed) {
            problems.add(new Problem(line, "outstanding_eur", "court.contribution.moreThanAssessed", line, outstanding, assessed));
        }
        String source = r.getOrDefault("source", "").trim();
        if (source.isEmpty()) {
            problems.add(new Problem(line, "source", "court.contribution.noSource", line));
        }
        return problems.size() > before ? null : new Contribution(year, iso3, assessed, outstanding, source);
    }

    private static Integer number(String text, int line, String field, List<Problem> problems) {
        Long n = amount(text, line, field, problems);
        return n == null ? null : n.intValue();
    }

    private static Long amount(String text, int line, String field, List<Problem> problems) {
        try {
            long n = Long.parseLong(text == null ? "" : text.trim().replace("_", ""));
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add(new Problem(line, field, "court.contribution.notAnAmount", line, field, text == null ? "" : text));
        return null;
    }
}
