package org.amicus.platform.internal.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.RejectedInput;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating users, changing their roles and passwords; every change audited, no password ever logged. */
@Service
public class Accounts {

    private final Users users;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final RememberedCredentials credentials;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    Accounts(Users users, PasswordEncoder encoder, AuditTrail audit, RememberedCredentials credentials) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.credentials = credentials;
    }

    public List<AppUser> all() {
        return users.all();
    }

    public AppUser get(long id) {
        return users.byId(id).orElseThrow(() -> new org.amicus.platform.NotFound("error.userNotFound", id));
    }

    /** Creates a user with a one-time password, returned to show once to the administrator. */
    @Transactional
    public String create(String username, String displayName, String email, String language, Set<Role> roles) {
        if (users.byUsername(username).isPresent()) {
            throw new RejectedInput("username", "user.usernameTaken", username);
        }
        String password = oneTimePassword();
        long id = users.create(username.trim(), displayName.trim(), blankToNull(email), encoder.encode(password), language,
                true, roles);
        audit.record(new Change("user", username, "created", null, get(id).audited(), null, "User " + username + " created"));
        return password;
    }

    @Transactional
    public void update(long id, String displayName, String email, String language, boolean enabled, Set<Role> roles) {
        AppUser before = get(id);
        boolean wasAdmin = before.enabled() && before.roles().contains(Role.ADMIN);
        boolean staysAdmin = enabled && roles.contains(Role.ADMIN);
        if (wasAdmin && !staysAdmin && enabledAdmins() == 1) {
            throw new RejectedInput("roles", "user.lastAdmin");
        }
        users.update(id, displayName.trim(), blankToNull(email), language, enabled, roles);
        credentials.forget(before.username());
        audit.record(new Change("user", before.username(), "updated", before.audited(), get(id).audited(), null,
                "User " + before.username() + " updated"));
    }

    /** Replaces a user's password by a one-time password, returned to show once. */
    @Transactional
    public String resetPassword(long id) {
        AppUser user = get(id);
        String password = oneTimePassword();
        users.setPassword(id, encoder.encode(password), true);
        credentials.forget(user.username());
        audit.record(new Change("user", user.username(), "password-reset", null, null, null,
                "Password of " + user.username() + " reset to a one-time password"));
        return password;
    }

    /** Changes one's own password; false when the current password is wrong. Refreshes the session's roles. */
    @Transactional
    public boolean changePassword(String username, String current, String replacement, HttpServletRequest request,
            HttpServletResponse response) {
        AppUser user = users.byUsername(username).orElseThrow();
        if (!encoder.matches(current, user.passwordHash())) {
            return false;
        }
        users.setPassword(user.id(), encoder.encode(replacement), false);
        credentials.forget(user.username());
        audit.record(new Change("user", user.username(), "password-changed", null, null, null,
                "Password of " + user.username() + " changed by its owner"));
        var refreshed = users.byId(user.id()).orElseThrow();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(refreshed.username(), null,
                AccountDetailsService.authorities(refreshed)));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return true;
    }

    private long enabledAdmins() {
        return users.all().stream().filter(u -> u.enabled() && u.roles().contains(Role.ADMIN)).count();
    }

    static String oneTimePassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
