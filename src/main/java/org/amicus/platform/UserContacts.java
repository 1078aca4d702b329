package org.amicus.platform;

import java.util.Optional;

/** How to reach a signed-in user: their e-mail address (if any) and the language they read. */
public interface UserContacts {

    record Contact(String username, String displayName, String email, Language language) {
    }

    /** The enabled user with this username (any case), or empty. */
    Optional<Contact> contact(String username);
}
