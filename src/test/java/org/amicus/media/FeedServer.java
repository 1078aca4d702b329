package org.amicus.media;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.core.io.ClassPathResource;

import com.sun.net.httpserver.HttpServer;

/**
 * A local web server for the media tests: each path answers what the test set (a feed fixture from
 * src/test/resources/media, a page, a redirect, an error, a slow answer), honours If-None-Match with
 * a 304, and counts the requests per path.
 */
public final class FeedServer implements AutoCloseable {

    /** One answer: status, content type, body, extra headers, and a delay before answering. */
    public record Answer(int status, String contentType, byte[] body, Map<String, String> headers, Duration delay) {

        public static Answer ok(String contentType, byte[] body) {
            return new Answer(200, contentType, body, Map.of(), Duration.ZERO);
        }

        public Answer withHeader(String name, String value) {
            Map<String, String> h = new java.util.HashMap<>(headers);
            h.put(name, value);
            return new Answer(status, contentType, body, h, delay);
        }

        public Answer after(Duration wait) {
            return new Answer(status, contentType, body, headers, wait);
        }
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    public FeedServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            Answer a = answers.getOrDefault(path, new Answer(404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8), Map.of(),
                    Duration.ZERO));
            try {
                Thread.sleep(a.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String etag = a.headers().get("ETag");
            String asked = exchange.getRequestHeaders().getFirst("If-None-Match");
            a.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            if (etag != null && etag.equals(asked)) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            if (a.contentType() != null) {
                exchange.getResponseHeaders().add("Content-Type", a.contentType());
            }
            exchange.sendResponseHeaders(a.status(), a.body().length == 0 ? -1 : a.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(a.body());
            } catch (IOException e) {
                // the client gave up (a timeout test)
            }
            exchange.close();
        });
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public FeedServer serve(String path, Answer answer) {
        answers.put(path, answer);
        return this;
    }

    /** Serves a fixture of src/test/resources/media with {{base}} replaced by this server's address. */
    public FeedServer fixture(String path, String fixture, String contentType) {
        return serve(path, Answer.ok(contentType, fixture(fixture, StandardCharsets.UTF_8)));
    }

    public byte[] fixture(String name, Charset charset) {
        try {
            String text = new ClassPathResource("media/" + name).getContentAsString(StandardCharsets.UTF_8);
            return text.replace("{{base}}", url("")).getBytes(charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FeedServer redirect(String from, String to) {
        return serve(from, new Answer(302, null, new byte[0], Map.of("Location", to), Duration.ZERO));
    }

    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
