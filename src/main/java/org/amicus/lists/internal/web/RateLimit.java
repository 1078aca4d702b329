package org.amicus.lists.internal.web;

import java.time.Duration;

import org.amicus.platform.RateLimits;
import org.amicus.platform.RateLimits.Limit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A limit on the public forms that send mail (subscribe): so many requests per client address and
 * minute, so that nobody uses Amicus to flood a stranger's mailbox with confirmation mail. Counted by
 * the platform's shared limits, so that every node sees the same count.
 */
@Component
class RateLimit {

    private final RateLimits limits;
    private final Limit perMinute;

    RateLimit(RateLimits limits, @Value("${amicus.lists.subscribe-per-minute:10}") int perMinute) {
        this.limits = limits;
        this.perMinute = new Limit("lists-subscribe", perMinute, Duration.ofMinutes(1));
    }

    boolean allow(String client) {
        return limits.admit(perMinute, client);
    }
}
