package org.amicus.lists.internal.web;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A limit on the public forms that send mail (subscribe): so many requests per client address and
 * minute, so that nobody uses Amicus to flood a stranger's mailbox with confirmation mail.
 */
@Component
class RateLimit {

    private final int perMinute;
    private final Clock clock;
    private final ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private volatile long minute;

    RateLimit(@Value("${amicus.lists.subscribe-per-minute:10}") int perMinute) {
        this.perMinute = perMinute;
        this.clock = Clock.systemUTC();
    }

    boolean allow(String client) {
        long now = clock.millis() / 60_000;
        if (now != minute) {
            counts.clear();
            minute = now;
        }
        return counts.computeIfAbsent(client, k -> new AtomicInteger()).incrementAndGet() <= perMinute;
    }
}
