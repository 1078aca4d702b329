package org.amicus.states.internal.watch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.RejectedInput.Problem;
import org.amicus.platform.Timestamps;
import org.amicus.states.internal.record.DraftFields;
import org.amicus.states.internal.record.Tracker;
import org.amicus.states.internal.record.TreatyRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The states whose implementation the coalition monitors (more than 40 in the 2009 plan). One
 * current entry per state; saving a state's entry supersedes the previous one, so who followed it
 * and the steps planned stay in the history.
 */
@Service
public class WatchList {

    private final JdbcClient jdbc;
    private final Tracker tracker;
    private final AuditTrail audit;

    WatchList(JdbcClient jdbc, Tracker tracker, AuditTrail audit) {
        this.jdbc = jdbc;
        this.tracker = tracker;
        this.audit = audit;
    }

    /** The current entries (as known now), by state. */
    public List<WatchEntry> current() {
        return jdbc.sql("select * from watch_entry where superseded_at is null order by iso3")
            .query(WatchList::entry).list();
    }

    /** The states watched on {@code date}, as known now. */
    public List<WatchEntry> on(LocalDate date) {
        return current().stream().filter(e -> e.watchedOn(date)).toList();
    }

    /** Every entry ever recorded for a state, newest first. */
    public List<WatchEntry> history(String iso3) {
        return jdbc.sql("select * from watch_entry where iso3 = ? order by id desc").param(iso3)
            .query(WatchList::entry).list();
    }

    public boolean isEmpty() {
        return jdbc.sql("select count(*) from watch_entry").query(Long.class).single() == 0;
    }

    /** Saves every draft or none; each replaces its state's current entry. */
    @Transactional
    public List<WatchEntry> save(List<WatchDraft> drafts) {
        List<Problem> problems = new ArrayList<>();
        TreatyRecord states = tracker.record();
        List<WatchEntry> checked = drafts.stream().map(d -> check(d, problems, states)).toList();
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        Instant now = Instant.now();
        String by = AuditTrail.currentActor();
        List<WatchEntry> saved = new ArrayList<>();
        for (WatchEntry e : checked) {
            WatchEntry previous = current(e.iso3());
            if (previous != null) {
                jdbc.sql("update watch_entry set superseded_at = ? where id = ?").params(Timestamps.param(now), previous.id())
                    .update();
            }
            var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("""
                    insert into watch_entry (iso3, valid_from, valid_to, staff_lead, national_coalition, partners, next_step,
                                             next_step_due, source, recorded_at, recorded_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.iso3(), e.validFrom(), e.validTo(), e.staffLead(), e.nationalCoalition(), e.partners(), e.nextStep(),
                        e.nextStepDue(), e.source(), Timestamps.param(now), by)
                .update(keys, "id");
            audit.record(new Change("watch-list", e.iso3(), previous == null ? "watched" : "watch-changed",
                    previous == null ? null : previous.facts(), e.facts(), e.source(),
                    "Watch list: " + e.iso3() + (e.nextStep() == null ? "" : ", next step: " + e.nextStep())));
            saved.add(new WatchEntry(keys.getKey().longValue(), e.iso3(), e.validFrom(), e.validTo(), e.staffLead(),
                    e.nationalCoalition(), e.partners(), e.nextStep(), e.nextStepDue(), e.source(), now, by, null));
        }
        return saved;
    }

    private WatchEntry current(String iso3) {
        return jdbc.sql("select * from watch_entry where iso3 = ? and superseded_at is null").param(iso3)
            .query(WatchList::entry).optional().orElse(null);
    }

    private static WatchEntry check(WatchDraft d, List<Problem> problems, TreatyRecord states) {
        int before = problems.size();
        int line = d.line();
        String iso3 = DraftFields.trim(d.iso3()) == null ? null : d.iso3().trim().toUpperCase(Locale.ROOT);
        if (iso3 == null) {
            problems.add(new Problem(line, "iso3", "event.required"));
        } else if (states.state(iso3).isEmpty()) {
            problems.add(new Problem(line, "iso3", "event.unknownState", iso3));
        }
        LocalDate from = DraftFields.date(d.validFrom(), line, "validFrom", problems, true);
        LocalDate to = DraftFields.date(d.validTo(), line, "validTo", problems, false);
        if (from != null && to != null && !to.isAfter(from)) {
            problems.add(new Problem(line, "validTo", "category.endBeforeStart", from));
        }
        String source = DraftFields.text(d.source(), 1000, line, "source", problems);
        if (source == null) {
            problems.add(new Problem(line, "source", "event.sourceRequired"));
        }
        String staff = DraftFields.text(d.staffLead(), 200, line, "staffLead", problems);
        String coalition = DraftFields.text(d.nationalCoalition(), 200, line, "nationalCoalition", problems);
        String partners = DraftFields.text(d.partners(), 500, line, "partners", problems);
        String step = DraftFields.text(d.nextStep(), 2000, line, "nextStep", problems);
        LocalDate due = DraftFields.date(d.nextStepDue(), line, "nextStepDue", problems, false);
        if (due != null && step == null) {
            problems.add(new Problem(line, "nextStep", "watch.dueWithoutStep"));
        }
        return problems.size() > before ? null
                : new WatchEntry(0, iso3, from, to, staff, coalition, partners, step, due, source, null, null, null);
    }

    private static WatchEntry entry(ResultSet rs, int row) throws SQLException {
        return new WatchEntry(rs.getLong("id"), rs.getString("iso3"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), rs.getString("staff_lead"), rs.getString("national_coalition"),
                rs.getString("partners"), rs.getString("next_step"), rs.getObject("next_step_due", LocalDate.class),
                rs.getString("source"), Timestamps.read(rs, "recorded_at"), rs.getString("recorded_by"),
                Timestamps.read(rs, "superseded_at"));
    }
}
