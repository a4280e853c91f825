package dev.boundarylab.model;

import org.ejml.data.DMatrixRMaj;

/**
 * The forward pass of a network of any {@link Architecture} over a block of at most {@code capacity} points, into
 * workspaces declared once: training ({@link LayeredNetwork}) and every prediction ({@link Network#logits}) run
 * it. Points are columns, as in the course; a block is held as one array per row (per unit), which is what lets
 * the JIT vectorize its loops ({@link RowProducts}).
 *
 * <pre>
 *   A_0 = the features of the block          (n_0 x n)
 *   Z_l = W_l A_{l-1} + b_l                   (n_l x n)
 *   A_l = g(Z_l) for the hidden layers; the output keeps Z_L, its logits (1 x n)
 * </pre>
 *
 * Not thread-safe: one per thread.
 */
final class LayeredForward {
    final Architecture arch;
    /** Layers with parameters: the hidden ones, then the output. */
    final int depth;

    final int capacity;
    // A0: the features of the block (features x capacity, by row).
    final double[][] a0;
    // Z[l], A[l] of layer l (widths[l] x capacity, by row); A of the output is not kept (its Z are the logits).
    final double[][][] z;
    final double[][][] a;
    // The block's coordinates, gathered from the data (by index for a mini-batch).
    final double[] x1;
    final double[] x2;

    LayeredForward(Architecture arch, int capacity) {
        this.arch = arch;
        this.capacity = capacity;
        int[] widths = arch.widths();
        this.depth = widths.length;
        this.a0 = new double[arch.features().size()][capacity];
        this.z = new double[depth][][];
        this.a = new double[depth][][];
        for (int l = 0; l < depth; l++) {
            z[l] = new double[widths[l]][capacity];
            a[l] = l < depth - 1 ? new double[widths[l]][capacity] : null;
        }
        this.x1 = new double[capacity];
        this.x2 = new double[capacity];
    }

    /** The activations feeding layer l: A_0 for the first, A_{l-1} otherwise. */
    double[][] input(int l) {
        return l == 0 ? a0 : a[l - 1];
    }

    /**
     * Copies the points [from, from + n) of (x1, x2) into the block.
     *
     * @param px1 Not modified.
     * @param px2 Not modified.
     */
    void load(double[] px1, double[] px2, int from, int n) {
        System.arraycopy(px1, from, x1, 0, n);
        System.arraycopy(px2, from, x2, 0, n);
    }

    /**
     * Copies the points {@code index[from .. from + n)} of (x1, x2) into the block, in that order.
     *
     * @param px1 Not modified.
     * @param px2 Not modified.
     * @param index Not modified.
     */
    void gather(double[] px1, double[] px2, int[] index, int from, int n) {
        for (int i = 0; i < n; i++) {
            int k = index[from + i];
            x1[i] = px1[k];
            x2[i] = px2[k];
        }
    }

    /**
     * The forward pass of the n points in the block; afterwards {@code z[depth - 1][0][0..n)} are the logits.
     *
     * @param w Not modified. W_l of each layer (widths[l] x inputs).
     * @param b Not modified. b_l of each layer (widths[l] x 1).
     */
    void run(DMatrixRMaj[] w, DMatrixRMaj[] b, int n) {
        // A_0 = the features, row by row
        for (int f = 0; f < a0.length; f++) {
            arch.features().get(f).values(x1, x2, n, a0[f], 0);
        }
        for (int l = 0; l < depth; l++) {
            // Z_l = W_l A_{l-1} + b_l
            DMatrixRMaj wl = w[l];
            RowProducts.combine(wl, wl.numCols, 1, b[l].data, input(l), wl.numCols, z[l], wl.numRows, n);
            if (l < depth - 1) {
                // A_l = g(Z_l)
                for (int j = 0; j < wl.numRows; j++) {
                    activate(arch.activation(), z[l][j], a[l][j], n);
                }
            }
        }
    }

    /** A = g(Z) over {@code len} values; one loop per activation, so each is a plain loop the JIT vectorizes. */
    static void activate(Activation g, double[] zd, double[] ad, int len) {
        switch (g) {
            case TANH -> {
                for (int i = 0; i < len; i++) {
                    ad[i] = Elementary.tanh(zd[i]);
                }
            }
            case RELU -> {
                for (int i = 0; i < len; i++) {
                    ad[i] = Math.max(zd[i], 0.0);
                }
            }
            case SIGMOID -> {
                for (int i = 0; i < len; i++) {
                    ad[i] = Elementary.sigmoid(zd[i]);
                }
            }
            case LINEAR -> System.arraycopy(zd, 0, ad, 0, len);
        }
    }

    /**
     * dZ = dA * g'(Z, A) over {@code len} values, in place: {@code d} holds dA before and dZ after.
     *
     * @param zd Not modified.
     * @param ad Not modified.
     * @param d Modified.
     */
    static void timesDerivative(Activation g, double[] zd, double[] ad, double[] d, int len) {
        switch (g) {
            case TANH -> {
                for (int i = 0; i < len; i++) {
                    double av = ad[i];
                    d[i] *= 1.0 - av * av;
                }
            }
            case RELU -> {
                // The step 1 where Z > 0 else 0, without a branch (Z's sign is a coin toss from value to value, and
                // the branch was the most expensive line of an epoch), from A = max(Z, 0): min(A 2^1000, 1) is 1 for
                // every Z of at least 2^-1000, 0 for Z of at most 0; one vectorized min (the form from Z took two).
                for (int i = 0; i < len; i++) {
                    d[i] *= Math.min(ad[i] * 0x1p1000, 1.0);
                }
            }
            case SIGMOID -> {
                for (int i = 0; i < len; i++) {
                    double av = ad[i];
                    d[i] *= av * (1.0 - av);
                }
            }
            case LINEAR -> {}
        }
    }
}
