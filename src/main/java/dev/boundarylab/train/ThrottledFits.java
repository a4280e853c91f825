package dev.boundarylab.train;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the newest of a stream of jobs at most every {@link #INTERVAL_NANOS}, on a thread of its own: a person
 * spraying points changes the data sixty times a second, and the baseline's cross-validation (50 fits) need not
 * follow each change, only catch up with the last one soon. A job asked for while another waits replaces it.
 */
final class ThrottledFits implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ThrottledFits.class.getName());
    /** The least time between the starts of two jobs, in nanoseconds: four a second. */
    static final long INTERVAL_NANOS = 250_000_000L;

    private ScheduledExecutorService thread;
    private Runnable waiting;
    private long lastStart = Long.MIN_VALUE / 2;
    private boolean closed;

    /** Runs {@code job} once {@link #INTERVAL_NANOS} have passed since the last job started, unless a newer comes. */
    synchronized void fit(Runnable job) {
        if (closed) {
            return;
        }
        boolean scheduled = waiting != null;
        waiting = job;
        if (!scheduled) {
            if (thread == null) {
                ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
                    Thread th = new Thread(r, "boundary-lab-refit");
                    th.setDaemon(true);
                    return th;
                });
                t.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
                thread = t;
            }
            long delay = Math.max(0, lastStart + INTERVAL_NANOS - System.nanoTime());
            thread.schedule(this::runWaiting, delay, TimeUnit.NANOSECONDS);
        }
    }

    private void runWaiting() {
        Runnable job;
        synchronized (this) {
            job = waiting;
            waiting = null;
            lastStart = System.nanoTime();
        }
        if (job == null) {
            return;
        }
        try {
            job.run();
        } catch (CancellationException e) {
            // closed while fitting
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "baseline refit failed", e);
        }
    }

    /** Drops a waiting job, stops the one running and waits up to a second for the thread to end. */
    @Override
    public void close() {
        ScheduledExecutorService t;
        synchronized (this) {
            closed = true;
            waiting = null;
            t = thread;
        }
        if (t != null) {
            t.shutdownNow();
            try {
                t.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
