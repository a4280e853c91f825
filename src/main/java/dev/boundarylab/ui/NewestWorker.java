package dev.boundarylab.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A thread of its own that works on the newest job asked for: a job asked for while it is busy replaces the one
 * waiting, so work slower than the frames that ask for it never queues up, and the result shown is always of the
 * newest snapshot. An error in a job reaches the thread's uncaught-exception handler (the window's error dialog).
 *
 * @param <T> a job
 */
final class NewestWorker<T> implements AutoCloseable {
    private final ExecutorService thread;
    private final long leastNanosPerJob;
    private final Consumer<T> work;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile T wanted;

    /**
     * A worker on a daemon thread named {@code threadName} that does {@code work} with each newest job, starting
     * one at most every {@code leastNanosPerJob} (0: as soon as the last is done).
     */
    NewestWorker(String threadName, long leastNanosPerJob, Consumer<T> work) {
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        this.leastNanosPerJob = leastNanosPerJob;
        this.work = work;
    }

    /** Asks for {@code job}, replacing one asked for before and not yet started; nothing once closed. */
    void request(T job) {
        wanted = job;
        start();
    }

    private void start() {
        if (!thread.isShutdown() && running.compareAndSet(false, true)) {
            try {
                thread.execute(this::drain);
            } catch (RejectedExecutionException closed) {
                running.set(false);
            }
        }
    }

    private void drain() {
        try {
            T job;
            while ((job = wanted) != null) {
                wanted = null;
                long start = System.nanoTime();
                work.accept(job);
                long rest = leastNanosPerJob - (System.nanoTime() - start);
                if (rest > 0) {
                    Thread.sleep(rest / 1_000_000L);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running.set(false);
            if (wanted != null) {
                start();
            }
        }
    }

    /** Stops the thread, interrupting a job under way. */
    @Override
    public void close() {
        thread.shutdownNow();
    }
}
