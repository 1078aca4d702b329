package org.amicus.states.internal.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.amicus.platform.Language;
import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables of the treaty record. Entries are appended; the only update marks one superseded. */
@Repository
public class TreatyRecords implements Ledger.Rows<TreatyEvent> {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    TreatyRecords(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public TreatyRecord load(long version) {
        List<State> states = jdbc.sql("select * from state order by iso3").query(TreatyRecords::state).list();
        List<TreatyEvent> events = jdbc.sql("select * from treaty_event order by id").query(TreatyRecords::event).list();
        List<CategoryAssignment> categories = jdbc.sql("select * from state_category order by id")
            .query(TreatyRecords::category).list();
        return new TreatyRecord(version, states, events, categories);
    }

    public boolean hasStates() {
        return jdbc.sql("select count(*) from state").query(Long.class).single() > 0;
    }

    /** The states, in one batch: the first start loads them all before the web server opens. */
    public void insertStates(List<State> states) {
        batch.batchUpdate("""
                insert into state (iso3, iso2, iso_numeric, un_status, un_regional_group, name_en, name_fr, name_es, name_ar,
                                   name_pt, latitude, longitude)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", states.stream()
            .map(s -> new Object[] { s.iso3(), s.iso2(), s.isoNumeric(), s.unStatus(), s.group().name(), s.name(Language.EN),
                s.name(Language.FR), s.name(Language.ES), s.name(Language.AR), s.name(Language.PT), s.latitude(),
                s.longitude() })
            .toList());
    }

    @Override
    public TreatyEvent append(TreatyEvent e) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into treaty_event (iso3, event_type, event_date, instrument_type, effective_date, source, note, voided,
                                          supersedes_id, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(e.iso3(), e.type().name(), e.date(), e.instrumentType() == null ? null : e.instrumentType().name(),
                    e.effectiveDate(), e.source(), e.note(), e.voided(), e.supersedesId(), Timestamps.param(e.recordedAt()),
                    e.recordedBy())
            .update(keys, "id");
        long id = keys.getKey().longValue();
        return new TreatyEvent(id, e.iso3(), e.type(), e.date(), e.instrumentType(), e.effectiveDate(), e.source(), e.note(),
                e.voided(), e.supersedesId(), e.recordedAt(), e.recordedBy(), null);
    }

    /** Marks an entry superseded; false when it already was (someone corrected it meanwhile). */
    @Override
    public boolean supersede(long id, Instant at) {
        return jdbc.sql("update treaty_event set superseded_at = ? where id = ? and superseded_at is null")
            .params(Timestamps.param(at), id).update() == 1;
    }

    public CategoryAssignment assign(String iso3, TargetCategory category, LocalDate from, String source, Instant at,
            String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into state_category (iso3, category, valid_from, source, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?)""")
            .params(iso3, category.name(), from, source, Timestamps.param(at), by).update(keys, "id");
        return new CategoryAssignment(keys.getKey().longValue(), iso3, category, from, null, source, at, by);
    }

    public boolean endAssignment(long id, LocalDate validTo) {
        return jdbc.sql("update state_category set valid_to = ? where id = ? and valid_to is null")
            .params(validTo, id).update() == 1;
    }

    public List<CampaignTarget> campaignTargets() {
        return jdbc.sql("select * from ratification_campaign_target order by target_month desc, id desc")
            .query(TreatyRecords::campaignTarget).list();
    }

    public void chooseCampaignTarget(YearMonth month, String iso3, String note, Instant at, String by) {
        jdbc.sql("update ratification_campaign_target set superseded_at = ? where target_month = ? and superseded_at is null")
            .params(Timestamps.param(at), month.atDay(1)).update();
        jdbc.sql("""
                insert into ratification_campaign_target (target_month, iso3, note, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?)""")
            .params(month.atDay(1), iso3, note, Timestamps.param(at), by).update();
    }

    private static State state(ResultSet rs, int row) throws SQLException {
        Map<Language, String> names = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            names.put(l, rs.getString("name_" + l.code()));
        }
        return new State(rs.getString("iso3"), rs.getString("iso2"), rs.getString("iso_numeric"), rs.getString("un_status"),
                UnRegionalGroup.valueOf(rs.getString("un_regional_group")), names, rs.getBigDecimal("latitude"),
                rs.getBigDecimal("longitude"));
    }

    private static TreatyEvent event(ResultSet rs, int row) throws SQLException {
        String instrument = rs.getString("instrument_type");
        return new TreatyEvent(rs.getLong("id"), rs.getString("iso3"), TreatyEventType.valueOf(rs.getString("event_type")),
                rs.getObject("event_date", LocalDate.class), instrument == null ? null : InstrumentType.valueOf(instrument),
                rs.getObject("effective_date", LocalDate.class), rs.getString("source"), rs.getString("note"),
                rs.getBoolean("voided"), rs.getObject("supersedes_id", Long.class),
                Timestamps.read(rs, "recorded_at"), rs.getString("recorded_by"), Timestamps.read(rs, "superseded_at"));
    }

    private static CategoryAssignment category(ResultSet rs, int row) throws SQLException {
        return new CategoryAssignment(rs.getLong("id"), rs.getString("iso3"), TargetCategory.valueOf(rs.getString("category")),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class), rs.getString("source"),
                Timestamps.read(rs, "recorded_at"), rs.getString("recorded_by"));
    }

    private static CampaignTarget campaignTarget(ResultSet rs, int row) throws SQLException {
        return new CampaignTarget(rs.getLong("id"), YearMonth.from(rs.getObject("target_month", LocalDate.class)),
                rs.getString("iso3"), rs.getString("note"), Timestamps.read(rs, "recorded_at"), rs.getString("recorded_by"),
                Timestamps.read(rs, "superseded_at"));
    }
}
