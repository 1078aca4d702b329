package org.amicus.members.internal.privacy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.amicus.members.Purpose;
import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Consent per person and purpose, with date and source; never overwritten, the newest row is in force. */
@Service
public class Consents {

    public record Consent(long id, long personId, Purpose purpose, boolean granted, LocalDate givenOn, String source,
            String recordedBy) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Consents(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public void record(long personId, String purpose, boolean granted, LocalDate givenOn, String source) {
        Purpose p;
        try {
            p = Purpose.valueOf(purpose == null ? "" : purpose.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RejectedInput("purpose", "members.error.unknownValue", purpose);
        }
        if (source == null || source.isBlank()) {
            throw new RejectedInput("source", "members.error.required");
        }
        LocalDate on = givenOn == null ? LocalDate.now() : givenOn;
        jdbc.sql("insert into consent (person_id, purpose, granted, given_on, source, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?)")
            .params(personId, p.name(), granted, on, source.strip(), Timestamps.now(), AuditTrail.currentActor()).update();
        audit.record(new Change("person", String.valueOf(personId), granted ? "consent-given" : "consent-withdrawn", null,
                Map.of("purpose", p.name(), "on", on.toString()), source.strip(), p.name()));
    }

    /** Every consent row of a person, newest first. */
    public List<Consent> history(long personId) {
        return jdbc.sql("select * from consent where person_id = ? order by recorded_at desc, id desc").param(personId)
            .query((rs, n) -> new Consent(rs.getLong("id"), rs.getLong("person_id"), Purpose.valueOf(rs.getString("purpose")),
                    rs.getBoolean("granted"), rs.getObject("given_on", LocalDate.class), rs.getString("source"),
                    rs.getString("recorded_by")))
            .list();
    }

    /** The consent in force per purpose. */
    public Map<Purpose, Consent> current(long personId) {
        return history(personId).stream().collect(Collectors.toMap(Consent::purpose, c -> c, (newer, older) -> newer,
                () -> new java.util.EnumMap<>(Purpose.class)));
    }

    /** Those of the people whose last recorded consent for the purpose is a grant, read a thousand at a time. */
    public Set<Long> granted(Collection<Long> personIds, Purpose purpose) {
        return newest(personIds, purpose, true);
    }

    /** Those of the people whose last recorded consent for the purpose is a withdrawal. */
    public Set<Long> withdrawn(Collection<Long> personIds, Purpose purpose) {
        return newest(personIds, purpose, false);
    }

    private Set<Long> newest(Collection<Long> personIds, Purpose purpose, boolean granted) {
        List<Long> ids = List.copyOf(personIds);
        Set<Long> found = new HashSet<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            found.addAll(jdbc.sql("""
                    select c.person_id from consent c
                    join (select max(id) as id from consent where purpose = :purpose and person_id in (:ids) group by person_id) newest
                      on newest.id = c.id
                    where c.granted = :granted""")
                .param("purpose", purpose.name()).param("ids", ids.subList(i, Math.min(ids.size(), i + 1000)))
                .param("granted", granted).query(Long.class).list());
        }
        return found;
    }

    public boolean has(long personId, Purpose purpose) {
        Consent c = current(personId).get(purpose);
        return c != null && c.granted();
    }
}
