package org.amicus.media.internal.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.zip.GZIPInputStream;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Fetches feeds and pages the way a good neighbour does: conditional requests (ETag,
 * Last-Modified), robots.txt obeyed, a few requests at once per host with a pause between them,
 * timeouts, redirects followed a bounded number of times, compressed answers, and a size limit.
 * A slow or failing host only holds its own slots; other hosts go on.
 */
@Component
@EnableConfigurationProperties(FetchSettings.class)
public class PoliteFetcher {

    private static final Duration ROBOTS_KEPT = Duration.ofHours(1);

    private final FetchSettings settings;
    private final HttpClient client;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    PoliteFetcher(FetchSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(settings.connectTimeout())
            .build();
    }

    /** One host's gate: its slots, when the next request may leave, and its robots.txt rules. */
    private final class Host {
        final Semaphore slots = new Semaphore(settings.perHost(), true);
        long nextAt;
        Robots robots;
        long robotsUntil;
    }

    /** GET with the validators of the last answer (either may be null); a 304 comes back as notModified(). */
    public Fetched get(URI uri, String etag, String lastModified) throws FetchFailure {
        URI current = uri;
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            if (!"http".equalsIgnoreCase(current.getScheme()) && !"https".equalsIgnoreCase(current.getScheme())) {
                throw new FetchFailure("media.error.badUrl", current.toString());
            }
            if (!robots(current).allows(current)) {
                throw new FetchFailure("media.error.robots", current.toString());
            }
            Fetched answer = once(current, hop == 0 ? etag : null, hop == 0 ? lastModified : null);
            if (answer.status() / 100 == 3 && answer.status() != 304) {
                String location = answer.contentType();
                if (location == null) {
                    throw new FetchFailure("media.error.status", "redirect without Location from " + current);
                }
                current = current.resolve(location);
                continue;
            }
            if (answer.status() != 200 && answer.status() != 304) {
                throw new FetchFailure("media.error.status", "HTTP " + answer.status() + " from " + current);
            }
            return answer;
        }
        throw new FetchFailure("media.error.redirects", "more than " + settings.maxRedirects() + " redirects from " + uri);
    }

    /** One request through the host's gate. For a redirect, contentType() carries the Location. */
    private Fetched once(URI uri, String etag, String lastModified) throws FetchFailure {
        Host host = hosts.computeIfAbsent(hostKey(uri), k -> new Host());
        try {
            host.slots.acquire();
            try {
                waitTurn(host);
                HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(settings.requestTimeout())
                    .header("User-Agent", settings.userAgent())
                    .header("Accept-Encoding", "gzip");
                if (etag != null) {
                    request.header("If-None-Match", etag);
                }
                if (lastModified != null) {
                    request.header("If-Modified-Since", lastModified);
                }
                HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                var headers = response.headers();
                if (status / 100 == 3 && status != 304) {
                    response.body().close();
                    return new Fetched(status, uri, new byte[0], headers.firstValue("Location").orElse(null), null, null);
                }
                boolean gzip = headers.firstValue("Content-Encoding").map(e -> e.toLowerCase(Locale.ROOT).contains("gzip")).orElse(false);
                byte[] body = status == 200 ? read(response.body(), gzip) : drain(response.body());
                return new Fetched(status, uri, body, headers.firstValue("Content-Type").orElse(null),
                        headers.firstValue("ETag").orElse(etag), headers.firstValue("Last-Modified").orElse(lastModified));
            } finally {
                synchronized (host) {
                    host.nextAt = System.nanoTime() + settings.hostDelay().toNanos();
                }
                host.slots.release();
            }
        } catch (HttpTimeoutException e) {
            throw new FetchFailure("media.error.timeout", uri + ": " + e.getMessage());
        } catch (IOException e) {
            throw new FetchFailure("media.error.network", uri + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailure("media.error.network", "interrupted");
        }
    }

    private static void waitTurn(Host host) throws InterruptedException {
        long wait;
        synchronized (host) {
            wait = host.nextAt - System.nanoTime();
        }
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    /** Reads at most maxBytes (after decompression: a small gzip can hide a huge body). */
    private byte[] read(InputStream raw, boolean gzip) throws IOException, FetchFailure {
        try (InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16384];
            int n;
            while ((n = in.read(buffer)) != -1) {
                out.write(buffer, 0, n);
                if (out.size() > settings.maxBytes()) {
                    throw new FetchFailure("media.error.tooLarge", "more than " + settings.maxBytes() + " bytes");
                }
            }
            return out.toByteArray();
        }
    }

    private static byte[] drain(InputStream in) throws IOException {
        in.close();
        return new byte[0];
    }

    private Robots robots(URI uri) throws FetchFailure {
        Host host = hosts.computeIfAbsent(hostKey(uri), k -> new Host());
        synchronized (host) {
            if (host.robots != null && System.nanoTime() < host.robotsUntil) {
                return host.robots;
            }
        }
        Robots rules;
        try {
            Fetched answer = once(uri.resolve("/robots.txt"), null, null);
            rules = answer.status() == 200 ? Robots.parse(new String(answer.body(), StandardCharsets.UTF_8), settings.userAgent())
                    : Robots.ALLOW_ALL;
        } catch (FetchFailure e) {
            if ("media.error.timeout".equals(e.code()) || "media.error.network".equals(e.code())) {
                throw e;
            }
            rules = Robots.ALLOW_ALL;
        }
        synchronized (host) {
            host.robots = rules;
            host.robotsUntil = System.nanoTime() + ROBOTS_KEPT.toNanos();
        }
        return rules;
    }

    private static String hostKey(URI uri) {
        return (uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort()).toLowerCase(Locale.ROOT);
    }
}
