package dev.pyc2c.bytecode;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a recursive walk over marshal data or code objects on a thread with a stack deep enough for the
 * 2000 levels of nesting CPython's marshal allows (an ordinary thread's stack overflows at a few hundred
 * levels of the reader). The stack is reserved, not committed: only what the walk uses is touched.
 */
public final class DeepStack {
    /** Enough for {@code MarshalReader.MAX_DEPTH} levels with room to spare. */
    private static final long STACK_BYTES = 256L << 20;

    private DeepStack() {
    }

    /** Runs {@code work} on a deep-stack thread and returns its result, or throws what it threw. */
    public static <T> T run(String name, Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, name, STACK_BYTES);
        t.setDaemon(true);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable e = failure.get();
        if (e instanceof RuntimeException re) {
            throw re;
        }
        if (e instanceof Error err) {
            throw err;
        }
        return result.get();
    }
}
