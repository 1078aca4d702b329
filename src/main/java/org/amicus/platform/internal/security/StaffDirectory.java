package org.amicus.platform.internal.security;

import java.util.List;

import org.amicus.platform.StaffUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class StaffDirectory implements StaffUsers {

    private static final String ACTIVE = "select u.username from app_user u where u.enabled = true and exists "
            + "(select 1 from app_user_role r where r.user_id = u.id and r.role in ('STAFF', 'ADMIN'))";

    private final JdbcClient jdbc;

    StaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> active() {
        return jdbc.sql(ACTIVE + " order by lower(u.username)").query(String.class).list();
    }

    @Override
    public boolean isActive(String username) {
        return username != null && !jdbc.sql(ACTIVE + " and lower(u.username) = lower(?)").param(username.strip())
            .query(String.class).list().isEmpty();
    }
}
