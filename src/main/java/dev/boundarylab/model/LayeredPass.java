package dev.boundarylab.model;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * One thread's part of a pass of {@link LayeredNetwork} over the points, a block at a time: the block's forward
 * workspaces, its labels and dZ of each layer, the cost, accuracy and backward pass of a block, and the LANES in
 * which a run of blocks keeps its sums. Not thread-safe: one per thread.
 *
 * <p>The sums over the points (of the cost, of dW_l = dZ_l A_{l-1}' and of db_l = rowsum(dZ_l)) are kept per
 * position in the block, one row of lanes per weight, and added up once at the end of the run ({@link #addSums}),
 * as the seed's fast path does ({@link Lanes}): every loop then runs along the points of a row without carrying a
 * sum from one point to the next, so C2 vectorizes it, where the dot products of {@code multAddTransB} are one
 * chain of dependent additions (four cycles each). A layer with more than {@value #LANE_WEIGHTS} weights would need
 * too many lanes to stay in cache: it sums dW_l by dot products in eight partial sums as it goes.
 */
final class LayeredPass {
    /** The most weights of a layer whose dW is summed in lanes (16 x 16; 512 KB of lanes at 256 points). */
    static final int LANE_WEIGHTS = 256;

    private static final double LN2 = Math.log(2.0);

    final LayeredForward f;
    // dZ[l] of the block (n_l x capacity, by row).
    private final double[][][] dZ;
    // The block's labels, as 0/1 doubles (class numbers for K classes).
    private final double[] yb;
    // The output's t = tanh(z/2) (n), and 1 + |t| (n), whose logs make the cost.
    private final double[] t;
    private final double[] onePlus;
    // Lanes: of the cost (capacity), of dW[l] (a row of capacity per weight, row i * inputs + j for W_l[i, j], or
    // null when the layer sums dW as it goes) and of db[l] (n_l x capacity).
    private final double[] laneCost;
    private final double[][][] laneW;
    private final double[][][] laneB;
    private final int depth;
    // The log terms of the cost (not in the lanes) of this run of blocks; for K classes the whole cost.
    private double logTerms;
    // The classes of the output: 2 for one sigmoid unit, K > 2 for K softmax units (SoftmaxOutput), and a point's
    // K logits.
    private final int classes;
    private final double[] column;

    LayeredPass(Architecture arch, int capacity) {
        this.f = new LayeredForward(arch, capacity);
        this.depth = f.depth;
        int[] widths = arch.widths();
        this.dZ = new double[depth][][];
        this.laneW = new double[depth][][];
        this.laneB = new double[depth][][];
        int inputs = arch.features().size();
        for (int l = 0; l < depth; l++) {
            dZ[l] = new double[widths[l]][capacity];
            int weights = widths[l] * inputs;
            laneW[l] = weights <= LANE_WEIGHTS ? new double[weights][capacity] : null;
            laneB[l] = new double[widths[l]][capacity];
            inputs = widths[l];
        }
        this.yb = new double[capacity];
        this.t = new double[capacity];
        this.onePlus = new double[capacity];
        this.laneCost = new double[capacity];
        this.classes = arch.classes();
        this.column = new double[classes];
    }

    /**
     * The labels of the block: of the points [from, from + n), or of {@code index[from .. from + n)}.
     *
     * @param label Not modified.
     * @param index Not modified. Null for consecutive points.
     */
    void labels(int[] label, int[] index, int from, int n) {
        for (int i = 0; i < n; i++) {
            yb[i] = label[index == null ? from + i : index[from + i]];
        }
    }

    /**
     * The output of the last forward pass: t = tanh(z/2) of each logit, and the block's cost into the lanes (all
     * set if {@code first}, else added to); also counts the points on their label's side.
     *
     * <p>With t = tanh(z/2): sigmoid(z) = (1 + t)/2, and 1 + e^-|z| = 2/(1 + |t|), so softplus(z) - y z =
     * max(z, 0) - y z + log 2 - log(1 + |t|) (the seed's fast path does the same). Every loop is arithmetic the JIT
     * vectorizes; the logs are taken once for the block, as the log of the product of its (1 + |t|) (at most
     * 2^capacity). Exact to about 1e-16 per point in absolute terms, like numpy's cost.
     *
     * <p>For K &gt; 2 classes the cost is softmax's {@code sum -log p_y} ({@link SoftmaxOutput}).
     *
     * @return how many of the block's points are on their label's side (a logit above 0 means class 1; for K
     *     classes, whose most probable class is their own)
     */
    int output(int n, boolean first) {
        if (classes > 2) {
            // K softmax outputs: sum -log p_y of the block, a plain sum kept with the log terms (the lanes stay 0).
            if (first) {
                java.util.Arrays.fill(laneCost, 0, n, 0.0);
                logTerms = 0;
            }
            logTerms += SoftmaxOutput.cost(f.z[depth - 1], n, yb, column);
            return SoftmaxOutput.correct(f.z[depth - 1], n, yb, column);
        }
        double[] z = f.z[depth - 1][0];
        for (int i = 0; i < n; i++) {
            t[i] = Elementary.tanh(0.5 * z[i]);
        }
        // (z + |z|)/2 is max(z, 0) exactly, in arithmetic the JIT vectorizes.
        if (first) {
            for (int i = 0; i < n; i++) {
                double zi = z[i];
                laneCost[i] = 0.5 * (zi + Math.abs(zi)) - yb[i] * zi;
            }
            logTerms = 0;
        } else {
            for (int i = 0; i < n; i++) {
                double zi = z[i];
                laneCost[i] += 0.5 * (zi + Math.abs(zi)) - yb[i] * zi;
            }
        }
        for (int i = 0; i < n; i++) {
            onePlus[i] = 1.0 + Math.abs(t[i]);
        }
        double p0 = 1.0;
        double p1 = 1.0;
        int i = 0;
        for (; i + 1 < n; i += 2) {
            p0 *= onePlus[i];
            p1 *= onePlus[i + 1];
        }
        if (i < n) {
            p0 *= onePlus[i];
        }
        logTerms += n * LN2 - Math.log(p0 * p1);
        int correct = 0;
        for (int k = 0; k < n; k++) {
            // The sign of z is a coin toss from point to point: choose without branching.
            correct += (z[k] > 0 ? 1 : 0) == (int) yb[k] ? 1 : 0;
        }
        return correct;
    }

    /** Σ softplus(z) - y z over the run of blocks whose first was {@code width} points long. */
    double cost(int width) {
        return Lanes.sum(laneCost, width) + logTerms;
    }

    /**
     * The block's gradient, after its forward pass and {@link #output}: into the lanes (set if {@code first}, else
     * added to), and for a layer without lanes dW added to {@code dW} at once.
     *
     * @param w Not modified. The weights the forward pass used.
     * @param dW Modified: the layers without lanes. Shaped as w.
     */
    void backward(DMatrixRMaj[] w, int n, boolean first, DMatrixRMaj[] dW) {
        int out = depth - 1;
        if (classes > 2) {
            // dZ_L = softmax(Z_L) - onehot(Y)   (K x n)
            SoftmaxOutput.delta(f.z[out], n, yb, dZ[out], column);
        } else {
            // dZ_L = sigmoid(Z_L) - Y = (1 + t)/2 - Y
            double[] dzOut = dZ[out][0];
            for (int i = 0; i < n; i++) {
                dzOut[i] = Math.fma(0.5, t[i], 0.5) - yb[i];
            }
        }
        for (int l = out; l >= 0; l--) {
            double[][] input = f.input(l);
            double[][] d = dZ[l];
            int units = w[l].numRows;
            int inputs = w[l].numCols;
            for (int i = 0; i < units; i++) {
                if (laneW[l] == null) {
                    // dW_l[i, :] += dZ_l[i, :] A_{l-1}'
                    for (int j = 0; j < inputs; j++) {
                        dW[l].data[i * inputs + j] += dot(d[i], input[j], n);
                    }
                } else {
                    // lanes of dW_l[i, j] += dZ_l[i, :] * A_{l-1}[j, :]
                    for (int j = 0; j < inputs; j++) {
                        Lanes.addProduct(laneW[l][i * inputs + j], d[i], input[j], n, first);
                    }
                }
                // lanes of db_l[i] += dZ_l[i, :]
                Lanes.add(laneB[l][i], d[i], n, first);
            }
            if (l > 0) {
                // dZ_{l-1} = W_l' dZ_l * g'(Z_{l-1}, A_{l-1})
                RowProducts.combine(w[l], 1, inputs, null, d, units, dZ[l - 1], inputs, n);
                for (int j = 0; j < inputs; j++) {
                    LayeredForward.timesDerivative(f.arch.activation(), f.z[l - 1][j], f.a[l - 1][j], dZ[l - 1][j], n);
                }
            }
        }
    }

    /** Σ_p u[p] v[p] over p < n, in eight interleaved partial sums (the order of {@link Lanes#sum}). */
    private static double dot(double[] u, double[] v, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double s5 = 0;
        double s6 = 0;
        double s7 = 0;
        int p = 0;
        for (; p + 8 <= n; p += 8) {
            s0 += u[p] * v[p];
            s1 += u[p + 1] * v[p + 1];
            s2 += u[p + 2] * v[p + 2];
            s3 += u[p + 3] * v[p + 3];
            s4 += u[p + 4] * v[p + 4];
            s5 += u[p + 5] * v[p + 5];
            s6 += u[p + 6] * v[p + 6];
            s7 += u[p + 7] * v[p + 7];
        }
        for (; p < n; p++) {
            s0 += u[p] * v[p];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /**
     * Adds the lanes' sums of a run of blocks whose first was {@code width} points long to the gradient.
     *
     * @param dW Modified: the layers with lanes. Shaped as the weights.
     * @param db Modified. One column per layer.
     */
    void addSums(int width, DMatrixRMaj[] dW, DMatrixRMaj[] db) {
        for (int l = 0; l < depth; l++) {
            if (laneW[l] != null) {
                double[] g = dW[l].data;
                for (int k = 0; k < dW[l].getNumElements(); k++) {
                    g[k] += Lanes.sum(laneW[l][k], width);
                }
            }
            double[] gb = db[l].data;
            for (int i = 0; i < db[l].numRows; i++) {
                gb[i] += Lanes.sum(laneB[l][i], width);
            }
        }
    }

    /** The sums over one stripe of points: the gradient, the cost and the points on their label's side. */
    static final class Sums {
        final DMatrixRMaj[] dW;
        final DMatrixRMaj[] db;
        double cost;
        int correct;

        Sums(DMatrixRMaj[] w) {
            dW = new DMatrixRMaj[w.length];
            db = new DMatrixRMaj[w.length];
            for (int l = 0; l < w.length; l++) {
                dW[l] = new DMatrixRMaj(w[l].numRows, w[l].numCols);
                db[l] = new DMatrixRMaj(w[l].numRows, 1);
            }
        }

        void zero() {
            for (int l = 0; l < dW.length; l++) {
                CommonOps_DDRM.fill(dW[l], 0);
                CommonOps_DDRM.fill(db[l], 0);
            }
            cost = 0;
            correct = 0;
        }
    }
}
