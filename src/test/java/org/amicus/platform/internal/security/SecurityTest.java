package org.amicus.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Accounts accounts;

    private void createUser(String name, String password, Role role) {
        if (users.byUsername(name).isEmpty()) {
            users.create(name, name, null, encoder.encode(password), "en", false, EnumSet.of(role));
        }
    }

    @Test
    void thePublicReadsWithoutSigningIn() throws Exception {
        mvc.perform(get("/tracker")).andExpect(status().isOk());
        mvc.perform(get("/states/KEN")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/states")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
    }

    @Test
    void staffAndAdminScreensAskForTheRightRole() throws Exception {
        mvc.perform(get("/staff/states")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/staff/states").with(user("m").roles("MEMBER"))).andExpect(status().isForbidden());
        mvc.perform(get("/staff/states").with(user("s").roles("STAFF"))).andExpect(status().isOk());
        mvc.perform(get("/admin/users").with(user("s").roles("STAFF"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(user("a").roles("ADMIN"))).andExpect(status().isOk());
        mvc.perform(get("/staff/states").with(user("a").roles("ADMIN"))).andExpect(status().isOk());
    }

    @Test
    void operationsEndpointsAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "admin-password-for-tests"))).andExpect(status().isOk());
        createUser("staffer", "staffer-password-123", Role.STAFF);
        mvc.perform(get("/actuator/prometheus").with(httpBasic("staffer", "staffer-password-123"))).andExpect(status().isForbidden());
    }

    @Test
    void formsNeedACsrfToken() throws Exception {
        mvc.perform(post("/staff/states/KEN/events").with(user("s").roles("STAFF")).param("type", "SIGNATURE"))
            .andExpect(status().isForbidden());
    }

    @Test
    void signingInWorksAndWrongPasswordsLockTheAccountForAGrowingTime() throws Exception {
        createUser("locksmith", "locksmith-password-123", Role.MEMBER);
        mvc.perform(formLogin().user("locksmith").password("locksmith-password-123")).andExpect(redirectedUrl("/"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user("locksmith").password("wrong")).andExpect(redirectedUrl("/login?error"));
        }
        var locked = users.byUsername("locksmith").orElseThrow();
        assertThat(locked.failedLogins()).isEqualTo(5);
        assertThat(locked.lockedUntil()).isNotNull();
        // Even the right password is refused while the lock holds.
        mvc.perform(formLogin().user("locksmith").password("locksmith-password-123")).andExpect(redirectedUrl("/login?locked"));
        assertThat(Users.lockFor(5)).hasMinutes(1);
        assertThat(Users.lockFor(7)).hasMinutes(4);
        assertThat(Users.lockFor(30)).hasHours(1);
    }

    @Test
    void theApiRemembersAPasswordThatPassedOnlyUntilTheAccountChanges() throws Exception {
        createUser("api-client", "api-client-password-1", Role.ADMIN);
        long id = users.byUsername("api-client").orElseThrow().id();
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/actuator/prometheus").with(httpBasic("api-client", "api-client-password-1"))).andExpect(status().isOk());
        }
        // A wrong password is never taken from memory: refused, and counted towards the lock.
        mvc.perform(get("/actuator/prometheus").with(httpBasic("api-client", "wrong"))).andExpect(status().isUnauthorized());
        assertThat(users.byUsername("api-client").orElseThrow().failedLogins()).isEqualTo(1);
        mvc.perform(get("/actuator/prometheus").with(httpBasic("api-client", "api-client-password-1"))).andExpect(status().isOk());

        String oneTime = accounts.resetPassword(id);
        mvc.perform(get("/actuator/prometheus").with(httpBasic("api-client", "api-client-password-1"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("api-client", oneTime))).andExpect(status().isOk());
        // Roles taken away or the account disabled: the remembered sign-in goes at once.
        var user = accounts.get(id);
        accounts.update(id, user.displayName(), user.email(), user.preferredLanguage(), true, EnumSet.of(Role.STAFF));
        mvc.perform(get("/actuator/prometheus").with(httpBasic("api-client", oneTime))).andExpect(status().isForbidden());
        accounts.update(id, user.displayName(), user.email(), user.preferredLanguage(), false, EnumSet.of(Role.STAFF));
        mvc.perform(get("/actuator/prometheus").with(httpBasic("api-client", oneTime))).andExpect(status().isUnauthorized());
    }

    @Test
    void passwordsAreStoredHashed() {
        createUser("hashed", "hashed-password-123", Role.MEMBER);
        String hash = users.byUsername("hashed").orElseThrow().passwordHash();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("hashed-password-123");
    }

    @Test
    void aOneTimePasswordMustBeChangedBeforeAnythingElse() throws Exception {
        String oneTime = accounts.create("newcomer", "New Comer", null, "fr", EnumSet.of(Role.STAFF));
        var session = mvc.perform(formLogin().user("newcomer").password(oneTime)).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/staff/states").cookie(session))
            .andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password").cookie(session).with(csrf())
                .header("Accept-Language", "fr").param("current", oneTime).param("replacement", "short").param("confirmation", "short"))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Entre 12 et 200 caractères")));
        mvc.perform(post("/account/password").cookie(session).with(csrf())
                .param("current", oneTime).param("replacement", "a-much-longer-password").param("confirmation", "a-much-longer-password"))
            .andExpect(redirectedUrl("/"));
        mvc.perform(get("/staff/states").cookie(session)).andExpect(status().isOk());
    }
}
