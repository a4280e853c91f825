package dev.boundarylab.model;

import dev.boundarylab.data.LegacyNumpyRandom;
import java.util.Arrays;

/**
 * The immutable parameters of the one-hidden-layer network: {@code W1} (hidden x 2), {@code b1} (hidden),
 * {@code W2} (1 x hidden, stored as a vector) and the scalar {@code b2}.
 *
 * <p>The network computes {@code p(x) = sigmoid(W2 . tanh(W1 x + b1) + b2)}.
 */
public final class Parameters implements Classifier {
    private final double[][] w1;
    private final double[] b1;
    private final double[] w2;
    private final double b2;

    /**
     * Builds parameters from copies of the given arrays.
     *
     * @throws IllegalArgumentException if the shapes disagree, there is no hidden unit, or a value is not finite
     */
    public Parameters(double[][] w1, double[] b1, double[] w2, double b2) {
        int h = w1.length;
        if (h < 1) {
            throw new IllegalArgumentException("W1 has no rows; the network needs at least one hidden unit");
        }
        if (b1.length != h || w2.length != h) {
            throw new IllegalArgumentException("shapes disagree: W1 has " + h + " rows, b1 has " + b1.length
                    + " values, W2 has " + w2.length + "; all must equal the number of hidden units");
        }
        this.w1 = new double[h][];
        for (int j = 0; j < h; j++) {
            if (w1[j].length != 2) {
                throw new IllegalArgumentException("W1 row " + j + " has " + w1[j].length + " values; it needs 2");
            }
            this.w1[j] = w1[j].clone();
            requireFinite("W1[" + j + "][0]", w1[j][0]);
            requireFinite("W1[" + j + "][1]", w1[j][1]);
            requireFinite("b1[" + j + "]", b1[j]);
            requireFinite("W2[" + j + "]", w2[j]);
        }
        requireFinite("b2", b2);
        this.b1 = b1.clone();
        this.w2 = w2.clone();
        this.b2 = b2;
    }

    private static void requireFinite(String what, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " is " + v + "; parameters must be finite numbers");
        }
    }

    /**
     * The seed's initialisation, drawn as numpy draws it: {@code np.random.seed(seed)}, then
     * {@code W1 = np.random.randn(hidden, 2) * 0.01} and {@code W2 = np.random.randn(1, hidden) * 0.01}, biases
     * zero. Seed 2 gives the course notebook's initial weights.
     *
     * @param hidden number of hidden units, at least 1
     * @param seed seed of numpy's legacy {@code RandomState} (see {@link LegacyNumpyRandom}); the same seed gives
     *     the same parameters on any machine
     */
    public static Parameters random(int hidden, long seed) {
        if (hidden < 1) {
            throw new IllegalArgumentException("hidden units must be at least 1, got " + hidden);
        }
        LegacyNumpyRandom rng = new LegacyNumpyRandom(seed);
        double[][] w1 = new double[hidden][2];
        for (double[] row : w1) {
            row[0] = rng.nextGaussian() * 0.01;
            row[1] = rng.nextGaussian() * 0.01;
        }
        double[] w2 = new double[hidden];
        for (int j = 0; j < hidden; j++) {
            w2[j] = rng.nextGaussian() * 0.01;
        }
        return new Parameters(w1, new double[hidden], w2, 0.0);
    }

    /** The number of hidden units. */
    public int hidden() {
        return b1.length;
    }

    /** W1[j][k]: weight from input k (0 or 1) to hidden unit j. */
    public double w1(int j, int k) {
        return w1[j][k];
    }

    /** b1[j]: bias of hidden unit j. */
    public double b1(int j) {
        return b1[j];
    }

    /** W2[j]: weight from hidden unit j to the output. */
    public double w2(int j) {
        return w2[j];
    }

    /** The output bias. */
    public double b2() {
        return b2;
    }

    /** A copy of W1, hidden rows of 2. */
    public double[][] w1() {
        double[][] c = new double[w1.length][];
        for (int j = 0; j < w1.length; j++) {
            c[j] = w1[j].clone();
        }
        return c;
    }

    /** A copy of b1. */
    public double[] b1() {
        return b1.clone();
    }

    /** A copy of W2 as a vector. */
    public double[] w2() {
        return w2.clone();
    }

    /**
     * The network's logits {@code z2 = W2 . tanh(W1 x + b1) + b2} of the points, by the same forward pass that
     * training runs ({@code Forward}), {@value Classifier#BATCH} points at a time.
     */
    @Override
    public void logits(double[] x1, double[] x2, int n, double[] out) {
        int h = hidden();
        int size = Math.min(n, BATCH);
        double[] w1a = new double[h];
        double[] w1b = new double[h];
        for (int j = 0; j < h; j++) {
            w1a[j] = w1[j][0];
            w1b[j] = w1[j][1];
        }
        double[][] a1 = new double[h][size];
        double[] bx1 = new double[size];
        double[] bx2 = new double[size];
        double[] z2 = new double[size];
        for (int start = 0; start < n; start += size) {
            int len = Math.min(size, n - start);
            System.arraycopy(x1, start, bx1, 0, len);
            System.arraycopy(x2, start, bx2, 0, len);
            Forward.logits(h, w1a, w1b, b1, w2, b2, bx1, bx2, len, a1, z2);
            System.arraycopy(z2, 0, out, start, len);
        }
    }

    /** The probabilities on {@code grid} by the float fast path, for pictures only (see {@code FloatSurface}). */
    @Override
    public void gridProbabilities(Grid grid, float[] out) {
        int h = hidden();
        double[] w1a = new double[h];
        double[] w1b = new double[h];
        for (int j = 0; j < h; j++) {
            w1a[j] = w1[j][0];
            w1b[j] = w1[j][1];
        }
        FloatSurface.network(w1a, w1b, b1, w2, b2).evaluate(grid, out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters p
                && Arrays.deepEquals(w1, p.w1)
                && Arrays.equals(b1, p.b1)
                && Arrays.equals(w2, p.w2)
                && Double.compare(b2, p.b2) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(w1) * 31 + Arrays.hashCode(b1) * 17 + Arrays.hashCode(w2) + Double.hashCode(b2);
    }

    @Override
    public String toString() {
        return "Parameters[hidden=" + hidden() + "]";
    }
}
