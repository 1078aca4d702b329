package org.amicus.platform;

import java.util.List;

/** The staff who can own work: enabled users with the STAFF or ADMIN role, by username. */
public interface StaffUsers {

    /** Usernames of the enabled staff, in alphabetical order. */
    List<String> active();

    /** Whether the user exists, is enabled and is staff: a removed or disabled user is not. */
    boolean isActive(String username);
}
