package org.amicus.court.internal.budget;

import static org.amicus.court.internal.Input.blank;
import static org.amicus.court.internal.Input.reject;
import static org.amicus.court.internal.Input.require;

import java.util.ArrayList;
import java.util.List;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coalition's budget recommendations; an outcome recorded later keeps the earlier one in the audit trail. */
@Service
public class Recommendations {

    static final String RECORD = "court-budget-recommendation";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Recommendations(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<Recommendation> all() {
        return jdbc.sql("select * from court_budget_recommendation where removed = false order by budget_year desc, programme, id")
            .query((rs, n) -> new Recommendation(rs.getLong("id"), rs.getInt("budget_year"), Programme.valueOf(rs.getString("programme")),
                    rs.getString("recommendation"), Recommendation.Outcome.valueOf(rs.getString("outcome")), rs.getString("outcome_note"),
                    rs.getString("source")))
            .list();
    }

    @Transactional
    public void add(Integer year, Programme programme, String text, Recommendation.Outcome outcome, String outcomeNote, String source) {
        List<Problem> problems = new ArrayList<>();
        if (year == null || year < 2002 || year > 2100) {
            problems.add(new Problem(0, "year", "court.budget.badYear"));
        }
        require(problems, programme, "programme");
        require(problems, text, "recommendation");
        require(problems, source, "source");
        reject(problems);
        Recommendation.Outcome o = outcome == null ? Recommendation.Outcome.PENDING : outcome;
        jdbc.sql("""
                insert into court_budget_recommendation (budget_year, programme, recommendation, outcome, outcome_note, source)
                values (?, ?, ?, ?, ?, ?)""")
            .params(year, programme.name(), text.trim(), o.name(), blank(outcomeNote), source.trim()).update();
        audit.record(new Change(RECORD, year + "/" + programme, "added", null, text.trim(), source.trim(),
                "Budget recommendation " + year + " " + programme));
    }

    @Transactional
    public void setOutcome(long id, Recommendation.Outcome outcome, String note) {
        Recommendation before = all().stream().filter(r -> r.id() == id).findFirst()
            .orElseThrow(() -> new NotFound("court.recommendation.notFound", id));
        List<Problem> problems = new ArrayList<>();
        require(problems, outcome, "outcome");
        reject(problems);
        jdbc.sql("update court_budget_recommendation set outcome = ?, outcome_note = ? where id = ?").params(outcome.name(), blank(note), id)
            .update();
        audit.record(new Change(RECORD, String.valueOf(id), "outcome", before.outcome() + ": " + before.outcomeNote(),
                outcome + ": " + blank(note), null, "Outcome of the budget recommendation " + before.year() + " " + before.programme()));
    }
}
