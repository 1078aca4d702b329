package org.amicus.platform.internal.security;

/** ADMIN includes STAFF, STAFF includes MEMBER (see the role hierarchy in {@link SecurityConfig}). */
public enum Role {
    ADMIN, STAFF, MEMBER;

    public String authority() {
        return "ROLE_" + name();
    }
}
