package dev.boundarylab.model;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * One thread's part of a pass of {@link LayeredNetwork} over the points, a block at a time: the block's forward
 * workspaces, its labels and dZ of each layer, and the cost, accuracy and backward pass of a block. Not
 * thread-safe: one per thread.
 */
final class LayeredPass {
    final LayeredForward f;
    // dZ[l] of the block (n_l x n).
    private final DMatrixRMaj[] dZ;
    // The block's labels, as 0/1 doubles (class numbers for K classes).
    private final double[] yb;
    private final int depth;
    // The classes of the output: 2 for one sigmoid unit, K > 2 for K softmax units (SoftmaxOutput), and a point's
    // K logits.
    private final int classes;
    private final double[] column;

    LayeredPass(Architecture arch, int capacity) {
        this.f = new LayeredForward(arch, capacity);
        this.depth = f.depth;
        int[] widths = arch.widths();
        this.dZ = new DMatrixRMaj[depth];
        for (int l = 0; l < depth; l++) {
            dZ[l] = new DMatrixRMaj(widths[l], capacity);
        }
        this.yb = new double[capacity];
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
     * Σ softplus(z) - y z over the block, from the output logits of the last forward pass; for K classes
     * Σ -log p_y of their softmax.
     */
    double cost(int n) {
        if (classes > 2) {
            return SoftmaxOutput.cost(f.z[depth - 1].data, classes, n, yb, column);
        }
        double[] z = f.z[depth - 1].data;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Loss.crossEntropy(z[i], (int) yb[i]);
        }
        return sum;
    }

    /**
     * How many of the block's points are on their label's side (a logit above 0 means class 1); for K classes
     * whose most probable class is their own.
     */
    int correct(int n) {
        if (classes > 2) {
            return SoftmaxOutput.correct(f.z[depth - 1].data, classes, n, yb, column);
        }
        double[] z = f.z[depth - 1].data;
        int correct = 0;
        for (int i = 0; i < n; i++) {
            correct += (z[i] > 0 ? 1 : 0) == (int) yb[i] ? 1 : 0;
        }
        return correct;
    }

    /**
     * Adds the block's gradient sums to {@code dW} and {@code db}, after its forward pass.
     *
     * @param w Not modified. The weights the forward pass used.
     * @param dW Modified. Shaped as w.
     * @param db Modified. One column per layer.
     */
    void backward(DMatrixRMaj[] w, int n, DMatrixRMaj[] dW, DMatrixRMaj[] db) {
        int out = depth - 1;
        double[] z = f.z[out].data;
        if (classes > 2) {
            // dZ_L = softmax(Z_L) - onehot(Y)   (K x n)
            dZ[out].reshape(classes, n);
            SoftmaxOutput.delta(z, classes, n, yb, dZ[out].data, column);
        } else {
            // dZ_L = sigmoid(Z_L) - Y
            dZ[out].reshape(1, n);
            double[] dz = dZ[out].data;
            for (int i = 0; i < n; i++) {
                dz[i] = Elementary.sigmoid(z[i]) - yb[i];
            }
        }
        for (int l = out; l >= 0; l--) {
            // dW_l += dZ_l A_{l-1}'
            CommonOps_DDRM.multAddTransB(dZ[l], f.input(l), dW[l]);
            // db_l += rowsum(dZ_l)
            double[] d = dZ[l].data;
            for (int j = 0; j < dZ[l].numRows; j++) {
                double s = 0;
                int row = j * n;
                for (int i = 0; i < n; i++) {
                    s += d[row + i];
                }
                db[l].data[j] += s;
            }
            if (l > 0) {
                // dZ_{l-1} = W_l' dZ_l * g'(Z_{l-1}, A_{l-1})
                CommonOps_DDRM.multTransA(w[l], dZ[l], dZ[l - 1]);
                LayeredForward.timesDerivative(
                        f.arch.activation(), f.z[l - 1].data, f.a[l - 1].data, dZ[l - 1].data, dZ[l - 1].numRows * n);
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
