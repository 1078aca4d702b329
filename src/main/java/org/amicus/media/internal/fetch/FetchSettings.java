package org.amicus.media.internal.fetch;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How politely Amicus fetches (amicus.media.fetch.*): its user agent, the timeouts, the largest
 * response it reads, how many redirects it follows, and per host how many requests at once and the
 * pause between two.
 */
@ConfigurationProperties("amicus.media.fetch")
public record FetchSettings(String userAgent, Duration connectTimeout, Duration requestTimeout, Integer maxBytes,
        Integer maxRedirects, Integer perHost, Duration hostDelay) {

    public FetchSettings {
        userAgent = userAgent == null ? "Amicus media monitor (+https://github.com/amicus)" : userAgent;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(30) : requestTimeout;
        maxBytes = maxBytes == null ? 5 * 1024 * 1024 : maxBytes;
        maxRedirects = maxRedirects == null ? 5 : maxRedirects;
        perHost = perHost == null ? 2 : perHost;
        hostDelay = hostDelay == null ? Duration.ofSeconds(1) : hostDelay;
    }
}
