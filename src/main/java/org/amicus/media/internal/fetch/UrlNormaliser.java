package org.amicus.media.internal.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One spelling per article, so that the same article reached through several feeds is found once:
 * scheme and host in lower case, default port, fragment and tracking parameters (utm_*, fbclid,
 * gclid, ...) removed, the remaining parameters sorted.
 */
public final class UrlNormaliser {

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid",
            "ref", "ref_src", "cmpid", "ocid", "_ga", "yclid", "spm");

    private UrlNormaliser() {
    }

    /** The normalised form of an absolute http(s) URL, or null when it is not one. */
    public static String normalise(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
                return null;
            }
            int port = uri.getPort();
            if (port == 80 && "http".equals(scheme) || port == 443 && "https".equals(scheme)) {
                port = -1;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String query = uri.getRawQuery() == null ? null : Arrays.stream(uri.getRawQuery().split("&"))
                .filter(p -> !p.isEmpty() && !tracking(p.split("=", 2)[0].toLowerCase(Locale.ROOT)))
                .sorted()
                .collect(Collectors.joining("&"));
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (port == -1 ? "" : ":" + port) + path
                    + (query == null || query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static boolean tracking(String name) {
        return name.startsWith("utm_") || TRACKING.contains(name);
    }

    /** A link as written in a feed or page (perhaps relative) made absolute against where it was read. */
    public static String resolve(URI base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            return base == null ? new URI(link.trim()).toString() : base.resolve(link.trim().replace(" ", "%20")).toString();
        } catch (IllegalArgumentException | URISyntaxException e) {
            return null;
        }
    }
}
