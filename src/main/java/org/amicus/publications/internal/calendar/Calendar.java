package org.amicus.publications.internal.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.RejectedInput.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coalition's calendar: entries kept with their source, removed softly, read per audience. */
@Service
@Transactional
public class Calendar {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final RecordDates recordDates;

    Calendar(JdbcClient jdbc, AuditTrail audit, RecordDates recordDates) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.recordDates = recordDates;
    }

    /** The entries an audience sees: the public feed the public ones, members also theirs, staff all. */
    @Transactional(readOnly = true)
    public List<CalendarEntry> forAudience(String audience) {
        List<String> seen = switch (audience) {
            case "STAFF" -> CalendarEntry.AUDIENCES;
            case "MEMBERS" -> List.of("PUBLIC", "MEMBERS");
            default -> List.of("PUBLIC");
        };
        return all().stream().filter(e -> seen.contains(e.audience())).toList();
    }

    /** The stored entries and those read from the treaty and Court records (campaign targets, election periods). */
    @Transactional(readOnly = true)
    public List<CalendarEntry> all() {
        List<CalendarEntry> all = new ArrayList<>(stored());
        all.addAll(recordDates.entries());
        return all;
    }

    private List<CalendarEntry> stored() {
        return jdbc.sql("select * from calendar_event where removed = false order by id").query((rs, n) -> new CalendarEntry(rs.getLong("id"),
                rs.getString("kind"), rs.getString("title"), rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getBoolean("yearly"), rs.getString("audience"), rs.getString("owner"), rs.getString("owner_email"),
                rs.getObject("remind_days", Integer.class), rs.getString("source"), null)).list();
    }

    /** The coming entries from {@code day}, soonest first. */
    @Transactional(readOnly = true)
    public List<CalendarEntry> upcoming(String audience, LocalDate day) {
        return forAudience(audience).stream().filter(e -> e.nextOn(day) != null).sorted(Comparator.comparing(e -> e.nextOn(day))).toList();
    }

    public long add(CalendarDraft d) {
        List<Problem> problems = new ArrayList<>();
        if (d.kind() == null || !CalendarEntry.KINDS.contains(d.kind())) {
            problems.add(new Problem(0, "kind", "publications.required"));
        }
        if (d.title() == null || d.title().isBlank()) {
            problems.add(new Problem(0, "title", "publications.required"));
        }
        LocalDate starts = date(d.startsOn(), "startsOn", true, problems);
        LocalDate ends = date(d.endsOn(), "endsOn", false, problems);
        if (starts != null && ends != null && ends.isBefore(starts)) {
            problems.add(new Problem(0, "endsOn", "publications.calendar.endsBeforeStart"));
        }
        if (d.audience() == null || !CalendarEntry.AUDIENCES.contains(d.audience())) {
            problems.add(new Problem(0, "audience", "publications.required"));
        }
        if (d.ownerEmail() != null && !d.ownerEmail().isBlank() && !d.ownerEmail().trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(new Problem(0, "ownerEmail", "publications.email.invalid"));
        }
        if (d.remindDays() != null && (d.remindDays() < 0 || d.remindDays() > 365)) {
            problems.add(new Problem(0, "remindDays", "publications.calendar.remindDays"));
        }
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into calendar_event (kind, title, starts_on, ends_on, yearly, audience, owner, owner_email, remind_days, source)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(d.kind(), d.title().trim(), starts, ends, Boolean.TRUE.equals(d.yearly()), d.audience(), blank(d.owner()),
                    blank(d.ownerEmail()), d.remindDays(), blank(d.source()))
            .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(new Change("calendar-event", String.valueOf(id), "created", null, d, blank(d.source()), d.title().trim()));
        return id;
    }

    public void remove(long id) {
        if (jdbc.sql("update calendar_event set removed = true where id = ? and removed = false").param(id).update() == 0) {
            throw new NotFound("publications.calendar.notFound", id);
        }
        audit.record(new Change("calendar-event", String.valueOf(id), "removed", null, null, null, "Removed"));
    }

    /** Remembers that the owner was reminded of this occurrence, so that the reminder goes once (a guarded write: once across nodes too). */
    public boolean markReminded(CalendarEntry e, LocalDate occurrence) {
        if (e.stored()) {
            return jdbc.sql("update calendar_event set last_reminded_for = ? where id = ? and (last_reminded_for is null or last_reminded_for <> ?)")
                .params(occurrence, e.id(), occurrence).update() == 1;
        }
        return jdbc.sql("""
                insert into calendar_reminded (ref, occurrence, reminded_at)
                select ?, ?, ? where not exists (select 1 from calendar_reminded where ref = ? and occurrence = ?)""")
            .params(e.ref(), occurrence, org.amicus.platform.Timestamps.now(), e.ref(), occurrence).update() == 1;
    }

    private static LocalDate date(String typed, String field, boolean required, List<Problem> problems) {
        if (typed == null || typed.isBlank()) {
            if (required) {
                problems.add(new Problem(0, field, "publications.required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(typed.trim());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(0, field, "publications.date.invalid"));
            return null;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
