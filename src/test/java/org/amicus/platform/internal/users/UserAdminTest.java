package org.amicus.platform.internal.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.amicus.platform.AuditTrail;
import org.amicus.platform.internal.security.Role;
import org.amicus.platform.internal.security.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Administrators manage users and roles in the pages; every change is audited; sessions live in the database. */
@SpringBootTest
@AutoConfigureMockMvc
class UserAdminTest {

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorCreatesAUserWhoGetsAOneTimePassword() throws Exception {
        String password = (String) mvc.perform(post("/admin/users/new").with(ADMIN).with(csrf())
                .param("username", "amina").param("displayName", "Amina Diallo").param("email", "amina@example.org")
                .param("preferredLanguage", "fr").param("roles", "STAFF"))
            .andExpect(redirectedUrl("/admin/users"))
            .andExpect(flash().attributeExists("oneTimePassword"))
            .andReturn().getFlashMap().get("oneTimePassword");
        var amina = users.byUsername("amina").orElseThrow();
        assertThat(amina.mustChangePassword()).isTrue();
        assertThat(amina.passwordHash()).doesNotContain(password);
        assertThat(audit.history("user", "amina")).extracting(e -> e.action()).contains("created");
        assertThat(audit.history("user", "amina").get(0).afterJson()).contains("STAFF").doesNotContain("password");

        mvc.perform(post("/admin/users/" + amina.id()).with(ADMIN).with(csrf())
                .param("username", "amina").param("displayName", "Amina Diallo").param("preferredLanguage", "fr")
                .param("roles", "ADMIN").param("enabled", "true"))
            .andExpect(redirectedUrl("/admin/users"));
        assertThat(users.byUsername("amina").orElseThrow().roles()).extracting(Enum::name).containsExactly("ADMIN");
        assertThat(audit.history("user", "amina").get(0).beforeJson()).contains("STAFF");
    }

    @Test
    void badInputStaysInTheFormWithMessagesBesideTheFields() throws Exception {
        mvc.perform(post("/admin/users/new").with(ADMIN).with(csrf()).header("Accept-Language", "pt")
                .param("username", "bad name!").param("displayName", "").param("email", "not-an-email"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Este campo é obrigatório")))
            .andExpect(content().string(containsString("not-an-email")));
        mvc.perform(post("/admin/users/new").with(ADMIN).with(csrf())
                .param("username", "admin").param("displayName", "Again").param("preferredLanguage", "en"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is taken")));
    }

    @Test
    void theLastAdministratorCannotLoseTheRole() throws Exception {
        // Leave "admin" as the only enabled administrator.
        users.all().stream().filter(u -> !u.username().equals("admin") && u.roles().contains(Role.ADMIN))
            .forEach(u -> users.update(u.id(), u.displayName(), u.email(), u.preferredLanguage(), false, u.roles()));
        var admin = users.byUsername("admin").orElseThrow();
        mvc.perform(post("/admin/users/" + admin.id()).with(ADMIN).with(csrf())
                .param("username", "admin").param("displayName", "Administrator").param("preferredLanguage", "en")
                .param("roles", "STAFF").param("enabled", "true"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("last administrator")));
        assertThat(users.byUsername("admin").orElseThrow().roles()).extracting(Enum::name).contains("ADMIN");
    }

    @Test
    void aSignedInSessionIsKeptInTheDatabase() throws Exception {
        long before = jdbc.sql("select count(*) from spring_session").query(Long.class).single();
        var cookie = mvc.perform(formLogin().user("admin").password("admin-password-for-tests"))
            .andReturn().getResponse().getCookie("SESSION");
        assertThat(cookie).isNotNull();
        assertThat(jdbc.sql("select count(*) from spring_session").query(Long.class).single()).isGreaterThan(before);
        mvc.perform(get("/admin/users").cookie(cookie)).andExpect(status().isOk());
    }
}
