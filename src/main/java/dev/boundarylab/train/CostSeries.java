package dev.boundarylab.train;

/**
 * An immutable list of (epoch, cost) points, in increasing epoch order.
 *
 * @param epochs the epochs, each the number of updates made before the cost was measured
 * @param costs the cost at each epoch
 */
public record CostSeries(long[] epochs, double[] costs) {
    /** The empty series. */
    public static final CostSeries EMPTY = new CostSeries(new long[0], new double[0]);

    /** Checks both arrays have the same length; arrays are owned by the series and must not be changed. */
    public CostSeries {
        if (epochs.length != costs.length) {
            throw new IllegalArgumentException("epochs and costs differ in length");
        }
    }

    /** The number of points. */
    public int size() {
        return epochs.length;
    }

    /** The epoch of point i. */
    public long epoch(int i) {
        return epochs[i];
    }

    /** The cost at point i. */
    public double cost(int i) {
        return costs[i];
    }
}
