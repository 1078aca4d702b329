package org.amicus.platform.internal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.amicus.platform.RecordVersion;
import org.amicus.platform.internal.security.FormTokens;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Keeps the bytes of public pages and API answers that anonymous readers ask for, keyed by the
 * URL, the language, today's date and the {@link RecordVersion}: any change to the record makes
 * every entry stale at once, on every node. Answers that set a cookie are never kept. Each kept answer carries an ETag (a digest of its bytes, so every node gives the
 * same one) and may be kept by browsers and proxies for a minute, varying with the language. Text is
 * also kept gzipped, once, for the readers that accept it (every browser): fewer bytes to write on a
 * hit, no compression on the request path.
 *
 * Forms stay valid: a page whose form carries a CSRF token sets the token's cookie
 * ({@link FormTokens}), so its answer is never kept; readers with that cookie, a session (staff,
 * members) or credentials of their own (an API client's Authorization) always get a page made for them.
 */
@Configuration
class PublicResponseCache {

    @ConfigurationProperties("amicus.public-cache")
    record Settings(boolean enabled, List<String> paths, long maxEntries) {
    }

    /** A kept answer; gzipped and its tag are null for content that does not shrink (images, PDF). */
    record Entry(String contentType, String disposition, byte[] body, String etag, byte[] gzipped, String gzippedEtag) {
    }

    /** How long a browser or a proxy may reuse a public answer without asking again; then the ETag makes asking cheap. */
    static final String CACHE_CONTROL = "public, max-age=60";
    /** Smaller answers gain nothing from gzip (its header and trailer are 18 bytes; a TCP segment holds more). */
    static final int GZIP_FROM = 1024;
    /** The language comes from the lang parameter (in the URL), the cookie or Accept-Language; the encoding from Accept-Encoding. */
    static final String VARY = "Accept-Language, Cookie, Accept-Encoding";

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
            if (!"GET".equals(request.getMethod()) || request.getRequestedSessionId() != null || request.getHeader("Authorization") != null
                    || WebUtils.getCookie(request, FormTokens.COOKIE) != null) {
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
                send(hit, request, response);
                return;
            }
            var wrapper = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, wrapper);
            if (wrapper.getStatus() == 200 && !wrapper.containsHeader("Set-Cookie") && wrapper.getContentType() != null
                    && wrapper.getHeader("Content-Encoding") == null) {
                Entry entry = entry(wrapper.getContentType(), wrapper.getHeader("Content-Disposition"), wrapper.getContentAsByteArray());
                cache.put(key, entry);
                send(entry, request, response); // the headers the page set are on the response already; the body is the kept one
                return;
            }
            wrapper.copyBodyToResponse();
        }

        private static void send(Entry entry, HttpServletRequest request, HttpServletResponse response) throws IOException {
            boolean gzip = entry.gzipped() != null && acceptsGzip(request.getHeader("Accept-Encoding"));
            String etag = gzip ? entry.gzippedEtag() : entry.etag();
            shareable(response, etag);
            String asked = request.getHeader("If-None-Match");
            if (asked != null && asked.contains(etag)) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            response.setContentType(entry.contentType());
            if (entry.disposition() != null) {
                response.setHeader("Content-Disposition", entry.disposition());
            }
            byte[] body = gzip ? entry.gzipped() : entry.body();
            if (gzip) {
                response.setHeader("Content-Encoding", "gzip");
            }
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }

        static Entry entry(String contentType, String disposition, byte[] body) {
            String etag = etag(body);
            if (body.length < GZIP_FROM || !compressible(contentType)) {
                return new Entry(contentType, disposition, body, etag, null, null);
            }
            var out = new ByteArrayOutputStream(body.length / 4);
            try (var gzip = new GZIPOutputStream(out)) {
                gzip.write(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // A representation of its own: its tag must differ (RFC 9110 8.8.3), derived from the same digest.
            return new Entry(contentType, disposition, body, etag, out.toByteArray(), etag.replaceFirst("\"$", "-gzip\""));
        }

        /** gzip listed, and not refused with q=0 (RFC 9110 12.5.3). */
        static boolean acceptsGzip(String acceptEncoding) {
            if (acceptEncoding == null) {
                return false;
            }
            for (String coding : acceptEncoding.split(",")) {
                String[] parts = coding.trim().split(";");
                if (parts[0].trim().equalsIgnoreCase("gzip")) {
                    return parts.length == 1 || !parts[1].replace(" ", "").matches("(?i)q=0(\\.0*)?");
                }
            }
            return false;
        }

        private static boolean compressible(String contentType) {
            String type = contentType.toLowerCase(java.util.Locale.ROOT);
            return type.startsWith("text/") || type.contains("json") || type.contains("xml") || type.contains("javascript");
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
