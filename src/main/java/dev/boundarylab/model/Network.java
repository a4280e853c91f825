package dev.boundarylab.model;

import dev.boundarylab.data.LegacyNumpyRandom;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * The immutable parameters of a network of any {@link Architecture}: for each layer with parameters, the hidden
 * ones then the output, the weights {@code W_l} (n_l x n_{l-1}, the first layer's columns in feature order) and
 * the biases {@code b_l} (n_l). For two classes the output is one sigmoid unit (a binary {@link Classifier}, its
 * {@link #logits} the seed's); for K &gt; 2 classes it is K softmax units, the last layer's K rows, and the network
 * gives its K logits a point by {@link #classLogits}.
 */
public final class Network implements Classifier {
    private final Architecture arch;
    private final DMatrixRMaj[] w;
    private final DMatrixRMaj[] b;

    /**
     * Builds parameters from copies of the given arrays.
     *
     * @param weights Not modified. {@code weights[l]} is W_l by rows.
     * @param biases Not modified. {@code biases[l]} is b_l.
     * @throws IllegalArgumentException if a shape disagrees with the architecture or a value is not finite
     */
    public Network(Architecture arch, double[][][] weights, double[][] biases) {
        this.arch = arch;
        int[] widths = arch.widths();
        if (weights.length != widths.length || biases.length != widths.length) {
            throw new IllegalArgumentException("the architecture has " + widths.length
                    + " layers with parameters (the output last); got " + weights.length + " weight matrices and "
                    + biases.length + " bias vectors");
        }
        this.w = new DMatrixRMaj[widths.length];
        this.b = new DMatrixRMaj[widths.length];
        for (int l = 0; l < widths.length; l++) {
            int rows = widths[l];
            int cols = arch.inputsOf(l);
            if (weights[l].length != rows || biases[l].length != rows) {
                throw new IllegalArgumentException("layer " + (l + 1) + " has " + rows + " units: W has "
                        + weights[l].length + " rows and b " + biases[l].length + " values");
            }
            w[l] = new DMatrixRMaj(rows, cols);
            b[l] = new DMatrixRMaj(rows, 1);
            for (int j = 0; j < rows; j++) {
                if (weights[l][j].length != cols) {
                    throw new IllegalArgumentException("layer " + (l + 1) + ": W row " + j + " has "
                            + weights[l][j].length + " values; it needs " + cols + ", one per input");
                }
                for (int k = 0; k < cols; k++) {
                    w[l].set(j, k, finite(weights[l][j][k], l, "W"));
                }
                b[l].set(j, 0, finite(biases[l][j], l, "b"));
            }
        }
    }

    /** Wraps matrices the caller gives up (copies made by the engine). */
    private Network(Architecture arch, DMatrixRMaj[] w, DMatrixRMaj[] b, boolean owned) {
        this.arch = arch;
        this.w = w;
        this.b = b;
    }

    /** A copy of the engine's matrices, as immutable parameters. */
    static Network copyOf(Architecture arch, DMatrixRMaj[] w, DMatrixRMaj[] b) {
        DMatrixRMaj[] wc = new DMatrixRMaj[w.length];
        DMatrixRMaj[] bc = new DMatrixRMaj[b.length];
        for (int l = 0; l < w.length; l++) {
            wc[l] = w[l].copy();
            bc[l] = b[l].copy();
        }
        return new Network(arch, wc, bc, true);
    }

    private static double finite(double v, int l, String what) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(
                    what + " of layer " + (l + 1) + " holds " + v + "; parameters must be finite numbers");
        }
        return v;
    }

    /**
     * The initial parameters drawn as numpy draws them: {@code np.random.seed(seed)}, then for each layer in order
     * {@code W_l = np.random.randn(n_l, n_{l-1}) * s_l} with the architecture's {@link InitScale}, biases zero.
     * For the seed's architecture with the small scale these are {@link Parameters#random}'s.
     */
    public static Network random(Architecture arch, long seed) {
        LegacyNumpyRandom rng = new LegacyNumpyRandom(seed);
        int[] widths = arch.widths();
        double[][][] weights = new double[widths.length][][];
        double[][] biases = new double[widths.length][];
        for (int l = 0; l < widths.length; l++) {
            int inputs = arch.inputsOf(l);
            double s = arch.initScale().scale(inputs);
            weights[l] = new double[widths[l]][inputs];
            for (double[] row : weights[l]) {
                for (int k = 0; k < inputs; k++) {
                    row[k] = rng.nextGaussian() * s;
                }
            }
            biases[l] = new double[widths[l]];
        }
        return new Network(arch, weights, biases);
    }

    /** The seed's parameters as a network of the seed's architecture. */
    public static Network of(Parameters p) {
        int h = p.hidden();
        return new Network(
                Architecture.seed(h), new double[][][] {p.w1(), {p.w2()}}, new double[][] {p.b1(), {p.b2()}});
    }

    /** The same parameters under another architecture of the same shapes (e.g. other L2, batch or init scale). */
    public Network withArchitecture(Architecture other) {
        return new Network(other, weights(), biases());
    }

    /** The architecture. */
    public Architecture architecture() {
        return arch;
    }

    /** The number of classes K of the output (2: one sigmoid unit; K &gt; 2: K softmax units). */
    @Override
    public int classes() {
        return arch.classes();
    }

    /** The number of layers with parameters: the hidden layers and the output. */
    public int depth() {
        return w.length;
    }

    /**
     * Whether the seed's one-layer form ({@link Parameters}) holds this network: x1, x2 → one tanh layer → one
     * sigmoid output.
     */
    public boolean hasSeedForm() {
        return arch.classes() == 2
                && arch.features().equals(List.of(Feature.X1, Feature.X2))
                && arch.layers().size() == 1
                && arch.activation() == Activation.TANH;
    }

    /**
     * This network in the seed's one-layer form.
     *
     * @throws IllegalStateException unless {@link #hasSeedForm}
     */
    public Parameters seedForm() {
        if (!hasSeedForm()) {
            throw new IllegalStateException("a network of hidden layers " + arch.layers() + ", "
                    + arch.activation().id() + ", on " + arch.text(Architecture.Setting.FEATURES)
                    + " has no one-layer W1/b1/W2/b2 form");
        }
        return new Parameters(weights(0), biases(0), weights(1)[0], biases(1)[0]);
    }

    /** A copy of W_l by rows. */
    public double[][] weights(int l) {
        double[][] out = new double[w[l].numRows][w[l].numCols];
        for (int j = 0; j < out.length; j++) {
            for (int k = 0; k < out[j].length; k++) {
                out[j][k] = w[l].get(j, k);
            }
        }
        return out;
    }

    /** A copy of b_l. */
    public double[] biases(int l) {
        return b[l].data.clone();
    }

    /** Copies of every W_l. */
    public double[][][] weights() {
        double[][][] out = new double[w.length][][];
        for (int l = 0; l < w.length; l++) {
            out[l] = weights(l);
        }
        return out;
    }

    /** Copies of every b_l. */
    public double[][] biases() {
        double[][] out = new double[b.length][];
        for (int l = 0; l < b.length; l++) {
            out[l] = biases(l);
        }
        return out;
    }

    /** Copies of the matrices, for an engine to train from. */
    DMatrixRMaj[] copyW() {
        DMatrixRMaj[] c = new DMatrixRMaj[w.length];
        for (int l = 0; l < w.length; l++) {
            c[l] = w[l].copy();
        }
        return c;
    }

    DMatrixRMaj[] copyB() {
        DMatrixRMaj[] c = new DMatrixRMaj[b.length];
        for (int l = 0; l < b.length; l++) {
            c[l] = b[l].copy();
        }
        return c;
    }

    /**
     * The output logits of the points, {@value Classifier#BATCH} at a time, by the forward pass training runs.
     *
     * @throws UnsupportedOperationException for K &gt; 2 classes, which have K logits a point ({@link #classLogits})
     */
    @Override
    public void logits(double[] x1, double[] x2, int n, double[] out) {
        if (arch.classes() > 2) {
            throw new UnsupportedOperationException("a network of " + arch.classes() + " classes has " + arch.classes()
                    + " logits a point, not one: ask for its class logits");
        }
        LayeredForward f = new LayeredForward(arch, Math.max(1, Math.min(n, BATCH)));
        for (int start = 0; start < n; start += f.capacity) {
            int len = Math.min(f.capacity, n - start);
            f.load(x1, x2, start, len);
            f.run(w, b, len);
            System.arraycopy(f.z[depth() - 1][0], 0, out, start, len);
        }
    }

    /**
     * The K class logits of the points, point by point ({@code out[i K + k]}), by the forward pass training runs:
     * the output layer's K rows; for two classes (0, z).
     *
     * @param x1 Not modified.
     * @param x2 Not modified.
     * @param out Modified. At least {@code n * classes()} long.
     */
    @Override
    public void classLogits(double[] x1, double[] x2, int n, double[] out) {
        int k = arch.classes();
        if (k == 2) {
            Classifier.super.classLogits(x1, x2, n, out);
            return;
        }
        LayeredForward f = new LayeredForward(arch, Math.max(1, Math.min(n, BATCH)));
        for (int start = 0; start < n; start += f.capacity) {
            int len = Math.min(f.capacity, n - start);
            f.load(x1, x2, start, len);
            f.run(w, b, len);
            // Z_L is K rows over the points; out is point by point.
            double[][] z = f.z[depth() - 1];
            for (int j = 0; j < k; j++) {
                for (int i = 0; i < len; i++) {
                    out[(start + i) * k + j] = z[j][i];
                }
            }
        }
    }

    /**
     * The probabilities on {@code grid} for pictures: the seed's float fast path ({@link Parameters}) when this
     * network has the seed's form, the exact default otherwise.
     */
    @Override
    public void gridProbabilities(Grid grid, float[] out) {
        if (hasSeedForm()) {
            seedForm().gridProbabilities(grid, out);
        } else {
            Classifier.super.gridProbabilities(grid, out);
        }
    }

    /**
     * The activations of the units of layer {@code l} at the points: {@code out[j][i]} is A_l of unit j at point
     * i (for the output layer, {@code l == depth() - 1}, its logit Z). The view inside the network draws these.
     *
     * @param x1 Not modified.
     * @param x2 Not modified.
     * @param out Modified. One row per unit of layer l, each at least {@code n} long.
     */
    public void activations(int l, double[] x1, double[] x2, int n, double[][] out) {
        layer(l, false, x1, x2, n, out);
    }

    /**
     * The pre-activations Z_l = W_l A_{l-1} + b_l of the units of layer {@code l} at the points, {@code out[j][i]}
     * for unit j at point i: where Z is 0 a unit's activation crosses its middle (for the first layer, the line
     * w·x + b = 0 along which the unit cuts the plane).
     */
    public void preActivations(int l, double[] x1, double[] x2, int n, double[][] out) {
        layer(l, true, x1, x2, n, out);
    }

    private void layer(int l, boolean pre, double[] x1, double[] x2, int n, double[][] out) {
        if (l < 0 || l >= depth()) {
            throw new IllegalArgumentException("layer " + l + " of a network of " + depth() + " layers");
        }
        LayeredForward f = new LayeredForward(arch, Math.max(1, Math.min(n, BATCH)));
        double[][][] source = pre || l == depth() - 1 ? f.z : f.a;
        for (int start = 0; start < n; start += f.capacity) {
            int len = Math.min(f.capacity, n - start);
            f.load(x1, x2, start, len);
            f.run(w, b, len);
            for (int j = 0; j < out.length && j < w[l].numRows; j++) {
                System.arraycopy(source[l][j], 0, out[j], start, len);
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Network n) || !arch.equals(n.arch)) {
            return false;
        }
        for (int l = 0; l < w.length; l++) {
            if (!Arrays.equals(w[l].data, 0, w[l].getNumElements(), n.w[l].data, 0, n.w[l].getNumElements())
                    || !Arrays.equals(b[l].data, n.b[l].data)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = arch.hashCode();
        for (int l = 0; l < w.length; l++) {
            h = 31 * h + Arrays.hashCode(w[l].data);
        }
        return h;
    }

    @Override
    public String toString() {
        return "Network[layers=" + arch.layers() + ", " + arch.activation().id()
                + (arch.classes() > 2 ? ", " + arch.classes() + " classes" : "") + "]";
    }
}
