package org.amicus.mail.internal.queue;

import org.amicus.mail.ListSuppressions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Takes back a list's suppressions of an address, through {@link Suppressions#remove}, so each removal is audited. */
@Component
class LiftedSuppressions implements ListSuppressions {

    private final JdbcClient jdbc;
    private final Suppressions suppressions;

    LiftedSuppressions(JdbcClient jdbc, Suppressions suppressions) {
        this.jdbc = jdbc;
        this.suppressions = suppressions;
    }

    @Override
    @Transactional
    public void lift(String address, String listIdentifier) {
        jdbc.sql("select id from mail_suppression where address = ? and removed_at is null and lower(list_id) like ?")
            .params(Suppressions.key(address), "%<" + listIdentifier.toLowerCase(java.util.Locale.ROOT) + ">")
            .query(Long.class).list().forEach(suppressions::remove);
    }
}
