package org.amicus.court.internal.organs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.amicus.court.CourtOfficials;
import org.amicus.members.Members;
import org.amicus.members.PersonRef;
import static org.amicus.court.internal.Input.reject;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Office holders over time; removing one keeps the row (marked removed) and its history in the audit trail. */
@Service
public class OfficeHolders implements CourtOfficials {

    static final String RECORD = "court-office-holder";

    /** What staff submit. */
    public record Draft(Organ organ, String office, String personName, Long personId, LocalDate from, LocalDate until, String source) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Members members;

    OfficeHolders(JdbcClient jdbc, AuditTrail audit, Members members) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.members = members;
    }

    @Override
    public List<Official> officials() {
        return all().stream().map(h -> new Official(h.id(), h.personName(), h.office(), h.from(), h.until())).toList();
    }

    public List<OfficeHolder> all() {
        return jdbc.sql("select * from court_office_holder where removed = false order by organ, office, held_from")
            .query((rs, n) -> new OfficeHolder(rs.getLong("id"), Organ.valueOf(rs.getString("organ")), rs.getString("office"),
                    rs.getString("person_name"), (Long) rs.getObject("person_id", Long.class), rs.getObject("held_from", LocalDate.class),
                    rs.getObject("held_until", LocalDate.class), rs.getString("source")))
            .list();
    }

    @Transactional
    public OfficeHolder add(Draft d) {
        List<Problem> problems = new ArrayList<>();
        PersonRef person = d.personId() == null ? null : members.person(d.personId()).orElse(null);
        if (d.personId() != null && person == null) {
            problems.add(new Problem(0, "personId", "court.candidate.noPerson", d.personId()));
        }
        String name = d.personName() != null && !d.personName().isBlank() ? d.personName().trim() : person == null ? null : person.name();
        if (d.organ() == null) {
            problems.add(new Problem(0, "organ", "court.required.organ"));
        }
        if (d.office() == null || d.office().isBlank()) {
            problems.add(new Problem(0, "office", "court.required.officeName"));
        }
        if (name == null) {
            problems.add(new Problem(0, "personName", "court.required.name"));
        }
        if (d.from() == null) {
            problems.add(new Problem(0, "from", "court.required.from"));
        } else if (d.until() != null && d.until().isBefore(d.from())) {
            problems.add(new Problem(0, "until", "court.holder.untilBeforeFrom"));
        }
        if (d.source() == null || d.source().isBlank()) {
            problems.add(new Problem(0, "source", "court.required.source"));
        }
        reject(problems);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into court_office_holder (organ, office, person_name, person_id, held_from, held_until, source)
                values (?, ?, ?, ?, ?, ?, ?)""")
            .params(d.organ().name(), d.office().trim(), name, d.personId(), d.from(), d.until(), d.source().trim()).update(keys, "id");
        OfficeHolder h = new OfficeHolder(keys.getKey().longValue(), d.organ(), d.office().trim(), name, d.personId(), d.from(), d.until(),
                d.source().trim());
        audit.record(new Change(RECORD, String.valueOf(h.id()), "added", null, h, h.source(), h.office() + ": " + h.personName()));
        return h;
    }

    @Transactional
    public void remove(long id) {
        OfficeHolder h = all().stream().filter(x -> x.id() == id).findFirst().orElseThrow(() -> new NotFound("court.holder.notFound", id));
        jdbc.sql("update court_office_holder set removed = true where id = ?").param(id).update();
        audit.record(new Change(RECORD, String.valueOf(id), "removed", h, null, null, "Removed: " + h.office() + ": " + h.personName()));
    }
}
