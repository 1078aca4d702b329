package org.amicus.members.internal.record;

import java.util.List;
import java.util.Optional;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Which organisation a MEMBER user speaks for, keyed by username (the platform keeps the user). */
@Repository
public class MemberAccounts {

    public record Account(String username, long organisationId) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    MemberAccounts(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Optional<Long> organisationOf(String username) {
        return jdbc.sql("select organisation_id from member_account where lower(username) = lower(?)").param(username)
            .query(Long.class).optional();
    }

    public List<Account> all() {
        return jdbc.sql("select * from member_account order by username")
            .query((rs, n) -> new Account(rs.getString("username"), rs.getLong("organisation_id"))).list();
    }

    @Transactional
    public void link(String username, long organisationId) {
        Optional<Long> before = organisationOf(username);
        jdbc.sql("delete from member_account where lower(username) = lower(?)").param(username).update();
        jdbc.sql("insert into member_account (username, organisation_id) values (?, ?)").params(username.strip(), organisationId).update();
        audit.record(new Change("member-account", username, "linked", before.orElse(null), organisationId, null,
                username + " speaks for organisation " + organisationId));
    }
}
