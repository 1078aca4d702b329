package org.amicus.platform.internal.security;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may see and change what. Two chains: the API and the operations endpoints are stateless
 * (HTTP Basic, no cookies, so no CSRF exposure); the pages use form sign-in, sessions kept in the
 * database and CSRF tokens on every form.
 */
@Configuration
class SecurityConfig {

    /** Public reading: the tracker, country pages, the open API's read side and its description. */
    private static final String[] PUBLIC_PAGES = { "/", "/tracker", "/states/**", "/watch-list", "/legislation/**", "/login", "/error", "/css/**",
            "/js/**", "/geo/**", "/img/**", "/webjars/**", "/favicon.ico", "/v3/api-docs/**", "/swagger-ui/**",
            "/swagger-ui.html", "/api-docs", "/cooperation", "/cooperation/**", "/strategy", "/strategy/**",
            "/mail/unsubscribe/**", "/act/**", "/advocacy/states/*", "/court", "/court/**", "/questionnaire/**", "/lists",
            "/lists/**", "/publications", "/publications/**", "/press", "/press/**", "/calendar", "/calendar.ics", "/about",
            "/about/**", "/countries/**", "/campaigns", "/open-data", "/blog", "/blog/**", "/civil-society-at-work",
            "/pages/**", "/search", "/feeds/**", "/sitemap.xml", "/robots.txt" };

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
            .role(Role.ADMIN.name()).implies(Role.STAFF.name())
            .role(Role.STAFF.name()).implies(Role.MEMBER.name())
            .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, RememberedCredentials credentials,
            ApplicationEventPublisher events) throws Exception {
        var signIn = new ProviderManager(credentials.provider());
        // Failed and successful sign-ins reach the lock's counter as they do from the sign-in form.
        signIn.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        http.securityMatcher("/api/**", "/actuator/**")
            .authenticationManager(signIn)
            .authorizeHttpRequests(a -> a
                // Personal data: signed-in users only; the controllers check the role and the organisation.
                .requestMatchers("/api/v1/members/**").hasRole(Role.MEMBER.name())
                .requestMatchers("/api/v1/advocacy/**").hasRole(Role.STAFF.name())
                .requestMatchers("/api/v1/media/**").hasRole(Role.STAFF.name())
                .requestMatchers("/api/v1/lists/*/subscriptions", "/api/v1/lists/*/held").hasRole(Role.STAFF.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/**").permitAll()
                .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                .anyRequest().hasRole(Role.STAFF.name()))
            .httpBasic(b -> b.authenticationEntryPoint(problems))
            .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
            .csrf(c -> c.disable())
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, @Value("${amicus.login.attempts-per-minute:30}") int perMinute,
            ObjectProvider<RequestMappingHandlerMapping> mappings) throws Exception {
        var failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        http.authorizeHttpRequests(a -> a
                .requestMatchers(PUBLIC_PAGES).permitAll()
                .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                .requestMatchers("/staff/**").hasRole(Role.STAFF.name())
                // An address nobody answers is a 404 for everyone, not a sign-in form.
                .requestMatchers(new UnmappedPaths(mappings)).permitAll()
                .anyRequest().authenticated())
            .formLogin(f -> f.loginPage("/login").failureHandler(failures).permitAll())
            .logout(l -> l.logoutSuccessUrl("/?signedout"))
            .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                            + "script-src 'self'; frame-ancestors 'none'; form-action 'self'")))
            // RFC 8058 one-click unsubscribe: a mail client POSTs without a session; the signed token in the URL authenticates.
            .csrf(c -> c.csrfTokenRepository(FormTokens.repository()).ignoringRequestMatchers("/mail/unsubscribe/*"))
            .addFilterBefore(new LoginRateLimitFilter(perMinute), UsernamePasswordAuthenticationFilter.class)
            .addFilterAfter(new PasswordChangeRequiredFilter(), AuthorizationFilter.class);
        return http.build();
    }
}
