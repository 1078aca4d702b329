package org.amicus.court.internal.victims;

import static org.amicus.court.internal.Input.blank;
import static org.amicus.court.internal.Input.reject;
import static org.amicus.court.internal.Input.require;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.amicus.cooperation.Situations;
import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Court's reparations orders and the Registry's legal aid. An order names a case of the
 * cooperation record; both are audited and removed softly (a wrong entry is kept, out of sight).
 */
@Service
public class ReparationsOrders {

    static final String ORDER = "court-reparations-order";
    static final String LEGAL_AID = "court-legal-aid";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Situations situations;

    ReparationsOrders(JdbcClient jdbc, AuditTrail audit, Situations situations) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.situations = situations;
    }

    public List<ReparationsOrder> orders() {
        return jdbc.sql("select * from court_reparations_order where removed = false order by order_date, id")
            .query((rs, n) -> new ReparationsOrder(rs.getLong("id"), rs.getString("case_number"), rs.getObject("order_date", LocalDate.class),
                    rs.getString("chamber"), ReparationsOrder.Kind.valueOf(rs.getString("kind")), whole(rs.getBigDecimal("amount")),
                    rs.getString("currency"), (Integer) rs.getObject("beneficiaries", Integer.class), rs.getString("tfv_role"),
                    rs.getString("summary"), rs.getString("source")))
            .list();
    }

    public List<LegalAid> legalAid() {
        return jdbc.sql("select * from court_legal_aid where removed = false order by kind, budget_year, id")
            .query((rs, n) -> new LegalAid(rs.getLong("id"), LegalAid.Kind.valueOf(rs.getString("kind")),
                    (Integer) rs.getObject("budget_year", Integer.class), rs.getString("title"), whole(rs.getBigDecimal("amount_eur")),
                    rs.getString("symbol"), rs.getString("source")))
            .list();
    }

    /** Whether an order of that case and date was ever recorded, removed ones included (so a removal stays removed). */
    public boolean everRecorded(String caseNumber, LocalDate orderDate) {
        return jdbc.sql("select count(*) from court_reparations_order where case_number = ? and order_date = ?")
            .params(caseNumber, orderDate).query(Long.class).single() > 0;
    }

    /** Whether a legal aid entry of that title and symbol was ever recorded, removed ones included. */
    public boolean legalAidEverRecorded(String title, String symbol) {
        return jdbc.sql("select count(*) from court_legal_aid where title = ? and coalesce(symbol, '') = ?")
            .params(title.trim(), symbol == null ? "" : symbol.trim()).query(Long.class).single() > 0;
    }

    @Transactional
    public ReparationsOrder addOrder(ReparationsOrder o) {
        List<Problem> problems = new ArrayList<>();
        String number = blank(o.caseNumber());
        if (number == null || situations.courtCase(number).isEmpty()) {
            problems.add(new Problem(0, "caseNumber", "court.order.noCase", number == null ? "" : number));
        }
        require(problems, o.orderDate(), "orderDate");
        if (o.orderDate() != null && o.orderDate().isAfter(LocalDate.now())) {
            problems.add(new Problem(0, "orderDate", "court.stage.date"));
        }
        require(problems, o.kind(), "kind");
        if ((o.amount() != null && o.amount() < 0) || (o.beneficiaries() != null && o.beneficiaries() < 0)) {
            problems.add(new Problem(0, "amount", "court.project.negative"));
        }
        String currency = blank(o.currency()) == null ? null : o.currency().trim().toUpperCase(java.util.Locale.ROOT);
        if (o.amount() != null && (currency == null || !currency.matches("[A-Z]{3}"))) {
            problems.add(new Problem(0, "currency", "court.order.badCurrency"));
        }
        require(problems, o.source(), "source");
        reject(problems);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into court_reparations_order (case_number, order_date, chamber, kind, amount, currency, beneficiaries, tfv_role, summary, source)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(number, o.orderDate(), blank(o.chamber()), o.kind().name(), o.amount(), o.amount() == null ? null : currency,
                    o.beneficiaries(), blank(o.tfvRole()), blank(o.summary()), o.source().trim())
            .update(keys, "id");
        ReparationsOrder saved = new ReparationsOrder(keys.getKey().longValue(), number, o.orderDate(), blank(o.chamber()), o.kind(),
                o.amount(), o.amount() == null ? null : currency, o.beneficiaries(), blank(o.tfvRole()), blank(o.summary()), o.source().trim());
        audit.record(new Change(ORDER, String.valueOf(saved.id()), "added", null, saved, saved.source(), "Reparations order: " + number));
        return saved;
    }

    @Transactional
    public LegalAid addLegalAid(LegalAid a) {
        List<Problem> problems = new ArrayList<>();
        require(problems, a.kind(), "kind");
        require(problems, a.title(), "title");
        if (a.kind() == LegalAid.Kind.BUDGET_LINE && (a.budgetYear() == null || a.amountEur() == null)) {
            problems.add(new Problem(0, "amountEur", "court.legalAid.lineNeedsYearAndAmount"));
        }
        if (a.amountEur() != null && a.amountEur() < 0) {
            problems.add(new Problem(0, "amountEur", "court.project.negative"));
        }
        require(problems, a.source(), "source");
        reject(problems);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into court_legal_aid (kind, budget_year, title, amount_eur, symbol, source) values (?, ?, ?, ?, ?, ?)")
            .params(a.kind().name(), a.budgetYear(), a.title().trim(), a.amountEur(), blank(a.symbol()), a.source().trim())
            .update(keys, "id");
        LegalAid saved = new LegalAid(keys.getKey().longValue(), a.kind(), a.budgetYear(), a.title().trim(), a.amountEur(), blank(a.symbol()),
                a.source().trim());
        audit.record(new Change(LEGAL_AID, String.valueOf(saved.id()), "added", null, saved, saved.source(), "Legal aid: " + saved.title()));
        return saved;
    }

    /** Removes an order or a legal aid entry softly, with the reason in the audit trail. */
    @Transactional
    public void remove(String what, long id, String reason) {
        String table = switch (what) {
            case "order" -> "court_reparations_order";
            case "legal-aid" -> "court_legal_aid";
            default -> throw new NotFound("court.item.notFound", id);
        };
        if (jdbc.sql("update " + table + " set removed = true where id = ? and removed = false").param(id).update() == 0) {
            throw new NotFound("court.item.notFound", id);
        }
        audit.record(new Change(what.equals("order") ? ORDER : LEGAL_AID, String.valueOf(id), "removed", null, null, blank(reason),
                "Removed: " + what + " " + id));
    }

    /** The numeric columns come back as BigDecimal from PostgreSQL. */
    private static Long whole(java.math.BigDecimal amount) {
        return amount == null ? null : amount.longValueExact();
    }
}
