package dev.boundarylab.train;

import java.util.Arrays;

/**
 * The cost per epoch of one training run, kept in bounded memory however long the run.
 *
 * <p>Points are kept at epochs that are multiples of a stride; when the buffer fills, every other point is
 * dropped and the stride doubles, so a million epochs keep at most {@code capacity} points spread evenly over
 * the run. The most recent point is always kept as well, so the curve reaches the present. Not thread-safe:
 * the training thread owns it and hands out immutable {@link CostSeries} copies.
 */
public final class CostHistory {
    private final int capacity;
    private final long[] epochs;
    private final double[] costs;
    private int size;
    private long stride = 1;
    private long lastEpoch = -1;
    private double lastCost = Double.NaN;

    /** An empty history that keeps at most {@code capacity} evenly spread points (at least 16). */
    public CostHistory(int capacity) {
        if (capacity < 16) {
            throw new IllegalArgumentException("capacity must be at least 16, got " + capacity);
        }
        this.capacity = capacity;
        this.epochs = new long[capacity];
        this.costs = new double[capacity];
    }

    /**
     * Records the cost of the parameters after {@code epoch} updates. Non-finite costs, and epochs not after the
     * last one recorded, are not kept.
     */
    public void add(long epoch, double cost) {
        if (!Double.isFinite(cost) || epoch <= lastEpoch) {
            return;
        }
        lastEpoch = epoch;
        lastCost = cost;
        if (epoch % stride != 0) {
            return;
        }
        if (size == capacity) {
            compact();
            if (epoch % stride != 0) {
                return;
            }
        }
        epochs[size] = epoch;
        costs[size] = cost;
        size++;
    }

    /**
     * Records {@code cost} at {@code epoch} again, replacing the cost kept there: the cost of parameters changed by
     * hand at the epoch the run stands at. An epoch before the last recorded is not changed.
     */
    public void replaceLast(long epoch, double cost) {
        if (!Double.isFinite(cost) || epoch < lastEpoch) {
            return;
        }
        if (epoch == lastEpoch && size > 0 && epochs[size - 1] == epoch) {
            costs[size - 1] = cost;
            lastCost = cost;
            return;
        }
        if (epoch == lastEpoch) {
            lastCost = cost;
            return;
        }
        add(epoch, cost);
    }

    private void compact() {
        stride *= 2;
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (epochs[i] % stride == 0) {
                epochs[kept] = epochs[i];
                costs[kept] = costs[i];
                kept++;
            }
        }
        size = kept;
    }

    /** Forgets every point. */
    public void clear() {
        size = 0;
        stride = 1;
        lastEpoch = -1;
        lastCost = Double.NaN;
    }

    /** The number of points kept, not counting a most-recent point off the stride. */
    public int size() {
        return size;
    }

    /** The most points it keeps. */
    public int capacity() {
        return capacity;
    }

    /**
     * A history in the state of one that had {@code capacity}, {@code stride} and gave {@code series} (its
     * {@link #toSeries}): it goes on exactly as that one would, keeping and dropping the same points. How a saved
     * run's history comes back.
     *
     * @throws IllegalArgumentException with one line, if no such history gives that series: a stride that is not a
     *     power of two, epochs not increasing, a cost not finite, a point off the stride but the last, too many points
     */
    public static CostHistory restore(int capacity, long stride, CostSeries series) {
        CostHistory h = new CostHistory(capacity);
        if (stride < 1 || Long.bitCount(stride) != 1) {
            throw new IllegalArgumentException("the history's stride must be a power of two, got " + stride);
        }
        h.stride = stride;
        int n = series.size();
        for (int i = 0; i < n; i++) {
            long e = series.epoch(i);
            double c = series.cost(i);
            if (e <= h.lastEpoch || !Double.isFinite(c)) {
                throw new IllegalArgumentException("the history's point " + i + " (epoch " + e + ", cost " + c
                        + ") is not after the one before or not a finite cost");
            }
            boolean onStride = e % stride == 0;
            if (!onStride && i < n - 1) {
                throw new IllegalArgumentException(
                        "the history's epoch " + e + " is not a multiple of its stride " + stride);
            }
            if (onStride) {
                if (h.size == capacity) {
                    throw new IllegalArgumentException("the history has more than its " + capacity + " points");
                }
                h.epochs[h.size] = e;
                h.costs[h.size] = c;
                h.size++;
            }
            h.lastEpoch = e;
            h.lastCost = c;
        }
        return h;
    }

    /** The current spacing, in epochs, of the kept points. */
    public long stride() {
        return stride;
    }

    /** An immutable copy of the kept points, ending with the most recent one. */
    public CostSeries toSeries() {
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
