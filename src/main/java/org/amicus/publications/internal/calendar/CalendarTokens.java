package org.amicus.publications.internal.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.StaffUsers;
import org.amicus.platform.Timestamps;
import org.amicus.platform.UserContacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal calendar feeds: one secret URL per user for calendar programs, which cannot sign in. The
 * feed carries what the user may see now (staff: every entry; members: public and members' entries),
 * so a user who leaves the staff or is disabled stops seeing the rest at once. Only the secret's
 * SHA-256 is stored; a new URL revokes the old one.
 */
@Service
@Transactional
public class CalendarTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final StaffUsers staff;
    private final UserContacts users;

    CalendarTokens(JdbcClient jdbc, AuditTrail audit, StaffUsers staff, UserContacts users) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.staff = staff;
        this.users = users;
    }

    /** A new secret for the user (the previous one stops working); shown once. */
    public String issue(String username) {
        revoke(username);
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("insert into calendar_token (username, token_hash, created_at) values (?, ?, ?)")
            .params(username, hash(token), Timestamps.now()).update();
        audit.record(new Change("calendar-feed", username, "issued", null, Map.of("user", username), null, "Personal calendar feed issued"));
        return token;
    }

    public boolean revoke(String username) {
        boolean had = jdbc.sql("update calendar_token set revoked_at = ? where username = ? and revoked_at is null")
            .params(Timestamps.now(), username).update() > 0;
        if (had) {
            audit.record(new Change("calendar-feed", username, "revoked", null, null, null, "Personal calendar feed revoked"));
        }
        return had;
    }

    @Transactional(readOnly = true)
    public boolean has(String username) {
        return jdbc.sql("select count(*) from calendar_token where username = ? and revoked_at is null").param(username)
            .query(Long.class).single() > 0;
    }

    /** The audience a live token's owner sees now (STAFF or MEMBERS), or empty for an unknown, revoked or disabled one. */
    @Transactional(readOnly = true)
    public Optional<String> audience(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{32}")) {
            return Optional.empty();
        }
        return jdbc.sql("select username from calendar_token where token_hash = ? and revoked_at is null").param(hash(token))
            .query(String.class).optional()
            .filter(u -> users.contact(u).isPresent())
            .map(u -> staff.isActive(u) ? "STAFF" : "MEMBERS");
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
