package org.amicus.platform.internal.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.RequestPath;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Requests that no controller answers. They may pass unauthenticated so that a visitor's mistyped
 * address gets a 404 page in their language instead of the sign-in form; the paths of the staff and
 * members areas keep asking for sign-in because they are matched first. Any doubt (a mapping that
 * fails to resolve) counts as answered, so the request still needs sign-in.
 */
final class UnmappedPaths implements RequestMatcher {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    UnmappedPaths(ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        RequestPath previous = ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request) : null;
        ServletRequestPathUtils.parseAndCache(request);
        try {
            for (RequestMappingHandlerMapping mapping : mappings) {
                if (mapping.getHandler(request) != null) {
                    return false;
                }
            }
            return true;
        } catch (Exception e) {
            return false;
        } finally {
            if (previous == null) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            } else {
                ServletRequestPathUtils.setParsedRequestPath(previous, request);
            }
        }
    }
}
