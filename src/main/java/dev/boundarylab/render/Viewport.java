package dev.boundarylab.render;

import dev.boundarylab.data.Dataset;

/**
 * The rectangle of the feature plane a panel shows: {@code x1} from {@code x1Min} to {@code x1Max} horizontally,
 * {@code x2} from {@code x2Min} to {@code x2Max} vertically. Panels keep one unit of x1 as long as one unit of x2,
 * so a square viewport gives a square plot.
 */
public record Viewport(double x1Min, double x1Max, double x2Min, double x2Max) {
    /** Share of the data's extent added on each side by {@link #around}. */
    private static final double PADDING = 0.10;

    /**
     * Validates the ranges.
     *
     * @throws IllegalArgumentException if a bound is not finite or a range is empty
     */
    public Viewport {
        if (!Double.isFinite(x1Min) || !Double.isFinite(x1Max) || !Double.isFinite(x2Min)
                || !Double.isFinite(x2Max)) {
            throw new IllegalArgumentException("viewport bounds must be finite numbers, got x1 [" + x1Min + ", "
                    + x1Max + "], x2 [" + x2Min + ", " + x2Max + "]");
        }
        if (!(x1Min < x1Max) || !(x2Min < x2Max)) {
            throw new IllegalArgumentException("viewport ranges must not be empty, got x1 [" + x1Min + ", " + x1Max
                    + "], x2 [" + x2Min + ", " + x2Max + "]");
        }
    }

    /**
     * A square viewport holding every point of {@code data} with a margin of 10% of the data's larger extent,
     * bounds rounded outwards to a 1-2-5 step (about a tenth of the side). When the data surround the origin, as
     * generated data sets do, the square is centred on the origin so that both axes read symmetrically: the seed's
     * data (about [-2.4, 2.4] x [-2.5, 2.1]) gives [-3, 3] x [-3, 3]. Otherwise it is centred on the data's box.
     * An empty data set gives [-1, 1] x [-1, 1]; a single point a square of side at least 1 around it.
     */
    public static Viewport around(Dataset data) {
        if (data.size() == 0) {
            return new Viewport(-1, 1, -1, 1);
        }
        double[] b = data.bounds();
        double side = Math.max(b[1] - b[0], b[3] - b[2]);
        // A single point (or all points on one spot) still deserves a visible neighbourhood.
        double margin = side > 0 ? PADDING * side : 0.5;
        double c1;
        double c2;
        double half;
        if (b[0] < 0 && b[1] > 0 && b[2] < 0 && b[3] > 0) {
            c1 = 0;
            c2 = 0;
            half = Math.max(Math.max(-b[0], b[1]), Math.max(-b[2], b[3])) + margin;
        } else {
            c1 = 0.5 * (b[0] + b[1]);
            c2 = 0.5 * (b[2] + b[3]);
            half = 0.5 * side + margin;
        }
        double step = Ticks.niceStep(2 * half, 10);
        // Bounds as whole numbers of steps, so that they print as the round numbers they are.
        long lo1 = (long) Math.floor((c1 - half) / step);
        long hi1 = (long) Math.ceil((c1 + half) / step);
        long lo2 = (long) Math.floor((c2 - half) / step);
        long hi2 = (long) Math.ceil((c2 + half) / step);
        // Rounding can leave one axis a step or two longer; grow the other by whole steps, evenly on both sides.
        long extra = (hi1 - lo1) - (hi2 - lo2);
        if (extra > 0) {
            lo2 -= extra / 2;
            hi2 += extra - extra / 2;
        } else if (extra < 0) {
            lo1 -= -extra / 2;
            hi1 += -extra - (-extra / 2);
        }
        return new Viewport(steps(lo1, step), steps(hi1, step), steps(lo2, step), steps(hi2, step));
    }

    private static double steps(long k, double step) {
        return java.math.BigDecimal.valueOf(step).multiply(java.math.BigDecimal.valueOf(k)).doubleValue();
    }

    /** The length of the x1 range. */
    public double width() {
        return x1Max - x1Min;
    }

    /** The length of the x2 range. */
    public double height() {
        return x2Max - x2Min;
    }

    /** Whether the point (x1, x2) lies inside the viewport, edges included. */
    public boolean contains(double x1, double x2) {
        return x1 >= x1Min && x1 <= x1Max && x2 >= x2Min && x2 <= x2Max;
    }
}
