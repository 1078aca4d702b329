package org.amicus.platform;

import java.util.function.LongFunction;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A view computed from the record once per {@link RecordVersion} and shared by every reader until
 * the version moves. A writing transaction sees its own uncommitted rows, so it always gets a fresh
 * view of its own that nobody else sees.
 */
public final class VersionedView<T> implements Supplier<T> {

    private record Held<T>(long version, T view) {
    }

    private final RecordVersion version;
    private final LongFunction<T> load;
    private volatile Held<T> held;

    public VersionedView(RecordVersion version, LongFunction<T> load) {
        this.version = version;
        this.load = load;
    }

    @Override
    public T get() {
        long v = version.current();
        if (inWritingTransaction()) {
            return load.apply(v);
        }
        Held<T> h = held;
        if (h == null || h.version() != v) {
            synchronized (this) {
                h = held;
                if (h == null || h.version() != v) {
                    h = new Held<>(v, load.apply(v));
                    held = h;
                }
            }
        }
        return h.view();
    }

    /** True inside a transaction that may write: what it reads may be its own uncommitted rows, never to be shared. */
    public static boolean inWritingTransaction() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }
}
