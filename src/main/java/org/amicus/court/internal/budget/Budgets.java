package org.amicus.court.internal.budget;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.amicus.court.internal.Input.reject;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.RejectedInput.Problem;
import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Court's budget: a figure per year, programme and stage, each with its source. A new figure for
 * the same key supersedes the old one, which is kept. A figure's lines must add up to it, and a
 * year's sections must add up to its TOTAL at the same stage.
 */
@Service
public class Budgets {

    static final String RECORD = "court-budget";

    /** What staff submit: the figure and, optionally, its lines. */
    public record Draft(Integer year, Programme programme, Stage stage, Long totalEur, String source, List<Figure.Line> lines) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Budgets(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The current figures, by year, programme and stage. */
    public List<Figure> figures() {
        Map<Long, List<Figure.Line>> lines = new HashMap<>();
        jdbc.sql("select l.* from court_budget_line l join court_budget b on b.id = l.budget_id where b.superseded_by is null order by l.position")
            .query(rs -> {
                lines.computeIfAbsent(rs.getLong("budget_id"), k -> new ArrayList<>())
                    .add(new Figure.Line(rs.getString("name"), rs.getLong("amount_eur")));
            });
        return jdbc.sql("select * from court_budget where superseded_by is null order by budget_year, programme, stage")
            .query((rs, n) -> new Figure(rs.getLong("id"), rs.getInt("budget_year"), Programme.valueOf(rs.getString("programme")),
                    Stage.valueOf(rs.getString("stage")), rs.getLong("total_eur"), rs.getString("source"),
                    lines.getOrDefault(rs.getLong("id"), List.of())))
            .list()
            .stream().sorted(java.util.Comparator.comparing(Figure::year).thenComparing(Figure::programme).thenComparing(Figure::stage))
            .toList();
    }

    public boolean isEmpty() {
        return jdbc.sql("select count(*) from court_budget").query(Long.class).single() == 0;
    }

    @Transactional
    public Figure record(Draft d) {
        List<Problem> problems = new ArrayList<>();
        if (d.year() == null || d.year() < 2002 || d.year() > 2100) {
            problems.add(new Problem(0, "year", "court.budget.badYear"));
        }
        if (d.programme() == null) {
            problems.add(new Problem(0, "programme", "court.required.programme"));
        }
        if (d.stage() == null) {
            problems.add(new Problem(0, "stage", "court.required.stage"));
        }
        if (d.totalEur() == null || d.totalEur() < 0) {
            problems.add(new Problem(0, "totalEur", "court.budget.badTotal"));
        }
        if (d.source() == null || d.source().isBlank()) {
            problems.add(new Problem(0, "source", "court.required.source"));
        }
        List<Figure.Line> lines = d.lines() == null ? List.of() : d.lines();
        long sum = 0;
        for (int i = 0; i < lines.size(); i++) {
            Figure.Line l = lines.get(i);
            if (l.name() == null || l.name().isBlank() || l.amountEur() < 0) {
                problems.add(new Problem(i + 1, "lines", "court.budget.badLine", i + 1));
            }
            sum += l.amountEur();
        }
        if (!lines.isEmpty() && d.totalEur() != null && sum != d.totalEur()) {
            problems.add(new Problem(0, "lines", "court.budget.linesDoNotAddUp", sum, d.totalEur()));
        }
        reject(problems);
        Optional<Long> previous = jdbc.sql("select id from court_budget where budget_year = ? and programme = ? and stage = ? and superseded_by is null")
            .params(d.year(), d.programme().name(), d.stage().name()).query(Long.class).optional();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into court_budget (budget_year, programme, stage, total_eur, source, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
            .params(d.year(), d.programme().name(), d.stage().name(), d.totalEur(), d.source().trim(), Timestamps.now(), AuditTrail.currentActor())
            .update(keys, "id");
        long id = keys.getKey().longValue();
        for (int i = 0; i < lines.size(); i++) {
            jdbc.sql("insert into court_budget_line (budget_id, position, name, amount_eur) values (?, ?, ?, ?)")
                .params(id, i + 1, lines.get(i).name().trim(), lines.get(i).amountEur()).update();
        }
        previous.ifPresent(p -> jdbc.sql("update court_budget set superseded_by = ? where id = ?").params(id, p).update());
        Figure f = new Figure(id, d.year(), d.programme(), d.stage(), d.totalEur(), d.source().trim(), lines);
        audit.record(new Change(RECORD, d.year() + "/" + d.programme() + "/" + d.stage(), previous.isPresent() ? "corrected" : "recorded",
                null, f, f.source(), "Budget " + d.year() + " " + d.programme() + " " + d.stage() + ": " + d.totalEur()));
        return f;
    }

    /** A year's row: the figure per programme at one stage. */
    public record YearRow(int year, Stage stage, Map<Programme, Long> amounts, Long total, Double growthPercent, boolean addsUp) {
    }

    /**
     * Per year and stage: the sections, the TOTAL (or, without one, nothing), whether the sections add
     * up to it, and the growth of the TOTAL against the same stage of the year before, where both exist.
     */
    public List<YearRow> years() {
        Map<String, Map<Programme, Long>> byKey = new TreeMap<>();
        for (Figure f : figures()) {
            byKey.computeIfAbsent(f.year() + ":" + f.stage().ordinal(), k -> new java.util.EnumMap<>(Programme.class))
                .put(f.programme(), f.totalEur());
        }
        List<YearRow> rows = new ArrayList<>();
        for (var e : byKey.entrySet()) {
            int year = Integer.parseInt(e.getKey().split(":")[0]);
            Stage stage = Stage.values()[Integer.parseInt(e.getKey().split(":")[1])];
            Map<Programme, Long> amounts = e.getValue();
            Long total = amounts.get(Programme.TOTAL);
            long sections = amounts.entrySet().stream().filter(a -> a.getKey() != Programme.TOTAL).mapToLong(Map.Entry::getValue).sum();
            boolean hasSections = amounts.keySet().stream().anyMatch(p -> p != Programme.TOTAL);
            Long before = Optional.ofNullable(byKey.get((year - 1) + ":" + stage.ordinal())).map(m -> m.get(Programme.TOTAL)).orElse(null);
            Double growth = total != null && before != null && before > 0 ? Math.round(10000.0 * (total - before) / before) / 100.0 : null;
            rows.add(new YearRow(year, stage, amounts, total, growth, !hasSections || total == null || sections == total));
        }
        return rows;
    }
}
