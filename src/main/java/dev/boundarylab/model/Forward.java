package dev.boundarylab.model;

/**
 * The forward pass of the one-hidden-layer network over a block of points, written once: training
 * ({@link NeuralNetwork}) and every prediction ({@link Parameters#logits}) call it.
 *
 * <pre>
 *   Z1 = W1 X + b1     A1 = tanh(Z1)     Z2 = W2 A1 + b2
 * </pre>
 *
 * <p>One hidden unit at a time over the block, in loops that index every array from 0 so the JIT turns them into
 * vector instructions ({@link Elementary#tanh} is branch-free arithmetic for that reason).
 */
final class Forward {
    private Forward() {}

    /**
     * Z2 of the points (x1[i], x2[i]), i below {@code n}, into {@code z2}, keeping A1 of unit j in {@code a1[j]}
     * for the backward pass.
     *
     * @param w1a Not modified. W1's first column (one weight per hidden unit).
     * @param w1b Not modified. W1's second column.
     * @param b1 Not modified. The hidden biases.
     * @param w2 Not modified. The output weights.
     * @param a1 Modified. {@code a1[j][0..n)} receives tanh(Z1) of unit j; {@code hidden} rows of at least n.
     * @param z2 Modified. Receives the output logits; at least n.
     */
    static void logits(
            int hidden,
            double[] w1a,
            double[] w1b,
            double[] b1,
            double[] w2,
            double b2,
            double[] x1,
            double[] x2,
            int n,
            double[][] a1,
            double[] z2) {
        java.util.Arrays.fill(z2, 0, n, b2);
        for (int j = 0; j < hidden; j++) {
            double wa = w1a[j];
            double wb = w1b[j];
            double bj = b1[j];
            double[] a = a1[j];
            for (int i = 0; i < n; i++) {
                a[i] = Elementary.tanh(wa * x1[i] + wb * x2[i] + bj);
            }
            double vj = w2[j];
            for (int i = 0; i < n; i++) {
                z2[i] += vj * a[i];
            }
        }
    }
}
