package org.amicus.platform.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The API's HTTP Basic sign-in. Checking a password against its BCrypt hash costs tens of milliseconds
 * of CPU by design, and a stateless client pays it on every request: a script watching a send's progress
 * spent more CPU on its polls than the send spent on some of its stages. A user and password that passed
 * are remembered for a minute, as a keyed hash (never the password), and forgotten at once when the
 * account changes; wrong passwords are never remembered, so they still count towards the lock. Only the
 * API uses it (see {@link #provider()}): the sign-in form checks every password, as it checks locks.
 */
@Component
class RememberedCredentials {

    private static final Duration REMEMBERED_FOR = Duration.ofMinutes(1);

    private final DaoAuthenticationProvider checked;
    private final Cache<String, Authentication> passed = Caffeine.newBuilder().expireAfterWrite(REMEMBERED_FOR)
        .maximumSize(10_000).build();
    private final SecretKeySpec key;

    RememberedCredentials(AccountDetailsService accounts, PasswordEncoder encoder) {
        this.checked = new DaoAuthenticationProvider(accounts);
        this.checked.setPasswordEncoder(encoder);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.key = new SecretKeySpec(random, "HmacSHA256");
    }

    /** The API's sign-in; deliberately not a bean of its own, which would become every chain's sign-in. */
    AuthenticationProvider provider() {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication attempt) {
                return RememberedCredentials.this.authenticate(attempt);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return checked.supports(authentication);
            }
        };
    }

    private Authentication authenticate(Authentication attempt) {
        Object password = attempt.getCredentials();
        if (password == null) {
            return checked.authenticate(attempt);
        }
        String remembered = attempt.getName() + ":" + digest(attempt.getName() + "\0" + password);
        Authentication known = passed.getIfPresent(remembered);
        if (known != null) {
            return known;
        }
        Authentication result = checked.authenticate(attempt);
        // Kept without the password: the provider manager erases the result's credentials only after this returns.
        passed.put(remembered, UsernamePasswordAuthenticationToken.authenticated(result.getPrincipal(), null, result.getAuthorities()));
        return result;
    }

    /**
     * Forgets every remembered password of a user whose password, roles or access changed: now, and again
     * once the change commits, in case a request signed in with the old password in between.
     */
    void forget(String username) {
        evict(username);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    evict(username);
                }
            });
        }
    }

    private void evict(String username) {
        passed.asMap().keySet().removeIf(k -> k.startsWith(username + ":"));
    }

    private String digest(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
