package org.amicus.platform.internal.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Sends a user who signed in with a one-time password to the password form until it is changed. */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    static final String FORM = "/account/password";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean mustChange = auth != null && auth.getAuthorities().stream()
            .anyMatch(a -> AccountDetailsService.MUST_CHANGE_PASSWORD.equals(a.getAuthority()));
        boolean allowed = path.equals(FORM) || path.equals("/logout") || path.startsWith("/css/")
                || path.startsWith("/js/") || path.startsWith("/error");
        if (mustChange && !allowed) {
            response.sendRedirect(request.getContextPath() + FORM);
            return;
        }
        chain.doFilter(request, response);
    }
}
