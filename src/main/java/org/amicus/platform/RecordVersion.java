package org.amicus.platform;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A number that grows with every change to the record: the newest audit row's id. Caches of
 * computed views key on it. Each node polls it, so a change made on another node reaches this
 * node's caches within the poll interval; changes made here advance it at once.
 */
@Component
public class RecordVersion {

    private final JdbcClient jdbc;
    private final AtomicLong current = new AtomicLong(-1);

    RecordVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long current() {
        long v = current.get();
        return v >= 0 ? v : refresh();
    }

    @Scheduled(fixedDelayString = "${amicus.record-version.poll:PT1S}")
    public long refresh() {
        long latest = jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
        return current.accumulateAndGet(latest, Math::max);
    }
}
