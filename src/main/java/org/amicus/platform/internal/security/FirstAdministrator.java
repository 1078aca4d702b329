package org.amicus.platform.internal.security;

import java.util.EnumSet;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start, when there is no user yet, creates the first administrator: with the name
 * and password from AMICUS_ADMIN_USERNAME and AMICUS_ADMIN_PASSWORD, or else with a random
 * one-time password printed once to the log and to be changed at the first sign-in.
 */
@Component
class FirstAdministrator implements SmartInitializingSingleton {

    @ConfigurationProperties("amicus.admin")
    record Settings(String username, String password) {
    }

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Users users;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Settings settings;

    FirstAdministrator(Users users, PasswordEncoder encoder, AuditTrail audit, Settings settings) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.settings = settings;
    }

    @Override
    @Transactional
    public void afterSingletonsInstantiated() {
        if (users.count() > 0) {
            return;
        }
        String username = settings.username() == null || settings.username().isBlank() ? "admin" : settings.username();
        boolean given = settings.password() != null && !settings.password().isBlank();
        String password = given ? settings.password() : Accounts.oneTimePassword();
        users.create(username, "Administrator", null, encoder.encode(password), "en", !given,
                EnumSet.of(Role.ADMIN));
        audit.record(new Change("user", username, "created", null, users.byUsername(username).orElseThrow().audited(),
                null, "First administrator created at first start"));
        if (given) {
            log.info("First administrator '{}' created with the password from AMICUS_ADMIN_PASSWORD.", username);
        } else {
            log.warn("""

                    ==================================================================
                     First administrator created. Sign in at /login and change it:
                       username: {}
                       one-time password: {}
                     This is printed once and never again.
                    ==================================================================""", username, password);
        }
    }
}
