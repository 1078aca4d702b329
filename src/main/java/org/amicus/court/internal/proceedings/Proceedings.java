package org.amicus.court.internal.proceedings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.amicus.cooperation.CourtCase;
import org.amicus.cooperation.Situations;
import static org.amicus.court.internal.Input.reject;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.RejectedInput.Problem;
import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stages of situations and cases, dated and sourced. The situation and the case must exist in
 * the cooperation module's record (read through {@link Situations}); an entry made in error is
 * voided, never deleted.
 */
@Service
public class Proceedings {

    static final String RECORD = "court-stage";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Situations situations;

    Proceedings(JdbcClient jdbc, AuditTrail audit, Situations situations) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.situations = situations;
    }

    public List<StageEntry> entries() {
        return jdbc.sql("select * from court_stage where voided = false order by situation_code, stage_date, id")
            .query((rs, n) -> new StageEntry(rs.getLong("id"), rs.getString("situation_code"), rs.getString("case_number"),
                    ProceedingStage.valueOf(rs.getString("stage")), rs.getObject("stage_date", LocalDate.class), rs.getString("source"),
                    rs.getString("recorded_by")))
            .list();
    }

    /** The stage of a situation (caseNumber null) or case on a date: the newest entry dated on or before it. */
    public Optional<StageEntry> stageOn(String situationCode, String caseNumber, LocalDate date) {
        StageEntry current = null;
        for (StageEntry e : entries()) {
            if (e.situationCode().equals(situationCode) && java.util.Objects.equals(e.caseNumber(), caseNumber) && !e.date().isAfter(date)) {
                current = e;
            }
        }
        return Optional.ofNullable(current);
    }

    @Transactional
    public StageEntry record(String situationCode, String caseNumber, ProceedingStage stage, LocalDate date, String source) {
        List<Problem> problems = new ArrayList<>();
        String code = situationCode == null ? "" : situationCode.trim();
        String number = caseNumber == null || caseNumber.isBlank() ? null : caseNumber.trim();
        if (situations.situation(code).isEmpty()) {
            problems.add(new Problem(0, "situation", "court.stage.noSituation", code));
        } else if (number != null) {
            Optional<CourtCase> c = situations.courtCase(number);
            if (c.isEmpty() || !c.get().situationCode().equals(code)) {
                problems.add(new Problem(0, "caseNumber", "court.stage.noCase", number, code));
            }
        }
        if (stage == null) {
            problems.add(new Problem(0, "stage", "court.required.stage"));
        } else if (!stage.fits(number != null)) {
            problems.add(new Problem(0, "stage", number != null ? "court.stage.notOfCase" : "court.stage.notOfSituation"));
        }
        if (date == null || date.isAfter(LocalDate.now())) {
            problems.add(new Problem(0, "date", "court.stage.date"));
        }
        if (source == null || source.isBlank()) {
            problems.add(new Problem(0, "source", "court.required.source"));
        }
        reject(problems);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into court_stage (situation_code, case_number, stage, stage_date, source, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
            .params(code, number, stage.name(), date, source.trim(), Timestamps.now(), AuditTrail.currentActor()).update(keys, "id");
        StageEntry e = new StageEntry(keys.getKey().longValue(), code, number, stage, date, source.trim(), AuditTrail.currentActor());
        audit.record(new Change(RECORD, String.valueOf(e.id()), "recorded", null, e, e.source(),
                "Stage " + stage + " of " + (number != null ? number : code) + " on " + date));
        return e;
    }

    @Transactional
    public void voidEntry(long id, String reason) {
        StageEntry e = entries().stream().filter(x -> x.id() == id).findFirst().orElseThrow(() -> new NotFound("court.stage.notFound", id));
        if (reason == null || reason.isBlank()) {
            throw new RejectedInput("reason", "court.stage.reason");
        }
        jdbc.sql("update court_stage set voided = true where id = ?").param(id).update();
        audit.record(new Change(RECORD, String.valueOf(id), "voided", e, null, reason.trim(), "Stage entry voided: " + reason.trim()));
    }
}
