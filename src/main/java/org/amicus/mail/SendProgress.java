package org.amicus.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Where a send stands: recipients by state, the rate of the last minutes and the time to finish at
 * that rate (or at the configured rate before any message went out); whether a large send's
 * recipients are still being queued, or their queueing stopped part-way.
 */
public record SendProgress(long sendId, String name, String state, Instant createdAt, Instant finishedAt,
        Map<String, Long> counts, double messagesPerSecond, Duration timeToFinish, boolean stillQueueing,
        boolean queueingInterrupted) {

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public long count(String recipientState) {
        return counts.getOrDefault(recipientState, 0L);
    }

    /** Recipients without a final state yet. */
    public long open() {
        return count("QUEUED") + count("SENDING") + count("DEFERRED");
    }
}
