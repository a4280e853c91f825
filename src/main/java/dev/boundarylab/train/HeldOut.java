package dev.boundarylab.train;

import dev.boundarylab.data.Dataset;

/**
 * The points a run holds out of training and how both models do on them, as a snapshot or a figure shows it:
 * the network's cost and accuracy on them, their cost over the run, and the logistic baseline's cost and accuracy
 * on them (the baseline is fitted on the training points only). {@link #NONE} when nothing is held out.
 *
 * @param fraction the share of each class held out, 0 to {@link Limit#TEST_FRACTION}'s maximum
 * @param train the points trained on, or null when nothing is held out
 * @param test the held-out points, or null when nothing is held out
 * @param indices the held-out points' positions in the data in use, increasing
 * @param epoch the epoch of the network {@code cost} and {@code accuracy} describe
 * @param cost the network's mean cross-entropy on the held-out points (no L2 term); NaN without any
 * @param accuracy the network's accuracy on the held-out points; NaN without any
 * @param costs the network's cost on the held-out points over the run, decimated as the training cost is
 * @param baselineCost the baseline's mean cross-entropy on the held-out points; NaN without a fitted baseline
 * @param baselineAccuracy the baseline's accuracy on the held-out points; NaN without a fitted baseline
 */
public record HeldOut(
        double fraction,
        Dataset train,
        Dataset test,
        int[] indices,
        long epoch,
        double cost,
        double accuracy,
        CostSeries costs,
        double baselineCost,
        double baselineAccuracy) {
    /** Nothing held out: every point is trained on. */
    public static final HeldOut NONE =
            new HeldOut(0, null, null, new int[0], 0, Double.NaN, Double.NaN, CostSeries.EMPTY, Double.NaN, Double.NaN);

    /** Whether points are held out of training. */
    public boolean any() {
        return test != null;
    }

    /**
     * The held-out points of a finished headless run, the network's cost on them at its reported epochs, and the
     * baseline {@code b} (fitted on the training points) tested on them; {@link #NONE} if the run held none out.
     */
    public static HeldOut of(HeadlessRun.Result r, Baseline b) {
        if (!r.tested()) {
            return NONE;
        }
        boolean fitted = b.classifier() != null;
        return new HeldOut(
                (double) r.test().size() / (r.test().size() + r.data().size()),
                r.data(),
                r.test(),
                new int[0],
                r.epochs(),
                r.testCost(),
                r.testAccuracy(),
                testCosts(r),
                fitted ? b.classifier().cost(r.test()) : Double.NaN,
                fitted ? b.classifier().accuracy(r.test()) : Double.NaN);
    }

    /** The run's test costs at its reported epochs, those it has (a run stopped early has NaN for the rest). */
    public static CostSeries testCosts(HeadlessRun.Result r) {
        CostSeries at = r.costs();
        long[] e = new long[at.size()];
        double[] c = new double[at.size()];
        int n = 0;
        for (int i = 0; i < at.size(); i++) {
            if (Double.isFinite(r.testCost(i))) {
                e[n] = at.epoch(i);
                c[n] = r.testCost(i);
                n++;
            }
        }
        return new CostSeries(java.util.Arrays.copyOf(e, n), java.util.Arrays.copyOf(c, n));
    }
}
