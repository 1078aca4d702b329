package org.amicus.court.internal.victims;

import java.util.ArrayList;
import java.util.List;

import org.amicus.cooperation.Situations;
import static org.amicus.court.internal.Input.blank;
import static org.amicus.court.internal.Input.reject;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.RejectedInput.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Trust Fund for Victims' projects. The situation (and the case of a reparations project) must
 * exist in the cooperation record; a reparations project names its case.
 */
@Service
public class Projects {

    static final String RECORD = "court-tfv-project";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Situations situations;

    Projects(JdbcClient jdbc, AuditTrail audit, Situations situations) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.situations = situations;
    }

    public List<Project> all() {
        return jdbc.sql("select * from court_tfv_project where removed = false order by situation_code, id")
            .query((rs, n) -> new Project(rs.getLong("id"), rs.getString("situation_code"), rs.getString("case_number"),
                    Project.Mandate.valueOf(rs.getString("mandate")), rs.getString("name"), rs.getString("location"), rs.getString("partner"),
                    (Integer) rs.getObject("beneficiaries", Integer.class), euros(rs.getBigDecimal("budget_eur")),
                    Project.Status.valueOf(rs.getString("status")), rs.getString("source")))
            .list();
    }

    /** The column is numeric, which the PostgreSQL driver does not hand out as a Long. */
    private static Long euros(java.math.BigDecimal amount) {
        return amount == null ? null : amount.longValueExact();
    }

    @Transactional
    public Project add(Project p) {
        List<Problem> problems = new ArrayList<>();
        String code = p.situationCode() == null ? "" : p.situationCode().trim();
        String number = p.caseNumber() == null || p.caseNumber().isBlank() ? null : p.caseNumber().trim();
        if (situations.situation(code).isEmpty()) {
            problems.add(new Problem(0, "situation", "court.stage.noSituation", code));
        } else if (number != null && situations.courtCase(number).filter(c -> c.situationCode().equals(code)).isEmpty()) {
            problems.add(new Problem(0, "caseNumber", "court.stage.noCase", number, code));
        }
        if (p.mandate() == null) {
            problems.add(new Problem(0, "mandate", "court.required.mandate"));
        } else if (p.mandate() == Project.Mandate.REPARATIONS && number == null) {
            problems.add(new Problem(0, "caseNumber", "court.project.reparationsNeedCase"));
        }
        if (p.name() == null || p.name().isBlank()) {
            problems.add(new Problem(0, "name", "court.required.name"));
        }
        if (p.status() == null) {
            problems.add(new Problem(0, "status", "court.required.status"));
        }
        if ((p.beneficiaries() != null && p.beneficiaries() < 0) || (p.budgetEur() != null && p.budgetEur() < 0)) {
            problems.add(new Problem(0, "budgetEur", "court.project.negative"));
        }
        if (p.source() == null || p.source().isBlank()) {
            problems.add(new Problem(0, "source", "court.required.source"));
        }
        reject(problems);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into court_tfv_project (situation_code, case_number, mandate, name, location, partner, beneficiaries, budget_eur, status, source)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(code, number, p.mandate().name(), p.name().trim(), blank(p.location()), blank(p.partner()), p.beneficiaries(), p.budgetEur(),
                    p.status().name(), p.source().trim())
            .update(keys, "id");
        Project saved = new Project(keys.getKey().longValue(), code, number, p.mandate(), p.name().trim(), blank(p.location()),
                blank(p.partner()), p.beneficiaries(), p.budgetEur(), p.status(), p.source().trim());
        audit.record(new Change(RECORD, String.valueOf(saved.id()), "added", null, saved, saved.source(), "TFV project: " + saved.name()));
        return saved;
    }
}
