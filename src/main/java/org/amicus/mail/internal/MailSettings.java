package org.amicus.mail.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Every setting of the mail engine, under amicus.mail (listed with defaults in docs/mail.md). */
@ConfigurationProperties("amicus.mail")
public record MailSettings(@DefaultValue("true") boolean delivery, @DefaultValue Smtp smtp, @DefaultValue Rate rate,
        @DefaultValue Retry retry, @DefaultValue Queue queue, @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("localhost") String bounceDomain, String secret, @DefaultValue Inbound inbound,
        @DefaultValue Dkim dkim) {

    public enum Security {
        NONE, STARTTLS, TLS
    }

    /**
     * The relay: host, port, security, credentials, how many connections are kept open, and how
     * long to wait for a server before giving up on it (a hanging server must not hold a send).
     */
    public record Smtp(@DefaultValue("localhost") String host, @DefaultValue("25") int port,
            @DefaultValue("NONE") Security security, String username, String password, @DefaultValue("4") int poolSize,
            @DefaultValue("PT20S") Duration timeout, @DefaultValue("200") int messagesPerConnection,
            @DefaultValue("false") boolean utf8Addresses) {
    }

    /** Messages per second overall (a preset's, when one is chosen) and to one destination domain; 0 means no limit. */
    public record Rate(RatePreset preset, @DefaultValue("0") double perSecond, @DefaultValue("0") double perDomainPerSecond) {

        public double effectivePerSecond() {
            return preset != null ? preset.perSecond() : perSecond;
        }
    }

    /** DKIM signing (RFC 6376) when a domain is set: the selector and the RSA private key in PKCS#8 PEM. */
    public record Dkim(String domain, String selector, String privateKeyFile) {
    }

    /** Retries of 4xx replies and connection failures: first delay, doubling up to the maximum. */
    public record Retry(@DefaultValue("8") int maxAttempts, @DefaultValue("PT1M") Duration firstDelay,
            @DefaultValue("PT6H") Duration maxDelay) {
    }

    /**
     * How many recipients a node claims at once, how long the claim lasts, how often results are written,
     * and how many recipients of a large send are committed at a time when it is queued.
     */
    public record Queue(@DefaultValue("1000") int claim, @DefaultValue("PT5M") Duration lease,
            @DefaultValue("100") int flushEvery, @DefaultValue("PT1S") Duration poll, @DefaultValue("10000") int chunk) {
    }

    /** The embedded SMTP listener (off by default), the domains it accepts mail for, and the IMAP alternative. */
    public record Inbound(@DefaultValue("false") boolean enabled, @DefaultValue("2525") int port,
            @DefaultValue("127.0.0.1") String bindAddress, @DefaultValue("10485760") int maxMessageSize,
            @DefaultValue List<String> domains, @DefaultValue Imap imap) {
    }

    /** A mailbox polled instead of (or beside) the listener; off by default. */
    public record Imap(@DefaultValue("false") boolean enabled, String host, @DefaultValue("993") int port,
            @DefaultValue("true") boolean ssl, String username, String password, @DefaultValue("INBOX") String folder) {
    }
}
