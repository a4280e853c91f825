package dev.boundarylab.train;

import java.util.function.LongSupplier;

/**
 * Decides how many epochs a run may train now: as many as its pace (epochs per second) allows since it started,
 * in chunks of about {@link #CHUNK_NANOS} of work, so that the training thread looks at its commands every few
 * milliseconds whatever the pace, the data and the network. The clock is injected, so it is tested without sleeping.
 */
final class Pacer {
    /** The work a chunk of epochs aims at, in nanoseconds. */
    static final long CHUNK_NANOS = 4_000_000L;
    /** The largest chunk, in epochs. */
    static final long MAX_CHUNK = 1 << 20;

    private final LongSupplier clock;
    private double pace;
    private long start;
    private long done;
    private long chunk = 1;

    /**
     * A pacer at {@code pace} epochs per second, started now.
     *
     * @param clock the time in nanoseconds, as {@link System#nanoTime()} gives it
     */
    Pacer(LongSupplier clock, double pace) {
        this.clock = clock;
        setPace(pace);
    }

    /** The epochs per second asked for; infinite means as fast as the machine goes. */
    double pace() {
        return pace;
    }

    /**
     * Sets the pace and starts over.
     *
     * @throws IllegalArgumentException unless {@code epochsPerSecond} is positive (infinity allowed)
     */
    void setPace(double epochsPerSecond) {
        check(epochsPerSecond);
        pace = epochsPerSecond;
        restart();
    }

    /** Rejects a pace that is not a positive number of epochs per second. */
    static void check(double pace) {
        if (!(pace > 0)) {
            throw new IllegalArgumentException("pace must be a positive number of epochs per second, got " + pace);
        }
    }

    /**
     * Counts from now, with the chunk size started over: one tuned to small data would keep a run on large data
     * away from the commands for minutes.
     */
    void restart() {
        start = clock.getAsLong();
        done = 0;
        chunk = 1;
    }

    /** The epochs to train now: the epochs due by the pace (the first one at once), at most a chunk; 0 if ahead. */
    long due() {
        if (Double.isInfinite(pace)) {
            return chunk;
        }
        long due = (long) ((clock.getAsLong() - start) * 1e-9 * pace) + 1 - done;
        return due <= 0 ? 0 : Math.min(due, chunk);
    }

    /** How long until the next epoch is due, in nanoseconds: 0 if one is due now. */
    long nanosUntilDue() {
        if (Double.isInfinite(pace)) {
            return 0;
        }
        return Math.max(0, (long) ((done / pace) * 1e9) - (clock.getAsLong() - start));
    }

    /** Notes that {@code epochs} were trained in {@code nanos}, and aims the next chunk at {@link #CHUNK_NANOS}. */
    void trained(long epochs, long nanos) {
        done += epochs;
        if (epochs > 0) {
            double perEpoch = (double) nanos / epochs;
            chunk = Math.max(1, Math.min(MAX_CHUNK, (long) (CHUNK_NANOS / Math.max(perEpoch, 1.0))));
        }
    }
}
