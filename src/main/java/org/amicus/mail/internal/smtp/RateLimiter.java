package org.amicus.mail.internal.smtp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spaces messages out: at most perSecond overall and perDomainPerSecond to one destination domain
 * (0 means no limit). Each caller reserves the next free slot and sleeps until it, so the rate holds
 * across all workers of this node without bursts.
 */
class RateLimiter {

    private final long globalGapNanos;
    private final long domainGapNanos;
    private long nextGlobal = System.nanoTime();
    private final Map<String, Long> nextByDomain = new ConcurrentHashMap<>();

    RateLimiter(double perSecond, double perDomainPerSecond) {
        this.globalGapNanos = gap(perSecond);
        this.domainGapNanos = gap(perDomainPerSecond);
    }

    void acquire(String domain) throws InterruptedException {
        if (globalGapNanos == 0 && domainGapNanos == 0) {
            return;
        }
        long slot;
        synchronized (this) {
            long now = System.nanoTime();
            slot = Math.max(now, nextGlobal);
            if (domainGapNanos > 0) {
                slot = Math.max(slot, nextByDomain.getOrDefault(domain, now));
                nextByDomain.put(domain, slot + domainGapNanos);
            }
            nextGlobal = slot + globalGapNanos;
        }
        long wait = slot - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    private static long gap(double perSecond) {
        return perSecond <= 0 ? 0 : (long) (1_000_000_000L / perSecond);
    }
}
