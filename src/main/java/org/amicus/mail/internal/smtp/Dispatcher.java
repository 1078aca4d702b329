package org.amicus.mail.internal.smtp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.amicus.mail.internal.MailSettings;
import org.amicus.mail.internal.feedback.Feedback;
import org.amicus.mail.internal.queue.Claimed;
import org.amicus.mail.internal.queue.Outcome;
import org.amicus.mail.internal.queue.Queue;
import org.amicus.mail.internal.queue.RecipientState;
import org.amicus.mail.internal.queue.SendChanged;
import org.amicus.mail.internal.queue.SendState;
import org.amicus.mail.internal.queue.Suppressions;
import org.amicus.mail.internal.render.Renderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;


/**
 * Delivers the queue on this node: one claimer thread takes due recipients from the database under a
 * lease and hands them to a pool of workers, each keeping one SMTP connection open across many
 * messages. Workers write outcomes back in small batches; at a crash, only the messages accepted by
 * the relay since the last batch can be sent twice.
 */
@Component
class Dispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final MailSettings settings;
    private final Queue queue;
    private final Suppressions suppressions;
    private final Renderer renderer;
    private final Feedback feedback;
    private final RateLimiter rate;
    private final BlockingQueue<Claimed> inbox;
    private final Map<Long, Renderer.Prepared> prepared = new ConcurrentHashMap<>();
    private volatile Map<Long, SendState> sendStates = Map.of();
    private List<Long> active = List.of();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private final Object signal = new Object();
    private volatile boolean sendChanged;
    private volatile boolean settled;

    Dispatcher(MailSettings settings, Queue queue, Suppressions suppressions, Renderer renderer, Feedback feedback) {
        this.settings = settings;
        this.queue = queue;
        this.suppressions = suppressions;
        this.renderer = renderer;
        this.feedback = feedback;
        this.rate = new RateLimiter(settings.rate().effectivePerSecond(), settings.rate().perDomainPerSecond());
        this.inbox = new ArrayBlockingQueue<>(claimSize() * 2);
    }

    /** Claims no more than about 30 seconds of work at the configured rate, so leases never run out in memory. */
    private int claimSize() {
        double perSecond = settings.rate().effectivePerSecond();
        return perSecond > 0 ? (int) Math.max(1, Math.min(settings.queue().claim(), perSecond * 30)) : settings.queue().claim();
    }

    @Override
    public void start() {
        if (!settings.delivery()) {
            return;
        }
        running = true;
        threads.add(daemon("mail-claimer", this::claimLoop));
        for (int i = 0; i < Math.max(1, settings.smtp().poolSize()); i++) {
            threads.add(daemon("mail-worker-" + i, new Worker()::run));
        }
    }

    @Override
    public void stop() {
        running = false;
        threads.forEach(Thread::interrupt);
        for (Thread t : threads) {
            try {
                t.join(settings.smtp().timeout().toMillis() + 2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
        List<Outcome> unsent = new ArrayList<>();
        for (Claimed c; (c = inbox.poll()) != null;) {
            unsent.add(Outcome.released(c.id()));
        }
        queue.record(unsent);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** A send was queued, paused, resumed or cancelled on this node: act on it now rather than at the next poll. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(SendChanged changed) {
        signal(() -> sendChanged = true);
    }

    /** A worker wrote its outcomes and found nothing more to send: the send may be finished. */
    private void settled() {
        signal(() -> settled = true);
    }

    private void signal(Runnable flag) {
        synchronized (signal) {
            flag.run();
            signal.notifyAll();
        }
    }

    /** Waits up to millis, less if a send changes or a worker settles meanwhile. */
    private void idle(long millis) throws InterruptedException {
        synchronized (signal) {
            if (!sendChanged && !settled) {
                signal.wait(millis);
            }
        }
    }

    private void claimLoop() {
        long refreshed = 0;
        long rowsChecked = 0;
        boolean drained = true;
        long polls = 0;
        while (running) {
            try {
                if (sendChanged || System.nanoTime() - refreshed > settings.queue().poll().toNanos()) {
                    if (sendChanged) {
                        // A resumed send's released rows are deferred rows due at once.
                        rowsChecked = 0;
                    }
                    sendChanged = false;
                    sendStates = queue.openSends();
                    active = sendStates.entrySet().stream().filter(e -> e.getValue() == SendState.ACTIVE).map(Map.Entry::getKey).toList();
                    prepared.keySet().retainAll(sendStates.keySet());
                    // Once nothing is due, else every ten polls: while a send is under way the check scans its rows for nothing.
                    if (drained || active.isEmpty() || ++polls % 10 == 0) {
                        settled = false;
                        queue.finishDone();
                    }
                    refreshed = System.nanoTime();
                } else if (settled && drained) {
                    // Nothing left to claim and a worker's last outcomes are written: the send may be finished now.
                    settled = false;
                    queue.finishDone();
                }
                if (inbox.size() >= claimSize()) {
                    Thread.sleep(10);
                    continue;
                }
                if (active.isEmpty()) {
                    drained = true;
                    idle(Math.min(200, settings.queue().poll().toMillis()));
                    continue;
                }
                boolean rowsDue = System.nanoTime() - rowsChecked > settings.queue().poll().toNanos();
                if (rowsDue) {
                    rowsChecked = System.nanoTime();
                }
                List<Claimed> claimed = queue.claim(claimSize(), settings.queue().lease(), active, rowsDue);
                drained = claimed.isEmpty();
                for (Claimed c : claimed) {
                    inbox.put(c);
                }
                if (drained) {
                    idle(Math.min(200, settings.queue().poll().toMillis()));
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Claiming mail recipients failed; trying again", e);
                sleepQuietly(settings.queue().poll().toMillis());
            }
        }
    }

    /** A claimed recipient with its message built, ready to go out. */
    private record Ready(Claimed claimed, Renderer.Rendered message) {
    }

    /**
     * One SMTP connection and the recipients it delivers. While a message goes out, the worker takes the
     * next recipient already in the inbox, if any, so that its envelope travels with this message's end.
     */
    private final class Worker {

        private SmtpConnection connection;
        private int sentOnConnection;
        private final List<Outcome> outcomes = new ArrayList<>();
        private long lastFlush = System.nanoTime();

        void run() {
            Ready current = null;
            try {
                while (running) {
                    if (current == null) {
                        Claimed c = inbox.poll();
                        if (c == null && !outcomes.isEmpty()) {
                            // Nothing left to send for now: this batch's outcomes are written before waiting.
                            flush();
                            settled();
                        }
                        current = prepare(c != null ? c : inbox.poll(200, TimeUnit.MILLISECONDS));
                    }
                    if (current != null) {
                        Ready next = nextInInbox();
                        outcomes.add(deliver(current, next));
                        current = next;
                    }
                    if (outcomes.size() >= settings.queue().flushEvery() || System.nanoTime() - lastFlush > 1_000_000_000L) {
                        flush();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                if (current != null) {
                    // Held but not sent (its envelope may be on the wire: closing mid-DATA delivers nothing).
                    outcomes.add(Outcome.released(current.claimed().id()));
                }
                flush();
                close();
            }
        }

        /** The next recipient that needs a message, without waiting; those settled without one are recorded. */
        private Ready nextInInbox() throws InterruptedException {
            for (Claimed c; (c = inbox.poll()) != null;) {
                Ready ready = prepare(c);
                if (ready != null) {
                    return ready;
                }
            }
            return null;
        }

        /**
         * The recipient's message, built, under the rate limits; null when the recipient is settled without
         * one (send paused or cancelled, address suppressed, message not buildable), its outcome recorded.
         * A failure outside the SMTP exchange (the database, a send's template) defers the recipient.
         */
        private Ready prepare(Claimed c) throws InterruptedException {
            if (c == null) {
                return null;
            }
            try {
                SendState state = sendStates.getOrDefault(c.sendId(), SendState.ACTIVE);
                if (state != SendState.ACTIVE) {
                    outcomes.add(Outcome.released(c.id()));
                    return null;
                }
                Renderer.Prepared send = prepared.computeIfAbsent(c.sendId(), id -> renderer.prepare(queue.template(id)));
                if (suppressions.suppressed(c.address(), send.listId())) {
                    outcomes.add(Outcome.of(c.id(), RecipientState.SUPPRESSED, "suppressed"));
                    return null;
                }
                Renderer.Rendered message;
                try {
                    message = renderer.render(send, c);
                } catch (RuntimeException e) {
                    log.warn("Cannot build the message for recipient {}", c.id(), e);
                    outcomes.add(Outcome.of(c.id(), RecipientState.FAILED, "not built: " + e.getMessage()));
                    return null;
                }
                rate.acquire(c.domain());
                return new Ready(c, message);
            } catch (RuntimeException e) {
                log.warn("Delivering to recipient {} failed; deferred", c.id(), e);
                outcomes.add(Attempt.failed(c, 0, "not sent: " + e.getMessage(), settings.retry()));
                return null;
            }
        }

        private Outcome deliver(Ready r, Ready next) {
            boolean reused = connection != null;
            try {
                return send(r, next);
            } catch (RuntimeException e) {
                log.warn("Delivering to recipient {} failed; deferred", r.claimed().id(), e);
                close();
                return Attempt.failed(r.claimed(), 0, "not sent: " + e.getMessage(), settings.retry());
            } catch (IOException e) {
                boolean stale = reused && Attempt.replyCode(e) == 0 && connection != null && !connection.contentSent();
                if (!stale) {
                    return failed(r.claimed(), e);
                }
                // A reused connection the relay had closed meanwhile, before the message went out: once more on a fresh one.
                close();
                try {
                    return send(r, next);
                } catch (IOException again) {
                    return failed(r.claimed(), again);
                }
            }
        }

        private Outcome send(Ready r, Ready next) throws IOException {
            if (connection == null || sentOnConnection >= settings.smtp().messagesPerConnection()) {
                close();
                connection = SmtpConnection.open(settings.smtp(), settings.bounceDomain());
                sentOnConnection = 0;
            }
            sentOnConnection++;
            // The next envelope rides along only if the next message will go out on this same connection.
            boolean ahead = next != null && sentOnConnection < settings.smtp().messagesPerConnection();
            Renderer.Rendered m = r.message();
            return Outcome.sent(r.claimed().id(), connection.send(m.envelopeFrom(), m.recipient(), m.message(),
                    ahead ? next.message().envelopeFrom() : null, ahead ? next.message().recipient() : null));
        }

        private Outcome failed(Claimed c, IOException e) {
            int code = Attempt.replyCode(e);
            if (code == 0 || e instanceof SmtpConnection.Refused r && r.closed) {
                close();
            }
            if (code >= 500) {
                feedback.rejectedAtSending(c.id(), c.address(), code, Attempt.describe(e));
            }
            return Attempt.failed(c, code, Attempt.describe(e), settings.retry());
        }

        private void flush() {
            try {
                queue.record(outcomes);
                outcomes.clear();
                lastFlush = System.nanoTime();
            } catch (RuntimeException e) {
                // The rows stay SENDING under their lease, so they are retried if this never succeeds.
                log.warn("Writing {} mail outcomes failed; trying again", outcomes.size(), e);
            }
        }

        private void close() {
            if (connection != null) {
                connection.close();
                connection = null;
            }
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
