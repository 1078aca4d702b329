package org.amicus.platform.internal.security;

import java.time.Instant;
import java.util.Set;

/** A person who signs in to Amicus, with the roles that decide what they may see and change. */
public record AppUser(long id, String username, String displayName, String email, String passwordHash,
        String preferredLanguage, boolean enabled, boolean mustChangePassword, int failedLogins, Instant lockedUntil,
        Instant createdAt, Instant lastLoginAt, Set<Role> roles) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** What the audit trail keeps of a user: never the password hash. */
    public java.util.Map<String, Object> audited() {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("username", username);
        m.put("displayName", displayName);
        m.put("email", email);
        m.put("preferredLanguage", preferredLanguage);
        m.put("enabled", enabled);
        m.put("roles", roles.stream().map(Enum::name).sorted().toList());
        return m;
    }
}
