package org.amicus.media.internal.story;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The threads that analyse and index stories beside the one writing them: one per core. Not the
 * common fork-join pool: it has one thread fewer than the cores (a single one on two), and Lingua
 * hands its own tasks to it.
 */
@Component
class Workers implements DisposableBean {

    private final int threads = Runtime.getRuntime().availableProcessors();
    private final ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "media-work");
        t.setDaemon(true);
        return t;
    });

    int threads() {
        return threads;
    }

    void execute(Runnable task) {
        pool.execute(task);
    }

    /**
     * Applies the action to every item, on the pool's threads and the caller's; returns when every
     * item is done (a helper still queued behind other work then finds none left), throwing the
     * first failure.
     */
    <T> void forEach(List<T> items, Consumer<T> action) {
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(items.size());
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        Runnable share = () -> {
            for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                try {
                    action.accept(items.get(i));
                } catch (RuntimeException e) {
                    failed.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }
        };
        for (int w = Math.min(threads, items.size()) - 1; w > 0; w--) {
            pool.execute(share);
        }
        share.run();
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (failed.get() != null) {
            throw failed.get();
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
