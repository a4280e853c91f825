package dev.boundarylab.train;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.Feature;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Fits the baseline of each data set the service trains on. Up to {@link #HERE_POINTS} points it fits on the
 * caller's thread (under a second); above, its 50 cross-validation fits (about 20 s for a million points) run on a
 * thread of their own while the network trains, and the caller gets {@link Baseline.Fitting} meanwhile.
 */
final class BaselineFitter implements AutoCloseable {
    /** Up to this many points the baseline is fitted at once, on the caller's thread. */
    static final int HERE_POINTS = 20_000;

    // The threads started and maybe not yet ended: the current fit's last. Stopped fits end a moment after
    // their interrupt; close waits for them too.
    private final List<Thread> started = new CopyOnWriteArrayList<>();
    /** Refits the baseline of data a person edits, at most a few times a second, on a thread of its own. */
    private final ThrottledFits refits = new ThrottledFits();

    /**
     * The baseline of {@code data}: fitted now if the data is small; otherwise {@link Baseline.Fitting}, and the
     * fit, once done on the thread "boundary-lab-baseline", goes to {@code whenFitted} there. A fit still running
     * for earlier data is stopped first.
     */
    Baseline fit(Dataset data, Consumer<Baseline> whenFitted) {
        return fit(data, List.of(Feature.X1, Feature.X2), whenFitted);
    }

    /** As {@link #fit(Dataset, Consumer)}, the logistic regression on {@code features} of the points. */
    Baseline fit(Dataset data, List<Feature> features, Consumer<Baseline> whenFitted) {
        cancel();
        if (data.size() <= herePoints(data, features)) {
            return Baseline.fit(data, features);
        }
        Thread t = new Thread(
                () -> {
                    Baseline fitted;
                    try {
                        fitted = Baseline.fit(data, features);
                    } catch (CancellationException e) {
                        return; // interrupted: new data or close
                    } catch (RuntimeException | OutOfMemoryError e) {
                        fitted = new Baseline.Unavailable(Baseline.NAME + ": " + Notice.describe(e));
                    }
                    whenFitted.accept(fitted);
                },
                "boundary-lab-baseline");
        t.setDaemon(true);
        started.removeIf(old -> !old.isAlive());
        started.add(t);
        t.start();
        return Baseline.pending();
    }

    /**
     * Fits the baseline of data being edited by hand on the thread "boundary-lab-refit", at most every
     * {@link ThrottledFits#INTERVAL_NANOS}: edits that come faster are fitted once, on the newest data only. The fit
     * goes to {@code whenFitted} on that thread.
     */
    void refit(Dataset data, List<Feature> features, Consumer<Baseline> whenFitted) {
        refits.fit(() -> whenFitted.accept(fitted(data, features)));
    }

    /** The baseline of {@code data}, or why there is none; never throws but when interrupted. */
    private static Baseline fitted(Dataset data, List<Feature> features) {
        try {
            return Baseline.fit(data, features);
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException | OutOfMemoryError e) {
            return new Baseline.Unavailable(Baseline.NAME + ": " + Notice.describe(e));
        }
    }

    /**
     * The most points fitted on the caller's thread: {@link #HERE_POINTS} for two classes; for K the multinomial
     * fit's Newton step costs (K (d + 1))² a point where the binary one's costs (d + 1)², so proportionally fewer
     * (2222 for 3 classes on x1, x2).
     */
    static int herePoints(Dataset data, List<Feature> features) {
        if (data.classes() == 2) {
            return HERE_POINTS;
        }
        long p = (long) data.classes() * (features.size() + 1);
        return (int) Math.max(500, HERE_POINTS * 9L / (p * p));
    }

    /** Stops a fit in progress, if any (cross-validation stops between fits, a fraction of a second apart). */
    void cancel() {
        started.forEach(Thread::interrupt);
    }

    /** Stops a fit in progress and waits up to a second in all for the threads of every fit to end. */
    @Override
    public void close() {
        cancel();
        refits.close();
        long deadline = System.nanoTime() + 1_000_000_000L;
        try {
            for (Thread t : started) {
                long left = deadline - System.nanoTime();
                if (left > 0) {
                    t.join(Math.max(1, left / 1_000_000));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
