package org.amicus.platform.internal.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads users for sign-in and keeps count of failed attempts, which lock an account for a while. */
@Service
class AccountDetailsService implements UserDetailsService {

    /** Granted until the user has replaced a one-time password; see {@link PasswordChangeRequiredFilter}. */
    static final String MUST_CHANGE_PASSWORD = "MUST_CHANGE_PASSWORD";

    private final Users users;

    AccountDetailsService(Users users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.byUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(user.username())
            .password(user.passwordHash())
            .disabled(!user.enabled())
            .accountLocked(user.lockedAt(Instant.now()))
            .authorities(authorities(user))
            .build();
    }

    static List<GrantedAuthority> authorities(AppUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        if (user.mustChangePassword()) {
            authorities.add(new SimpleGrantedAuthority(MUST_CHANGE_PASSWORD));
        }
        return authorities;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        users.recordFailure(event.getAuthentication().getName(), Instant.now());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        users.recordSuccess(event.getAuthentication().getName(), Instant.now());
    }
}
