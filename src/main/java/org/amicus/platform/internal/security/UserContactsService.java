package org.amicus.platform.internal.security;

import java.util.Optional;

import org.amicus.platform.Language;
import org.amicus.platform.UserContacts;
import org.springframework.stereotype.Service;

/** Other modules reach a user through this, never through the users table. */
@Service
class UserContactsService implements UserContacts {

    private final Users users;

    UserContactsService(Users users) {
        this.users = users;
    }

    @Override
    public Optional<Contact> contact(String username) {
        return users.byUsername(username).filter(AppUser::enabled)
            .map(u -> new Contact(u.username(), u.displayName(), u.email() == null || u.email().isBlank() ? null : u.email(),
                    Language.fromCode(u.preferredLanguage()).orElse(Language.EN)));
    }
}
