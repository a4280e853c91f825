package dev.boundarylab.train;

import dev.boundarylab.data.Dataset;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Fits the baseline of each data set the service trains on. Up to {@link #HERE_POINTS} points it fits on the
 * caller's thread (under a second); above, its 50 cross-validation fits (about 20 s for a million points) run on a
 * thread of their own while the network trains, and the caller gets {@link Baseline.Fitting} meanwhile.
 */
final class BaselineFitter implements AutoCloseable {
    /** Up to this many points the baseline is fitted at once, on the caller's thread. */
    static final int HERE_POINTS = 20_000;

    // The thread fitting in the background, if any; set by the training thread, read by close.
    private volatile Thread fitting;

    /**
     * The baseline of {@code data}: fitted now if the data is small; otherwise {@link Baseline.Fitting}, and the
     * fit, once done on the thread "boundary-lab-baseline", goes to {@code whenFitted} there. A fit still running
     * for earlier data is stopped first.
     */
    Baseline fit(Dataset data, Consumer<Baseline> whenFitted) {
        cancel();
        if (data.size() <= HERE_POINTS) {
            return Baseline.fit(data);
        }
        Thread t = new Thread(
                () -> {
                    Baseline fitted;
                    try {
                        fitted = Baseline.fit(data);
                    } catch (CancellationException e) {
                        return; // interrupted: new data or close
                    } catch (RuntimeException | OutOfMemoryError e) {
                        fitted = new Baseline.Unavailable(Baseline.NAME + ": " + Notice.describe(e));
                    }
                    whenFitted.accept(fitted);
                },
                "boundary-lab-baseline");
        t.setDaemon(true);
        fitting = t;
        t.start();
        return Baseline.pending();
    }

    /** Stops a fit in progress, if any (cross-validation stops between fits, a fraction of a second apart). */
    void cancel() {
        Thread t = fitting;
        if (t != null) {
            t.interrupt();
        }
    }

    /** Stops a fit in progress and waits up to a second for its thread to end. */
    @Override
    public void close() {
        Thread t = fitting;
        if (t != null) {
            t.interrupt();
            try {
                t.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
