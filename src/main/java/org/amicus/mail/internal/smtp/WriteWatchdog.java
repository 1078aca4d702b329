package org.amicus.mail.internal.smtp;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Closes the socket of an SMTP connection whose write has blocked past its deadline (a relay that
 * stopped reading), so that the worker's write fails instead of hanging. One thread sweeps the open
 * connections four times a second; arming a write is a volatile store. A scheduled task per write, as
 * before, cost an allocation and a lock twice per message, and each cancelled task stayed queued until
 * its delay ran out: at full rate hundreds of thousands of them, promoted to the old generation.
 */
final class WriteWatchdog {

    private static final long SWEEP_MILLIS = 250;
    private static final Set<SmtpConnection> OPEN = ConcurrentHashMap.newKeySet();

    static {
        Thread sweeper = new Thread(WriteWatchdog::sweep, "mail-write-watchdog");
        sweeper.setDaemon(true);
        sweeper.start();
    }

    private WriteWatchdog() {
    }

    static void watch(SmtpConnection c) {
        OPEN.add(c);
    }

    static void forget(SmtpConnection c) {
        OPEN.remove(c);
    }

    private static void sweep() {
        while (true) {
            try {
                Thread.sleep(SWEEP_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            OPEN.forEach(c -> c.abortIfOverdue(now));
        }
    }
}
