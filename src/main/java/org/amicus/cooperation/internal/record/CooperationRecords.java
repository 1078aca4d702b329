package org.amicus.cooperation.internal.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.amicus.cooperation.CourtCase;
import org.amicus.cooperation.Situation;
import org.amicus.platform.Language;
import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The cooperation tables. Rows are only ever inserted. */
@Repository
class CooperationRecords {

    private final JdbcClient jdbc;

    CooperationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CooperationRecord load(long version) {
        return new CooperationRecord(version,
                jdbc.sql("select * from coop_situation order by icc_number").query(CooperationRecords::situation).list(),
                jdbc.sql("select * from coop_case order by case_number").query(CooperationRecords::courtCase).list(),
                jdbc.sql("select * from coop_warrant order by issued, id").query(CooperationRecords::warrant).list(),
                jdbc.sql("select * from coop_warrant_status order by status_date, id").query(CooperationRecords::status).list(),
                jdbc.sql("select * from coop_travel order by arrived, id").query(CooperationRecords::travel).list(),
                jdbc.sql("select * from coop_finding order by decided, id").query(CooperationRecords::finding).list(),
                jdbc.sql("select * from coop_council_action order by adopted, id").query(CooperationRecords::council).list(),
                jdbc.sql("select * from coop_recommendation order by number").query(CooperationRecords::recommendation).list(),
                jdbc.sql("select * from coop_assessment order by assessed_on, id").query(CooperationRecords::assessment).list(),
                jdbc.sql("select * from coop_retraction order by id").query(CooperationRecords::retraction).list());
    }

    /** Whether an entry of that kind and id exists. */
    boolean exists(Retraction.Kind kind, long id) {
        String table = switch (kind) {
            case WARRANT -> "coop_warrant";
            case STATUS -> "coop_warrant_status";
            case TRAVEL -> "coop_travel";
            case FINDING -> "coop_finding";
            case COUNCIL_ACTION -> "coop_council_action";
            case ASSESSMENT -> "coop_assessment";
        };
        return jdbc.sql("select count(*) from " + table + " where id = ?").param(id).query(Long.class).single() > 0;
    }

    /** The state and date of an entry that concerns one state (travel, finding, assessment), for telling its followers. */
    Optional<StateFact> stateFact(Retraction.Kind kind, long id) {
        String sql = switch (kind) {
            case TRAVEL -> "select iso3, arrived from coop_travel where id = ?";
            case FINDING -> "select iso3, decided from coop_finding where id = ?";
            case ASSESSMENT -> "select iso3, assessed_on from coop_assessment where id = ?";
            default -> null;
        };
        return sql == null ? Optional.empty() : jdbc.sql(sql).param(id)
            .query((rs, n) -> new StateFact(rs.getString(1), rs.getObject(2, LocalDate.class))).optional();
    }

    record StateFact(String iso3, LocalDate date) {
    }

    boolean retracted(Retraction.Kind kind, long id) {
        return jdbc.sql("select count(*) from coop_retraction where record_type = ? and record_id = ?")
            .params(kind.name(), id).query(Long.class).single() > 0;
    }

    long insert(Retraction r) {
        return insertReturningId("""
                insert into coop_retraction (record_type, record_id, source, note, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?)""", r.kind().name(), r.recordId(), r.source(), r.note(),
                Timestamps.param(r.recordedAt()), r.recordedBy());
    }

    private static Retraction retraction(ResultSet rs, int row) throws SQLException {
        return new Retraction(rs.getLong("id"), Retraction.Kind.valueOf(rs.getString("record_type")), rs.getLong("record_id"),
                rs.getString("source"), rs.getString("note"), Timestamps.read(rs, "recorded_at"), rs.getString("recorded_by"));
    }

    Optional<Situation> situation(String code) {
        return jdbc.sql("select * from coop_situation where upper(code) = upper(?)").param(code.trim())
            .query(CooperationRecords::situation).optional();
    }

    boolean iccNumberTaken(String number) {
        return jdbc.sql("select count(*) from coop_situation where upper(icc_number) = upper(?)").param(number.trim())
            .query(Long.class).single() > 0;
    }

    Optional<CourtCase> courtCase(String caseNumber) {
        return jdbc.sql("select * from coop_case where upper(case_number) = upper(?)").param(caseNumber.trim())
            .query(CooperationRecords::courtCase).optional();
    }

    Optional<Warrant> warrant(long id) {
        return jdbc.sql("select * from coop_warrant where id = ?").param(id).query(CooperationRecords::warrant).optional();
    }

    boolean hasRecommendation(int number) {
        return jdbc.sql("select count(*) from coop_recommendation where number = ?").param(number).query(Long.class)
            .single() > 0;
    }

    boolean isEmpty() {
        return jdbc.sql("select count(*) from coop_situation").query(Long.class).single() == 0;
    }

    void insert(Situation s) {
        jdbc.sql("""
                insert into coop_situation (code, icc_number, iso3, trigger_type, opened, name_en, name_fr, name_es, name_ar,
                                            name_pt, source, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(s.code(), s.iccNumber(), s.iso3(), s.trigger().name(), s.opened(), s.name(Language.EN),
                    s.name(Language.FR), s.name(Language.ES), s.name(Language.AR), s.name(Language.PT), s.source(),
                    Timestamps.param(s.recordedAt()), s.recordedBy())
            .update();
    }

    void insert(CourtCase c) {
        jdbc.sql("insert into coop_case (case_number, situation_code, name, source, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?)")
            .params(c.caseNumber(), c.situationCode(), c.name(), c.source(), Timestamps.param(c.recordedAt()), c.recordedBy())
            .update();
    }

    long insert(Warrant w) {
        return insertReturningId("""
                insert into coop_warrant (situation_code, case_number, suspect, kind, issued, crimes, charges, source, recorded_at,
                                          recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", w.situationCode(), w.caseNumber(), w.suspect(), w.kind().name(), w.issued(),
                String.join(" ", w.crimes().stream().map(Enum::name).toList()), w.charges(), w.source(),
                Timestamps.param(w.recordedAt()), w.recordedBy());
    }

    long insert(StatusChange s) {
        return insertReturningId("""
                insert into coop_warrant_status (warrant_id, status, status_date, source, note, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?)""", s.warrantId(), s.status().name(), s.date(), s.source(), s.note(),
                Timestamps.param(s.recordedAt()), s.recordedBy());
    }

    long insert(Travel t) {
        return insertReturningId("""
                insert into coop_travel (warrant_id, iso3, arrived, departed, source, note, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", t.warrantId(), t.iso3(), t.arrived(), t.departed(), t.source(), t.note(),
                Timestamps.param(t.recordedAt()), t.recordedBy());
    }

    long insert(Finding f) {
        return insertReturningId("""
                insert into coop_finding (case_number, iso3, decided, referred_to_asp, referred_to_council, document, source,
                                          note, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", f.caseNumber(), f.iso3(), f.decided(), f.referredToAsp(),
                f.referredToCouncil(), f.document(), f.source(), f.note(), Timestamps.param(f.recordedAt()), f.recordedBy());
    }

    long insert(CouncilAction a) {
        return insertReturningId("""
                insert into coop_council_action (action_type, resolution, adopted, situation_code, obliged_iso3, source, note,
                                                 recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", a.type().name(), a.resolution(), a.adopted(), a.situationCode(),
                a.obligedIso3(), a.source(), a.note(), Timestamps.param(a.recordedAt()), a.recordedBy());
    }

    void insert(Recommendation r, java.time.Instant at, String by) {
        jdbc.sql("""
                insert into coop_recommendation (number, text_en, text_fr, text_es, text_ar, text_pt, source, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(r.number(), r.texts().get(Language.EN), r.texts().get(Language.FR), r.texts().get(Language.ES),
                    r.texts().get(Language.AR), r.texts().get(Language.PT), r.source(), Timestamps.param(at), by)
            .update();
    }

    long insert(Assessment a) {
        return insertReturningId("""
                insert into coop_assessment (iso3, recommendation, status, evidence, assessed_on, source, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", a.iso3(), a.recommendation(), a.status().name(), a.evidence(),
                a.assessedOn(), a.source(), Timestamps.param(a.recordedAt()), a.recordedBy());
    }

    private long insertReturningId(String sql, Object... params) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKey().longValue();
    }

    private static Situation situation(ResultSet rs, int row) throws SQLException {
        Map<Language, String> names = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            names.put(l, rs.getString("name_" + l.code()));
        }
        return new Situation(rs.getString("code"), rs.getString("icc_number"), trim(rs.getString("iso3")),
                Situation.Trigger.valueOf(rs.getString("trigger_type")), rs.getObject("opened", java.time.LocalDate.class),
                names, rs.getString("source"), Timestamps.read(rs, "recorded_at"), rs.getString("recorded_by"));
    }

    private static CourtCase courtCase(ResultSet rs, int row) throws SQLException {
        return new CourtCase(rs.getString("case_number"), rs.getString("situation_code"), rs.getString("name"),
                rs.getString("source"), Timestamps.read(rs, "recorded_at"), rs.getString("recorded_by"));
    }

    private static Warrant warrant(ResultSet rs, int row) throws SQLException {
        List<Crime> crimes = Arrays.stream(rs.getString("crimes").trim().split("\\s+")).filter(s -> !s.isEmpty())
            .map(Crime::valueOf).toList();
        return new Warrant(rs.getLong("id"), rs.getString("situation_code"), rs.getString("case_number"), rs.getString("suspect"),
                WarrantKind.valueOf(rs.getString("kind")), rs.getObject("issued", java.time.LocalDate.class), crimes,
                rs.getString("charges"), rs.getString("source"), Timestamps.read(rs, "recorded_at"), rs.getString("recorded_by"));
    }

    private static StatusChange status(ResultSet rs, int row) throws SQLException {
        return new StatusChange(rs.getLong("id"), rs.getLong("warrant_id"), WarrantStatus.valueOf(rs.getString("status")),
                rs.getObject("status_date", java.time.LocalDate.class), rs.getString("source"), rs.getString("note"),
                Timestamps.read(rs, "recorded_at"), rs.getString("recorded_by"));
    }

    private static Travel travel(ResultSet rs, int row) throws SQLException {
        return new Travel(rs.getLong("id"), rs.getLong("warrant_id"), trim(rs.getString("iso3")),
                rs.getObject("arrived", java.time.LocalDate.class), rs.getObject("departed", java.time.LocalDate.class),
                rs.getString("source"), rs.getString("note"), Timestamps.read(rs, "recorded_at"), rs.getString("recorded_by"));
    }

    private static Finding finding(ResultSet rs, int row) throws SQLException {
        return new Finding(rs.getLong("id"), rs.getString("case_number"), trim(rs.getString("iso3")),
                rs.getObject("decided", java.time.LocalDate.class), rs.getBoolean("referred_to_asp"),
                rs.getBoolean("referred_to_council"), rs.getString("document"), rs.getString("source"), rs.getString("note"),
                Timestamps.read(rs, "recorded_at"), rs.getString("recorded_by"));
    }

    private static CouncilAction council(ResultSet rs, int row) throws SQLException {
        return new CouncilAction(rs.getLong("id"), CouncilActionType.valueOf(rs.getString("action_type")),
                rs.getString("resolution"), rs.getObject("adopted", java.time.LocalDate.class), rs.getString("situation_code"),
                trim(rs.getString("obliged_iso3")), rs.getString("source"), rs.getString("note"),
                Timestamps.read(rs, "recorded_at"), rs.getString("recorded_by"));
    }

    private static Recommendation recommendation(ResultSet rs, int row) throws SQLException {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            String t = rs.getString("text_" + l.code());
            if (t != null && !t.isBlank()) {
                texts.put(l, t);
            }
        }
        return new Recommendation(rs.getInt("number"), texts, rs.getString("source"));
    }

    private static Assessment assessment(ResultSet rs, int row) throws SQLException {
        return new Assessment(rs.getLong("id"), trim(rs.getString("iso3")), rs.getInt("recommendation"),
                AssessmentStatus.valueOf(rs.getString("status")), rs.getString("evidence"),
                rs.getObject("assessed_on", java.time.LocalDate.class), rs.getString("source"),
                Timestamps.read(rs, "recorded_at"), rs.getString("recorded_by"));
    }

    /** char(3) columns come back padded on some drivers. */
    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
