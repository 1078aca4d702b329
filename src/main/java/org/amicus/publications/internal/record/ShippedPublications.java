package org.amicus.publications.internal.record;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.ShippedCsv;
import org.apache.commons.csv.CSVRecord;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coalition's publications as the 2009-2011 plan names them, and the days it works to, recorded
 * once at first start with their sources. Staff change them afterwards; a later start adds what is missing only.
 */
@Component
class ShippedPublications {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ShippedPublications(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void load() {
        for (CSVRecord row : ShippedCsv.rows("publications/publications.csv")) {
            if (jdbc.sql("select count(*) from publication where slug = ?").param(row.get("slug")).query(Long.class).single() == 0) {
                jdbc.sql("insert into publication (slug, name, kind, frequency, languages, readership, source) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(row.get("slug"), row.get("name"), row.get("kind"), empty(row.get("frequency")), empty(row.get("languages")),
                            empty(row.get("readership")), row.get("source"))
                    .update();
                audit.record(new Change("publication", row.get("slug"), "created", null, row.toMap(), row.get("source"),
                        row.get("name") + " (shipped)"));
            }
        }
        for (CSVRecord row : ShippedCsv.rows("publications/calendar.csv")) {
            if (jdbc.sql("select count(*) from calendar_event where title = ? and source = ?").params(row.get("title"), row.get("source"))
                .query(Long.class).single() == 0) {
                jdbc.sql("insert into calendar_event (kind, title, starts_on, yearly, audience, source) values (?, ?, ?, ?, ?, ?)")
                    .params(row.get("kind"), row.get("title"), java.time.LocalDate.parse(row.get("starts_on")),
                            Boolean.parseBoolean(row.get("yearly")), row.get("audience"), row.get("source"))
                    .update();
                audit.record(new Change("calendar-event", row.get("title"), "created", null, row.toMap(), row.get("source"),
                        row.get("title") + " (shipped)"));
            }
        }
    }

    private static String empty(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
