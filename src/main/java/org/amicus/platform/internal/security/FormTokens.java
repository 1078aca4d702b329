package org.amicus.platform.internal.security;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * Where a form's CSRF token is kept: in a cookie of its own, not in the session. A supporter who
 * signs an action alert or subscribes to a list then never has a session, so the public forms cost
 * no session reads and writes in the database (the signature rate depended on it); signed-in users
 * still have their session for who they are. The token in the form is masked per answer and must
 * match the cookie.
 */
public final class FormTokens {

    /** The cookie's name: readers carrying it get pages made for them, never a cached page with another's token. */
    public static final String COOKIE = "XSRF-TOKEN";

    private FormTokens() {
    }

    /** Public for tests, which put it back after spring-security-test's {@code csrf()} swapped in a session-based one. */
    public static CsrfTokenRepository repository() {
        CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();
        cookies.setCookieName(COOKIE);
        cookies.setCookieCustomizer(c -> c.httpOnly(true).sameSite("Lax").path("/"));
        return cookies;
    }
}
