package dev.boundarylab.train;

import java.util.Arrays;

/**
 * A cost measured now and then over a run (the held-out points' cost, taken with each snapshot rather than each
 * epoch), kept in bounded memory: when the buffer fills, every other sample is dropped and only every second one
 * from then on is kept, so a long run keeps at most {@code capacity} samples spread evenly over it, and the newest
 * is always kept. Not thread-safe: the training thread owns it and hands out {@link CostSeries} copies.
 */
final class SampledCosts {
    private final long[] epochs;
    private final double[] costs;
    private int size;
    private long stride = 1;
    private long count;
    private long lastEpoch = -1;
    private double lastCost = Double.NaN;

    /** An empty record that keeps at most {@code capacity} samples (at least 16). */
    SampledCosts(int capacity) {
        if (capacity < 16) {
            throw new IllegalArgumentException("capacity must be at least 16, got " + capacity);
        }
        epochs = new long[capacity];
        costs = new double[capacity];
    }

    /**
     * Records {@code cost} at {@code epoch}: a new sample after the last one, or the last one again (the same epoch:
     * parameters changed by hand). Non-finite costs and epochs before the last are not kept.
     */
    void add(long epoch, double cost) {
        if (!Double.isFinite(cost) || epoch < lastEpoch) {
            return;
        }
        if (epoch == lastEpoch) {
            lastCost = cost;
            if (size > 0 && epochs[size - 1] == epoch) {
                costs[size - 1] = cost;
            }
            return;
        }
        lastEpoch = epoch;
        lastCost = cost;
        if (count++ % stride != 0) {
            return;
        }
        if (size == epochs.length) {
            // Keep the samples whose number is a multiple of the doubled stride: every other one.
            int kept = 0;
            for (int i = 0; i < size; i += 2) {
                epochs[kept] = epochs[i];
                costs[kept] = costs[i];
                kept++;
            }
            size = kept;
            stride *= 2;
            if ((count - 1) % stride != 0) {
                return;
            }
        }
        epochs[size] = epoch;
        costs[size] = cost;
        size++;
    }

    /** Forgets every sample: the run started over. */
    void clear() {
        size = 0;
        stride = 1;
        count = 0;
        lastEpoch = -1;
        lastCost = Double.NaN;
    }

    /** The samples kept, ending with the newest. */
    CostSeries toSeries() {
        boolean extra = lastEpoch >= 0 && (size == 0 || epochs[size - 1] != lastEpoch);
        int n = size + (extra ? 1 : 0);
        long[] e = Arrays.copyOf(epochs, n);
        double[] c = Arrays.copyOf(costs, n);
        if (extra) {
            e[n - 1] = lastEpoch;
            c[n - 1] = lastCost;
        }
        return new CostSeries(e, c);
    }
}
