package dev.boundarylab.data;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The edits a person makes to a data set by hand, as in Orange's Paint Data: a point put down, a spray of points
 * around the cursor, the points near the cursor erased, everything cleared. Each edit returns a new data set named
 * {@link #NAME} and leaves its argument as it was (data sets are immutable), so a history of edits is a list of data
 * sets.
 */
public final class Drawing {
    /** The name of data a person made or changed by hand. */
    public static final String NAME = "hand-made";
    /** The most points a spray puts down at once. */
    public static final int MAX_SPRAY = 100;

    private Drawing() {}

    /** No points at all, with the class names of {@code names}: where a drawing starts from nothing. */
    public static Dataset empty(List<String> names) {
        return new Dataset(NAME, new double[0], new double[0], new int[0], names);
    }

    /**
     * {@code data} with the point (x1, x2) of class {@code label} added at its end.
     *
     * @throws IllegalArgumentException if a coordinate is not finite or the label is not a class
     */
    public static Dataset add(Dataset data, double x1, double x2, int label) {
        return add(data, new double[] {x1}, new double[] {x2}, label);
    }

    /**
     * {@code data} with {@code count} points of class {@code label} added, spread evenly over the disc of
     * {@code radius} around (x1, x2): each at distance radius·√u and angle 2πv from the centre, u and v the next two
     * draws of {@code random}, so the same generator state gives the same points.
     *
     * @throws IllegalArgumentException if the count is not 1 to {@value #MAX_SPRAY}, the radius is negative or not
     *     finite, or a point would not be finite
     */
    public static Dataset spray(
            Dataset data, double x1, double x2, double radius, int count, int label, RandomGenerator random) {
        if (count < 1 || count > MAX_SPRAY) {
            throw new IllegalArgumentException("a spray puts down 1 to " + MAX_SPRAY + " points, got " + count);
        }
        if (!(radius >= 0) || !Double.isFinite(radius)) {
            throw new IllegalArgumentException("the brush radius must be a finite number of at least 0, got " + radius);
        }
        double[] a = new double[count];
        double[] b = new double[count];
        for (int k = 0; k < count; k++) {
            double r = radius * Math.sqrt(random.nextDouble());
            double t = 2 * Math.PI * random.nextDouble();
            a[k] = x1 + r * Math.cos(t);
            b[k] = x2 + r * Math.sin(t);
        }
        return add(data, a, b, label);
    }

    /**
     * {@code data} without its points within {@code radius} of (x1, x2) (the others in their order); the same data
     * set if there is none there.
     */
    public static Dataset erase(Dataset data, double x1, double x2, double radius) {
        int n = data.size();
        boolean[] gone = new boolean[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            gone[i] = Math.hypot(data.x1(i) - x1, data.x2(i) - x2) <= radius;
            kept += gone[i] ? 0 : 1;
        }
        if (kept == n) {
            return data;
        }
        double[] a = new double[kept];
        double[] b = new double[kept];
        int[] y = new int[kept];
        for (int i = 0, k = 0; i < n; i++) {
            if (!gone[i]) {
                a[k] = data.x1(i);
                b[k] = data.x2(i);
                y[k] = data.label(i);
                k++;
            }
        }
        return new Dataset(NAME, a, b, y, data.labelNames());
    }

    /** How many points of each class {@code data} has, class 0 first ({@code {zeros, ones}} for two). */
    public static int[] classCounts(Dataset data) {
        return data.classCounts();
    }

    private static Dataset add(Dataset data, double[] a, double[] b, int label) {
        if (label < 0 || label >= data.classes()) {
            throw new IllegalArgumentException("a point's class is 0 to " + (data.classes() - 1) + " (" + data.classes()
                    + " classes), got " + label);
        }
        int[] y = new int[a.length];
        Arrays.fill(y, label);
        return data.with(new Dataset(NAME, a, b, y, data.labelNames())).withName(NAME);
    }
}
