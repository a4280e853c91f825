package dev.boundarylab.model;

import java.util.concurrent.RecursiveAction;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs a task once for every chunk of a fixed set, on the calling thread and, if it was given more than one
 * workspace, on helper tasks of the common fork-join pool beside it: whichever thread is free takes the next
 * chunk. Each thread passes its own workspace to the task. What a chunk computes must depend on the chunk alone
 * (its own sums), so that the result is the same bit for bit however many threads took part.
 *
 * <p>Allocates nothing per run: the helper tasks are made once and reinitialised, and the calling thread waits for
 * them by parking rather than {@code join} (which may allocate a wait node). Not for use by two threads at once.
 */
final class ChunkRunner<W> {
    /** The calling thread waits for helpers in slices of 0.2 ms, and after a second joins them instead. */
    private static final long HELPER_WAIT_NANOS = 200_000;

    private static final int HELPER_WAITS_BEFORE_JOIN = 5000;

    /** What is done to one chunk, with the workspace of the thread that does it. */
    interface Task<W> {
        void run(int chunk, W workspace);
    }

    private final int chunks;
    private final W callerSpace;
    private final Helper[] helpers;
    private final AtomicInteger nextChunk = new AtomicInteger();
    private final AtomicInteger helpersRunning = new AtomicInteger();
    private volatile Thread caller;
    private volatile Throwable helperFailure;
    private Task<W> task;

    /**
     * A runner over {@code chunks} chunks with one thread per workspace: the calling thread takes
     * {@code spaces[0]}, and each further workspace is a helper's.
     */
    @SafeVarargs
    ChunkRunner(int chunks, W... spaces) {
        this.chunks = chunks;
        this.callerSpace = spaces[0];
        @SuppressWarnings("unchecked")
        Helper[] h = (Helper[]) java.lang.reflect.Array.newInstance(Helper.class, spaces.length - 1);
        for (int t = 0; t < h.length; t++) {
            h[t] = new Helper(spaces[t + 1]);
        }
        this.helpers = h;
    }

    /**
     * Runs {@code task} on every chunk and returns when all are done.
     *
     * @throws IllegalStateException if a helper's task failed (the cause is its failure)
     */
    void run(Task<W> task) {
        if (helpers.length == 0) {
            for (int c = 0; c < chunks; c++) {
                task.run(c, callerSpace);
            }
            return;
        }
        this.task = task;
        nextChunk.set(0);
        caller = Thread.currentThread();
        helpersRunning.set(helpers.length);
        // Forking publishes the task, and what it reads, to the helpers.
        for (Helper helper : helpers) {
            helper.reinitialize();
            helper.fork();
        }
        takeChunks(callerSpace);
        // A helper no pool thread has started yet is taken back and run here (it finds no chunk left), so a busy or
        // empty pool cannot hold the run up.
        for (int t = helpers.length - 1; t >= 0; t--) {
            if (helpers[t].tryUnfork()) {
                helpers[t].invoke();
            }
        }
        // The helpers' last decrement publishes their chunks' results. Should the pool leave a helper unstarted for
        // a whole second (a pool starved by other work), join runs it here.
        int waits = 0;
        while (helpersRunning.get() != 0) {
            LockSupport.parkNanos(this, HELPER_WAIT_NANOS);
            if (helpersRunning.get() != 0 && ++waits == HELPER_WAITS_BEFORE_JOIN) {
                for (Helper helper : helpers) {
                    helper.quietlyJoin();
                }
            }
        }
        // A helper counts itself out just before it returns; the next run may reinitialize it only once the pool has
        // marked it done, a moment later.
        for (Helper helper : helpers) {
            while (!helper.isDone()) {
                Thread.onSpinWait();
            }
        }
        Throwable failure = helperFailure;
        if (failure != null) {
            helperFailure = null;
            throw new IllegalStateException("a training thread failed: " + failure, failure);
        }
    }

    private void takeChunks(W space) {
        for (int c = nextChunk.getAndIncrement(); c < chunks; c = nextChunk.getAndIncrement()) {
            task.run(c, space);
        }
    }

    /** A task the common pool runs beside the calling thread: take chunks until none is left. */
    private final class Helper extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final transient W space;

        Helper(W space) {
            this.space = space;
        }

        @Override
        protected void compute() {
            try {
                takeChunks(space);
            } catch (RuntimeException | Error e) {
                helperFailure = e;
            } finally {
                if (helpersRunning.decrementAndGet() == 0) {
                    LockSupport.unpark(caller);
                }
            }
        }
    }
}
