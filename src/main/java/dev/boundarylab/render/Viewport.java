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
        if (!Double.isFinite(x1Min) || !Double.isFinite(x1Max) || !Double.isFinite(x2Min) || !Double.isFinite(x2Max)) {
            throw new IllegalArgumentException("viewport bounds must be finite numbers, got x1 [" + x1Min + ", " + x1Max
                    + "], x2 [" + x2Min + ", " + x2Max + "]");
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
     * An empty data set gives [-1, 1] x [-1, 1]; a single point a square of side at least 1 around it. Data the
     * round steps cannot frame (points on one spot far from the origin, extents near the largest double or below
     * the smallest normal one) gets a plain square around its box instead.
     */
    public static Viewport around(Dataset data) {
        if (data.size() == 0) {
            return new Viewport(-1, 1, -1, 1);
        }
        double[] b = data.bounds();
        Viewport nice = rounded(b);
        return nice != null ? nice : plain(b);
    }

    /** The square of {@link #around} in round steps, or null if doubles cannot hold it around the box {@code b}. */
    private static Viewport rounded(double[] b) {
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
        // Whole numbers of steps must fit a long exactly, and the bounds must differ as doubles.
        double reach = Math.max(Math.abs(c1) + half, Math.abs(c2) + half) / step;
        if (!(step > 0) || !Double.isFinite(reach) || reach > 1L << 52) {
            return null;
        }
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
        double x1Min = steps(lo1, step);
        double x1Max = steps(hi1, step);
        double x2Min = steps(lo2, step);
        double x2Max = steps(hi2, step);
        boolean frames = x1Min < x1Max
                && x2Min < x2Max
                && Double.isFinite(x1Min)
                && Double.isFinite(x1Max)
                && Double.isFinite(x2Min)
                && Double.isFinite(x2Max)
                && x1Min <= b[0]
                && b[1] <= x1Max
                && x2Min <= b[2]
                && b[3] <= x2Max;
        return frames ? new Viewport(x1Min, x1Max, x2Min, x2Max) : null;
    }

    /** A square around the box {@code b} with a 10% margin, wide enough to be a range of distinct doubles. */
    private static Viewport plain(double[] b) {
        // Halves first, so that extents near the largest double do not overflow.
        double c1 = b[0] / 2 + b[1] / 2;
        double c2 = b[2] / 2 + b[3] / 2;
        double half = (0.5 + PADDING) * Math.max(b[1] / 2 - b[0] / 2, b[3] / 2 - b[2] / 2) * 2;
        double scale = Math.max(Math.abs(c1), Math.abs(c2));
        half = Math.max(Math.max(half, 1e-6 * scale), Math.max(Math.ulp(scale) * 8, Double.MIN_NORMAL));
        double max = Double.MAX_VALUE;
        return new Viewport(
                Math.max(-max, c1 - half),
                Math.min(max, c1 + half),
                Math.max(-max, c2 - half),
                Math.min(max, c2 + half));
    }

    private static double steps(long k, double step) {
        return java.math.BigDecimal.valueOf(step)
                .multiply(java.math.BigDecimal.valueOf(k))
                .doubleValue();
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
