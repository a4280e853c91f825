package dev.boundarylab.render;

/**
 * What a cost chart shows: the network's cost at {@code epochs[i]} is {@code costs[i]} for i below
 * {@code length} (already thinned by the caller to a few thousand points at most), a dashed reference line at
 * {@code referenceCost} (the logistic regression's cost; NaN for none), their legend labels, a title, and
 * whether the cost axis is logarithmic, and the epochs where the cost jumped and came back ({@code marks}: the
 * step overshot), each marked at the top of the plot; and, when points were held out of training, their cost as
 * a second line and the logistic regression's cost on them as a second dashed reference ({@code test}; null for
 * none); and the epochs where a person changed the data by hand ({@code dataMarks}), each a dotted line
 * across the plot.
 *
 * <p>The arrays are kept by reference, not copied, so a window can refill the same arrays every frame; do not
 * change them while a chart is being drawn. Non-finite costs (and non-positive ones on a log axis) are skipped
 * and break the line.
 */
public record CostChartSpec(
        String title,
        long[] epochs,
        double[] costs,
        int length,
        double referenceCost,
        String seriesLabel,
        String referenceLabel,
        boolean logScale,
        long[] marks,
        Test test,
        long[] dataMarks) {
    /**
     * The cost of the points held out of training: the network's at {@code epochs[i]} is {@code costs[i]} for i
     * below {@code length}, drawn as a line of its own colour, and the logistic regression's as a dashed reference
     * at {@code referenceCost} (NaN for none), with their legend labels. Kept by reference, as the chart's arrays.
     */
    public record Test(
            long[] epochs, double[] costs, int length, double referenceCost, String label, String referenceLabel) {
        /**
         * Checks the arrays against the length.
         *
         * @throws IllegalArgumentException if an array or label is null, or length does not fit the arrays
         */
        public Test {
            if (epochs == null || costs == null || label == null || referenceLabel == null) {
                throw new IllegalArgumentException("a test line needs epochs, costs and two labels; one is null");
            }
            if (length < 0 || length > epochs.length || length > costs.length) {
                throw new IllegalArgumentException("test line length " + length + " does not fit arrays of "
                        + epochs.length + " epochs and " + costs.length + " costs");
            }
        }
    }

    /**
     * Checks the arrays against the length.
     *
     * @throws IllegalArgumentException if an array or label is null, or length is negative or longer than an array
     */
    public CostChartSpec {
        if (title == null
                || epochs == null
                || costs == null
                || seriesLabel == null
                || referenceLabel == null
                || marks == null
                || dataMarks == null) {
            throw new IllegalArgumentException("a cost chart needs a title, epochs, costs and two labels; one is null");
        }
        if (length < 0 || length > epochs.length || length > costs.length) {
            throw new IllegalArgumentException("cost chart length " + length + " does not fit arrays of "
                    + epochs.length + " epochs and " + costs.length + " costs");
        }
    }

    /** As the canonical constructor, with no held-out points and no changes of the data to mark. */
    public CostChartSpec(
            String title,
            long[] epochs,
            double[] costs,
            int length,
            double referenceCost,
            String seriesLabel,
            String referenceLabel,
            boolean logScale,
            long[] marks) {
        this(
                title,
                epochs,
                costs,
                length,
                referenceCost,
                seriesLabel,
                referenceLabel,
                logScale,
                marks,
                null,
                new long[0]);
    }

    /** The title a chart too narrow for its own shows instead. */
    public static final String SHORT_TITLE = "Cost";

    /** As the canonical constructor, with no marks. */
    public CostChartSpec(
            String title,
            long[] epochs,
            double[] costs,
            int length,
            double referenceCost,
            String seriesLabel,
            String referenceLabel,
            boolean logScale) {
        this(title, epochs, costs, length, referenceCost, seriesLabel, referenceLabel, logScale, new long[0]);
    }

    /** The same chart under another title. */
    public CostChartSpec withTitle(String newTitle) {
        return new CostChartSpec(
                newTitle,
                epochs,
                costs,
                length,
                referenceCost,
                seriesLabel,
                referenceLabel,
                logScale,
                marks,
                test,
                dataMarks);
    }

    /** The same chart with the held-out points' line and reference {@code t} (null: none). */
    public CostChartSpec withTest(Test t) {
        return new CostChartSpec(
                title,
                epochs,
                costs,
                length,
                referenceCost,
                seriesLabel,
                referenceLabel,
                logScale,
                marks,
                t,
                dataMarks);
    }

    /** The same chart with other legend labels for the network's line and the reference. */
    public CostChartSpec withLabels(String series, String reference) {
        return new CostChartSpec(
                title, epochs, costs, length, referenceCost, series, reference, logScale, marks, test, dataMarks);
    }

    /** The same chart with {@code epochs} marked as jumps of the cost. */
    public CostChartSpec withMarks(long[] epochs) {
        return new CostChartSpec(
                title,
                this.epochs,
                costs,
                length,
                referenceCost,
                seriesLabel,
                referenceLabel,
                logScale,
                epochs,
                test,
                dataMarks);
    }

    /** The same chart with {@code epochs} marked as the epochs where the data changed. */
    public CostChartSpec withDataMarks(long[] epochs) {
        return new CostChartSpec(
                title,
                this.epochs,
                costs,
                length,
                referenceCost,
                seriesLabel,
                referenceLabel,
                logScale,
                marks,
                test,
                epochs);
    }

    /** A chart of all of {@code costs}, with the house title and labels. */
    public static CostChartSpec of(long[] epochs, double[] costs, double referenceCost, boolean logScale) {
        return new CostChartSpec(
                "Training cost (mean cross-entropy)",
                epochs,
                costs,
                Math.min(epochs.length, costs.length),
                referenceCost,
                "neural network",
                "logistic regression",
                logScale);
    }
}
