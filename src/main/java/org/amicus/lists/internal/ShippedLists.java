package org.amicus.lists.internal;

import org.amicus.platform.ShippedCsv;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The coalition's sixteen listservs (data/lists/lists.csv, sources in each row and in docs/lists.md),
 * created on the first start through the same checks as staff input, at the domain
 * amicus.lists.domain. They start without subscribers.
 */
@Component
class ShippedLists implements SmartLifecycle {

    private final MailingLists lists;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final String domain;
    private volatile boolean running;

    ShippedLists(MailingLists lists, JdbcClient jdbc, TransactionTemplate transaction,
            @Value("${amicus.lists.domain:lists.example.org}") String domain) {
        this.lists = lists;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.domain = domain;
    }

    @Override
    public void start() {
        transaction.executeWithoutResult(status -> {
            if (jdbc.sql("select count(*) from mailing_list").query(Long.class).single() == 0) {
                for (CSVRecord r : ShippedCsv.rows("data/lists/lists.csv")) {
                    lists.create(new ListDraft(r.get("name"), r.get("slug") + "@" + domain, r.get("language"), r.get("description"),
                            r.get("kind"), r.get("archive"), null, null, null, null, r.get("source")));
                }
            }
        });
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
