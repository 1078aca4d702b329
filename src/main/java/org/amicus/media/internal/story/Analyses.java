package org.amicus.media.internal.story;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * A batch's items analysed ahead of their writing: the analysis (words, SimHash, language, tags,
 * stance) is independent per item and is most of the work, so the workers take the items in order
 * as soon as the batch is submitted, and the writer analyses itself any not yet begun when it
 * needs it.
 */
final class Analyses<T> {

    private final int size;
    private final IntFunction<T> analyse;
    private final AtomicInteger next = new AtomicInteger();
    private final List<CompletableFuture<T>> done;

    Analyses(int size, IntFunction<T> analyse, Workers workers) {
        this.size = size;
        this.analyse = analyse;
        this.done = Stream.generate(CompletableFuture<T>::new).limit(size).toList();
        for (int w = Math.min(workers.threads(), size); w > 0; w--) {
            workers.execute(() -> {
                for (int i = next.getAndIncrement(); i < size; i = next.getAndIncrement()) {
                    run(i);
                }
            });
        }
    }

    /** The i-th item's analysis, waiting for it if a worker has begun it, made here if none has. */
    T get(int i) {
        for (int n = next.get(); n <= i; n = next.get()) {
            if (next.compareAndSet(n, n + 1)) {
                run(n);
            }
        }
        return done.get(i).join();
    }

    /** Leaves the items not begun to nobody (the batch was written or failed without them). */
    void stop() {
        next.set(size);
    }

    private void run(int i) {
        try {
            done.get(i).complete(analyse.apply(i));
        } catch (RuntimeException | Error e) {
            done.get(i).completeExceptionally(e);
        }
    }
}
