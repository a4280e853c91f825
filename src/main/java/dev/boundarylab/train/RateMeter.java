package dev.boundarylab.train;

import java.util.function.LongSupplier;

/** Measures the training speed in epochs per second, over windows of a quarter of a second. */
final class RateMeter {
    /** The length of a measuring window, in nanoseconds. */
    static final long WINDOW_NANOS = 250_000_000L;

    private final LongSupplier clock;
    private long start;
    private long epochs;
    private double perSecond;

    /** A meter reading {@code clock}, in nanoseconds, started now. */
    RateMeter(LongSupplier clock) {
        this.clock = clock;
        restart();
    }

    /** Starts over at 0 epochs per second. */
    void restart() {
        start = clock.getAsLong();
        epochs = 0;
        perSecond = 0;
    }

    /** Counts {@code n} epochs trained; closes the window once it is long enough. */
    void count(long n) {
        epochs += n;
        long now = clock.getAsLong();
        if (now - start >= WINDOW_NANOS) {
            perSecond = epochs * 1e9 / (now - start);
            start = now;
            epochs = 0;
        }
    }

    /** The speed measured over the last full window; 0 before the first. */
    double perSecond() {
        return perSecond;
    }
}
