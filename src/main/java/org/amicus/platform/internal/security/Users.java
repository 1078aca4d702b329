package org.amicus.platform.internal.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The users of Amicus and their roles. */
@Repository
public class Users {

    /** Failures allowed before the first lock; each failure after that doubles the lock. */
    static final int FREE_FAILURES = 4;
    static final Duration MAX_LOCK = Duration.ofHours(1);

    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AppUser> byUsername(String username) {
        return jdbc.sql("select * from app_user where lower(username) = lower(?)").param(username).query(this::map).optional();
    }

    public Optional<AppUser> byId(long id) {
        return jdbc.sql("select * from app_user where id = ?").param(id).query(this::map).optional();
    }

    /** Every user, their roles read in one query rather than one per user. */
    public List<AppUser> all() {
        Map<Long, Set<Role>> roles = new HashMap<>();
        jdbc.sql("select user_id, role from app_user_role").query((rs, row) -> roles
            .computeIfAbsent(rs.getLong("user_id"), id -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rs.getString("role"))))
            .list();
        return jdbc.sql("select * from app_user order by lower(username)")
            .query((rs, row) -> user(rs, roles.getOrDefault(rs.getLong("id"), EnumSet.noneOf(Role.class)))).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    public long create(String username, String displayName, String email, String passwordHash, String language,
            boolean mustChangePassword, Set<Role> roles) {
        jdbc.sql("""
                insert into app_user (username, display_name, email, password_hash, preferred_language, must_change_password, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
            .params(username, displayName, email, passwordHash, language, mustChangePassword, Timestamps.now())
            .update();
        long id = byUsername(username).orElseThrow().id();
        setRoles(id, roles);
        return id;
    }

    public void update(long id, String displayName, String email, String language, boolean enabled, Set<Role> roles) {
        jdbc.sql("update app_user set display_name = ?, email = ?, preferred_language = ?, enabled = ? where id = ?")
            .params(displayName, email, language, enabled, id)
            .update();
        setRoles(id, roles);
    }

    public void setPassword(long id, String passwordHash, boolean mustChange) {
        jdbc.sql("update app_user set password_hash = ?, must_change_password = ?, failed_logins = 0, locked_until = null where id = ?")
            .params(passwordHash, mustChange, id)
            .update();
    }

    /** Counts a failed sign-in; from the fifth on, locks the account for a time that doubles each time. */
    public void recordFailure(String username, Instant now) {
        byUsername(username).ifPresent(u -> {
            int failures = u.failedLogins() + 1;
            Instant lockedUntil = failures > FREE_FAILURES ? now.plus(lockFor(failures)) : null;
            jdbc.sql("update app_user set failed_logins = ?, locked_until = ? where id = ?")
                .params(failures, Timestamps.param(lockedUntil), u.id())
                .update();
        });
    }

    static Duration lockFor(int failures) {
        int doublings = Math.min(failures - FREE_FAILURES - 1, 10);
        Duration lock = Duration.ofMinutes(1L << doublings);
        return lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock;
    }

    public void recordSuccess(String username, Instant now) {
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null, last_login_at = ? where lower(username) = lower(?)")
            .params(Timestamps.param(now), username)
            .update();
    }

    private void setRoles(long id, Set<Role> roles) {
        jdbc.sql("delete from app_user_role where user_id = ?").param(id).update();
        for (Role role : roles) {
            jdbc.sql("insert into app_user_role (user_id, role) values (?, ?)").params(id, role.name()).update();
        }
    }

    private AppUser map(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from app_user_role where user_id = ?").param(rs.getLong("id")).query(String.class).list()
            .forEach(r -> roles.add(Role.valueOf(r)));
        return user(rs, roles);
    }

    private static AppUser user(ResultSet rs, Set<Role> roles) throws SQLException {
        return new AppUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
                rs.getString("password_hash"), rs.getString("preferred_language"), rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"), rs.getInt("failed_logins"), Timestamps.read(rs, "locked_until"),
                Timestamps.read(rs, "created_at"), Timestamps.read(rs, "last_login_at"), roles);
    }
}
