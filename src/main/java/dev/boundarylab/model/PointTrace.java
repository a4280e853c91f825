package dev.boundarylab.model;

/**
 * One training point's numbers through a network: its input features, each layer's pre-activations Z and (for the
 * hidden layers) activations A, the probability p of class 1, its loss, and its share of the output layer's
 * gradient, dW_L = (p − y)·A_{L−1}ᵀ / m and db_L = (p − y) / m: what this point adds to the full-batch gradient of
 * the mean cost (the shares of all m points sum to it). The view inside the network shows it beside the equations.
 *
 * @param x the input features A0 at the point, in the architecture's order
 * @param z each layer's Z at the point, the output layer last (its one value the logit)
 * @param a each hidden layer's A at the point (as many as the hidden layers)
 * @param label the point's class y, 0 or 1
 * @param p the network's probability of class 1, sigmoid(z_L)
 * @param loss the point's cross-entropy, softplus(z_L) − y·z_L
 * @param m the number of training points the mean is over
 * @param shareW the point's share of dW_L, one value per input of the output layer
 * @param shareB the point's share of db_L
 */
public record PointTrace(
        double[] x,
        double[][] z,
        double[][] a,
        int label,
        double p,
        double loss,
        int m,
        double[] shareW,
        double shareB) {

    /**
     * The numbers of the point (x1, x2) of class {@code y} through {@code n}, as one of {@code m} training points.
     *
     * @throws IllegalArgumentException if y is not 0 or 1, or m is not positive
     */
    public static PointTrace of(Network n, double x1, double x2, int y, int m) {
        if (y != 0 && y != 1) {
            throw new IllegalArgumentException("a point's class must be 0 or 1, got " + y);
        }
        if (m < 1) {
            throw new IllegalArgumentException("the mean is over at least one point, got " + m);
        }
        Architecture arch = n.architecture();
        double[] x = new double[arch.features().size()];
        for (int k = 0; k < x.length; k++) {
            x[k] = arch.features().get(k).value(x1, x2);
        }
        int depth = n.depth();
        double[][] z = new double[depth][];
        double[][] a = new double[depth - 1][];
        double[] p1 = {x1};
        double[] p2 = {x2};
        for (int l = 0; l < depth; l++) {
            z[l] = column(n, l, true, p1, p2);
            if (l < depth - 1) {
                a[l] = column(n, l, false, p1, p2);
            }
        }
        double logit = z[depth - 1][0];
        double p = Elementary.sigmoid(logit);
        double[] last = depth == 1 ? x : a[depth - 2];
        // dZ_L = A_L − Y for this point alone, then its part of the mean: dW_L = dZ_L·A_{L−1}ᵀ / m, db_L = dZ_L / m.
        double dz = p - y;
        double[] shareW = new double[last.length];
        for (int j = 0; j < last.length; j++) {
            shareW[j] = dz * last[j] / m;
        }
        return new PointTrace(x, z, a, y, p, Loss.crossEntropy(logit, y), m, shareW, dz / m);
    }

    private static double[] column(Network n, int l, boolean pre, double[] x1, double[] x2) {
        int units = n.biases(l).length;
        double[][] out = new double[units][1];
        if (pre) {
            n.preActivations(l, x1, x2, 1, out);
        } else {
            n.activations(l, x1, x2, 1, out);
        }
        double[] c = new double[units];
        for (int j = 0; j < units; j++) {
            c[j] = out[j][0];
        }
        return c;
    }
}
