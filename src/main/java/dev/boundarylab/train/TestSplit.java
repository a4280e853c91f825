package dev.boundarylab.train;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.Network;
import java.util.function.LongSupplier;

/**
 * The held-out part of the window's run, owned by the training thread: the share of each class to hold out, the
 * data in use and its split (drawn with the init seed, as {@code train --test-fraction} and the sweep draw it),
 * and the network's cost on the held-out points, measured with each snapshot on this thread.
 *
 * <p>Measuring takes two passes over the held-out points. While training runs they are skipped when the last ones
 * took more than a tenth of the time since (a large data set); the snapshot then says which epoch its numbers are
 * of. While paused they are always taken.
 */
final class TestSplit {
    /** The samples of the held-out cost kept over a run, as many as the training cost's history. */
    private static final int CAPACITY = 4096;

    private final LongSupplier clock;
    private final SampledCosts costs = new SampledCosts(CAPACITY);
    private double fraction;
    private Dataset all;
    private Dataset.Split split;
    /** The last measurement, and when it ended and how long it took, in the clock's nanoseconds. */
    private HeldOut measured = HeldOut.NONE;

    private long measuredAt;
    private long measureNanos;
    /** The baseline the test numbers below are of, and those numbers. */
    private Baseline scored;

    private double baselineCost = Double.NaN;
    private double baselineAccuracy = Double.NaN;
    /** Why the last split holds nothing out though a share is asked for, or empty. */
    private String note = "";

    TestSplit(LongSupplier clock) {
        this.clock = clock;
    }

    /** The share of each class held out. */
    double fraction() {
        return fraction;
    }

    /**
     * Holds out {@code f} of each class from the next split on; returns whether that is another share.
     *
     * @throws IllegalArgumentException if {@code f} is outside {@link Limit#TEST_FRACTION}
     */
    boolean setFraction(double f) {
        Limit.TEST_FRACTION.check(f);
        boolean changed = f != fraction;
        fraction = f;
        return changed;
    }

    /** Whether points are held out now. */
    boolean holdsOut() {
        return split != null;
    }

    /** The data in use, all its points; null before the first. */
    Dataset all() {
        return all;
    }

    /**
     * Draws the split of {@code data} with {@code seed} at the share in use, without using it yet (training on it
     * may still fail): nothing held out when the share is 0 or when holding it out would leave no point to train
     * on, which {@link Drawn#note} then says.
     */
    Drawn draw(Dataset data, long seed) {
        if (fraction == 0) {
            return new Drawn(data, null, "");
        }
        try {
            return new Drawn(data, data.split(fraction, seed), "");
        } catch (IllegalArgumentException e) {
            return new Drawn(data, null, "Test %: " + e.getMessage() + "; training on every point");
        }
    }

    /**
     * A split drawn and not yet in use.
     *
     * @param all the data, all its points
     * @param split its split, or null when nothing is held out
     * @param note why nothing is held out though a share is asked for, or empty
     */
    record Drawn(Dataset all, Dataset.Split split, String note) {
        /** The points to train on. */
        Dataset train() {
            return split == null ? all : split.train();
        }
    }

    /** Uses {@code d} from now on: the data in use and its held-out points, the history started over. */
    void use(Drawn d) {
        all = d.all();
        split = d.split();
        note = d.note();
        scored = null;
        restart();
    }

    /** Why the last split holds nothing out though a share is asked for (too few points), or empty. */
    String note() {
        return note;
    }

    /** Forgets the held-out cost's history: the network started over. */
    void restart() {
        costs.clear();
        measured = HeldOut.NONE;
    }

    /**
     * The held-out numbers of {@code network} at {@code epoch} and of {@code baseline}: measured now unless
     * {@code running} and measuring would take more than a tenth of the thread's time.
     */
    HeldOut measure(long epoch, Network network, Baseline baseline, boolean running) {
        if (split == null) {
            return HeldOut.NONE;
        }
        long now = clock.getAsLong();
        boolean due = !running
                || measured == HeldOut.NONE
                || measured.epoch() > epoch
                || now - measuredAt >= 9 * measureNanos;
        if (baseline != scored) {
            scored = baseline;
            boolean fitted = baseline.classifier() != null;
            baselineCost = fitted ? baseline.classifier().cost(split.test()) : Double.NaN;
            baselineAccuracy = fitted ? baseline.classifier().accuracy(split.test()) : Double.NaN;
            due = true;
        }
        if (!due) {
            return measured;
        }
        double cost = network.cost(split.test());
        double accuracy = network.accuracy(split.test());
        costs.add(epoch, cost);
        measuredAt = clock.getAsLong();
        measureNanos = measuredAt - now;
        measured = new HeldOut(
                fraction,
                split.train(),
                split.test(),
                split.testIndices(),
                epoch,
                cost,
                accuracy,
                costs.toSeries(),
                baselineCost,
                baselineAccuracy);
        return measured;
    }
}
