package org.amicus.platform.internal.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.amicus.platform.RecordVersion;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Keeps the bytes of public pages and API answers that anonymous readers ask for, keyed by the
 * URL, the language, today's date and the {@link RecordVersion}: any change to the record makes
 * every entry stale at once, on every node. Requests with a session, or answers that set a cookie,
 * never touch it. Each kept answer carries an ETag (a digest of its bytes, so every node gives the
 * same one) and may be kept by browsers and proxies for a minute, varying with the language.
 */
@Configuration
class PublicResponseCache {

    @ConfigurationProperties("amicus.public-cache")
    record Settings(boolean enabled, List<String> paths, long maxEntries) {
    }

    record Entry(String contentType, String disposition, byte[] body, String etag) {
    }

    /** How long a browser or a proxy may reuse a public answer without asking again; then the ETag makes asking cheap. */
    static final String CACHE_CONTROL = "public, max-age=60";
    /** The language comes from the lang parameter (in the URL), the cookie or Accept-Language. */
    static final String VARY = "Accept-Language, Cookie";

    @Bean
    FilterRegistrationBean<Filter> publicResponseCacheFilter(Settings settings, RecordVersion version,
            LocaleResolver locales) {
        var registration = new FilterRegistrationBean<>(new Filter(settings, version, locales));
        registration.setOrder(0); // after Spring Session and Spring Security, so headers and roles apply
        registration.setEnabled(settings.enabled());
        return registration;
    }

    static class Filter extends OncePerRequestFilter {

        private final List<PathPattern> paths;
        private final RecordVersion version;
        private final LocaleResolver locales;
        private final Cache<String, Entry> cache;

        Filter(Settings settings, RecordVersion version, LocaleResolver locales) {
            this.paths = settings.paths().stream().map(PathPatternParser.defaultInstance::parse).toList();
            this.version = version;
            this.locales = locales;
            this.cache = Caffeine.newBuilder().maximumSize(settings.maxEntries()).build();
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            if (!"GET".equals(request.getMethod()) || request.getRequestedSessionId() != null) {
                return true;
            }
            PathContainer path = PathContainer.parsePath(request.getRequestURI());
            return paths.stream().noneMatch(p -> p.matches(path));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String key = version.current() + "|" + LocalDate.now() + "|" + locales.resolveLocale(request) + "|"
                    + request.getRequestURI() + "?" + request.getQueryString();
            Entry hit = cache.getIfPresent(key);
            if (hit != null) {
                shareable(response, hit.etag());
                String asked = request.getHeader("If-None-Match");
                if (asked != null && asked.contains(hit.etag())) {
                    response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                    return;
                }
                response.setContentType(hit.contentType());
                if (hit.disposition() != null) {
                    response.setHeader("Content-Disposition", hit.disposition());
                }
                response.setContentLength(hit.body().length);
                response.getOutputStream().write(hit.body());
                return;
            }
            var wrapper = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, wrapper);
            if (wrapper.getStatus() == 200 && !wrapper.containsHeader("Set-Cookie") && wrapper.getContentType() != null) {
                byte[] body = wrapper.getContentAsByteArray();
                Entry entry = new Entry(wrapper.getContentType(), wrapper.getHeader("Content-Disposition"), body, etag(body));
                cache.put(key, entry);
                shareable(wrapper, entry.etag());
            }
            wrapper.copyBodyToResponse();
        }

        private static void shareable(HttpServletResponse response, String etag) {
            response.setHeader("ETag", etag);
            response.setHeader("Cache-Control", CACHE_CONTROL);
            response.setHeader("Vary", VARY);
        }

        private static String etag(byte[] body) {
            try {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(body);
                return "\"" + java.util.HexFormat.of().formatHex(digest, 0, 16) + "\"";
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
