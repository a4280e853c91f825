package dev.boundarylab.model;

/**
 * The K-class output layer of the general engine over a block of n points, its logits Z held by row (K rows, a
 * column per point, {@code z[a][i]}, as {@link LayeredForward} holds a block): the cost, the points classified right and the output delta of softmax with cross-entropy,
 * next to each other as the forward and backward rules of one layer.
 *
 * <pre>
 *   p_i = softmax(Z[:, i])        cost  sum_i -log p_{y_i, i}        dZ = P - onehot(y)   (K x n)
 * </pre>
 */
final class SoftmaxOutput {
    private SoftmaxOutput() {}

    /**
     * The summed cross-entropy {@code sum_i -log p_{y_i}} of the block, finite for every finite logit.
     *
     * @param z Not modified. Z by row, K rows of at least n.
     * @param y Not modified. The classes of the block's points (as doubles, the engine's label buffer).
     * @param column Modified. A workspace of at least K.
     */
    static double cost(double[][] z, int n, double[] y, double[] column) {
        int k = z.length;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            gather(z, i, column);
            sum += Softmax.crossEntropy(column, 0, k, (int) y[i]);
        }
        return sum;
    }

    /**
     * How many of the block's points have their own class as the most probable (the first largest logit).
     *
     * @param z Not modified.
     * @param y Not modified.
     * @param column Modified. A workspace of at least K.
     */
    static int correct(double[][] z, int n, double[] y, double[] column) {
        int right = 0;
        for (int i = 0; i < n; i++) {
            gather(z, i, column);
            right += Softmax.argmax(column, 0, z.length) == (int) y[i] ? 1 : 0;
        }
        return right;
    }

    /**
     * The output delta {@code dZ = softmax(Z) - onehot(y)} of the block (the gradient of the summed cost by Z).
     *
     * @param z Not modified.
     * @param y Not modified.
     * @param dz Modified. K rows of at least n, not {@code z}.
     * @param column Modified. A workspace of at least K.
     */
    static void delta(double[][] z, int n, double[] y, double[][] dz, double[] column) {
        int k = z.length;
        for (int i = 0; i < n; i++) {
            gather(z, i, column);
            Softmax.probabilities(column, 0, k, column, 0);
            column[(int) y[i]] -= 1;
            for (int a = 0; a < k; a++) {
                dz[a][i] = column[a];
            }
        }
    }

    private static void gather(double[][] z, int i, double[] column) {
        for (int a = 0; a < z.length; a++) {
            column[a] = z[a][i];
        }
    }
}
