package org.amicus.mail.internal.smtp;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Closes the socket of an SMTP connection whose connect, read or write has blocked past its deadline (a
 * relay that hangs or stopped reading), so that the worker's step fails instead of hanging. One thread
 * sweeps the open connections four times a second; arming a step is a volatile store. A scheduled task
 * per step would cost an allocation and a lock several times per message, and each cancelled task stays
 * queued until its delay runs out: at full rate hundreds of thousands of them.
 */
final class IoWatchdog {

    private static final long SWEEP_MILLIS = 250;
    private static final Set<SmtpConnection> OPEN = ConcurrentHashMap.newKeySet();

    static {
        Thread sweeper = new Thread(IoWatchdog::sweep, "mail-io-watchdog");
        sweeper.setDaemon(true);
        sweeper.start();
    }

    private IoWatchdog() {
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
