package dev.boundarylab.figure;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.Network;
import dev.boundarylab.model.Softmax;
import java.util.Locale;

/**
 * A training point's numbers through a network of K softmax outputs, as {@link Equations#point} gives them for
 * two classes: the point and its class, each layer's z and a, the K probabilities p = softmax(z_L), its loss
 * −log p_y, and its share of the output layer's gradient, dW_L = (p − onehot(y))·a_{L−1}ᵀ / m (a row per class)
 * and db_L = (p − onehot(y)) / m.
 */
final class ClassPointText {
    private ClassPointText() {}

    /** Training point i of {@code data} (counted from 0) through {@code n}, a network of more than two classes. */
    static String of(Network n, Dataset data, int i) {
        double x1 = data.x1(i);
        double x2 = data.x2(i);
        int y = data.label(i);
        int m = data.size();
        StringBuilder sb = new StringBuilder(String.format(
                Locale.ROOT,
                "point %d: x1 = %.3f, x2 = %.3f, class %s (y = %d)",
                i + 1,
                x1,
                x2,
                data.labelNames().get(y),
                y));
        int depth = n.depth();
        double[] last = null;
        double[] zl = null;
        for (int l = 0; l < depth; l++) {
            zl = column(n, l, true, x1, x2);
            sb.append(String.format(Locale.ROOT, "%nz%d = %s", l + 1, Equations.row(zl)));
            if (l < depth - 1) {
                last = column(n, l, false, x1, x2);
                sb.append(String.format(Locale.ROOT, "%na%d = %s", l + 1, Equations.row(last)));
            }
        }
        int k = zl.length;
        double[] p = new double[k];
        Softmax.probabilities(zl, 0, k, p, 0);
        sb.append(String.format(
                Locale.ROOT,
                "%np = softmax(z%d) = %s, loss −log p%d = %.4f",
                depth,
                Equations.row(p),
                y,
                Softmax.crossEntropy(zl, 0, k, y)));
        if (last == null) {
            last = new double[n.architecture().features().size()];
            for (int f = 0; f < last.length; f++) {
                last[f] = n.architecture().features().get(f).value(x1, x2);
            }
        }
        sb.append(String.format(Locale.ROOT, "%nits share of dW%d = (p − onehot(y))·a%dᵀ / %d:", depth, depth - 1, m));
        double[] db = new double[k];
        for (int j = 0; j < k; j++) {
            double dz = p[j] - (j == y ? 1 : 0);
            double[] share = new double[last.length];
            for (int u = 0; u < share.length; u++) {
                share[u] = dz * last[u] / m;
            }
            db[j] = dz / m;
            sb.append(String.format(Locale.ROOT, "%n  class %d: %s", j, Equations.row(share)));
        }
        sb.append(String.format(Locale.ROOT, "%nand of db%d = (p − onehot(y)) / %d = %s", depth, m, Equations.row(db)));
        return sb.toString();
    }

    private static double[] column(Network n, int l, boolean pre, double x1, double x2) {
        int units = n.biases(l).length;
        double[][] out = new double[units][1];
        if (pre) {
            n.preActivations(l, new double[] {x1}, new double[] {x2}, 1, out);
        } else {
            n.activations(l, new double[] {x1}, new double[] {x2}, 1, out);
        }
        double[] c = new double[units];
        for (int j = 0; j < units; j++) {
            c[j] = out[j][0];
        }
        return c;
    }
}
