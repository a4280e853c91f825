package dev.boundarylab.model;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.data.LegacyNumpyRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.MatrixFeatures_DDRM;

/**
 * A network of any {@link Architecture} bound to one data set, trained by gradient descent on EJML, by the
 * course's conventions (those of {@code numpy_network.py}). Mutable, for one thread.
 *
 * <pre>
 *   forward      Z_l = W_l A_{l-1} + b_l,  A_l = g(Z_l);  output z = Z_L, p = sigmoid(z)
 *   objective    J = mean(softplus(z) - y z) + λ/(2m) Σ_l ||W_l||²     (m the training points)
 *   backward     dZ_L = p - y
 *                dW_l = dZ_l A_{l-1}' / mb + (λ/m) W_l,   db_l = rowsum(dZ_l) / mb
 *                dZ_{l-1} = W_l' dZ_l * g'(Z_{l-1}, A_{l-1})
 *   update       W_l -= rate dW_l,   b_l -= rate db_l
 *   batches      full batch, or epoch e = 1, 2, ... takes RandomState(shuffleSeed + e).permutation(m) in
 *                consecutive slices of the batch size (the last smaller), one update per slice (mb its size)
 * </pre>
 *
 * <p>Every pass runs block by block over the points ({@value #BLOCK} at a time), so a block's activations stay in
 * cache while its gradient is taken; the products are {@code CommonOps_DDRM} calls into workspaces declared in the
 * constructor, and a step allocates nothing.
 */
public final class LayeredNetwork implements Trainable {
    /** Points per block. */
    static final int BLOCK = 256;

    private final Architecture arch;
    private final int depth;
    private final int m;
    // The data: coordinates and labels (m).
    private final double[] x1;
    private final double[] x2;
    private final int[] label;
    // Parameters: W[l] (n_l x n_{l-1}), b[l] (n_l x 1).
    private final DMatrixRMaj[] w;
    private final DMatrixRMaj[] b;
    // Gradient sums over the points of one update: dW[l], db[l], shaped as W[l], b[l].
    private final DMatrixRMaj[] dW;
    private final DMatrixRMaj[] db;
    // dZ[l] of the block (n_l x n).
    private final DMatrixRMaj[] dZ;
    private final LayeredForward f;
    // The block's labels, as 0/1 doubles.
    private final double[] yb = new double[BLOCK];
    // The shuffle of the epoch (m) and its generator, reseeded each epoch.
    private final int[] order;
    private final LegacyNumpyRandom shuffle = new LegacyNumpyRandom(0);
    private long epochs;
    private double lastCost = Double.NaN;
    private int lastCorrect;

    /**
     * Binds a network, starting from {@code initial}, to the points of {@code data}.
     *
     * @throws IllegalArgumentException if the data set is empty
     */
    public LayeredNetwork(Network initial, Dataset data) {
        if (data.size() == 0) {
            throw new IllegalArgumentException("the data set has no points to train on");
        }
        this.arch = initial.architecture();
        this.m = data.size();
        this.x1 = data.x1();
        this.x2 = data.x2();
        this.label = data.labels();
        this.w = initial.copyW();
        this.b = initial.copyB();
        this.depth = w.length;
        this.dW = new DMatrixRMaj[depth];
        this.db = new DMatrixRMaj[depth];
        this.dZ = new DMatrixRMaj[depth];
        for (int l = 0; l < depth; l++) {
            dW[l] = new DMatrixRMaj(w[l].numRows, w[l].numCols);
            db[l] = new DMatrixRMaj(b[l].numRows, 1);
            dZ[l] = new DMatrixRMaj(w[l].numRows, BLOCK);
        }
        this.f = new LayeredForward(arch, BLOCK);
        this.order = arch.fullBatch(m) ? new int[0] : new int[m];
    }

    @Override
    public double step(double learningRate) {
        if (arch.fullBatch(m)) {
            // One update from all the points: the pass that takes the gradient also gives J.
            zeroGradient();
            double sum = 0;
            int correct = 0;
            for (int start = 0; start < m; start += BLOCK) {
                int n = Math.min(BLOCK, m - start);
                f.load(x1, x2, start, n);
                loadLabels(null, start, n);
                f.run(w, b, n);
                sum += blockCost(n);
                correct += blockCorrect(n);
                backward(n);
            }
            finishCost(sum, correct);
            update(learningRate, m);
        } else {
            // J of the parameters the epoch starts from, then one update per slice of the epoch's shuffle.
            cost();
            epochs++;
            shuffle.reseed(arch.shuffleSeed() + epochs);
            shuffle.permutation(order, m);
            for (int from = 0; from < m; from += arch.batch()) {
                int mb = Math.min(arch.batch(), m - from);
                zeroGradient();
                for (int start = from; start < from + mb; start += BLOCK) {
                    int n = Math.min(BLOCK, from + mb - start);
                    f.gather(x1, x2, order, start, n);
                    loadLabels(order, start, n);
                    f.run(w, b, n);
                    backward(n);
                }
                update(learningRate, mb);
            }
        }
        return lastCost;
    }

    @Override
    public double cost() {
        double sum = 0;
        int correct = 0;
        for (int start = 0; start < m; start += BLOCK) {
            int n = Math.min(BLOCK, m - start);
            f.load(x1, x2, start, n);
            loadLabels(null, start, n);
            f.run(w, b, n);
            sum += blockCost(n);
            correct += blockCorrect(n);
        }
        finishCost(sum, correct);
        return lastCost;
    }

    private void finishCost(double crossEntropySum, int correct) {
        // J = mean cost + λ/(2m) Σ ||W_l||²
        double squares = 0;
        if (arch.l2() > 0) {
            for (DMatrixRMaj wl : w) {
                double[] wd = wl.data;
                for (int k = 0; k < wl.getNumElements(); k++) {
                    squares += wd[k] * wd[k];
                }
            }
        }
        lastCost = crossEntropySum / m + arch.l2() / (2.0 * m) * squares;
        lastCorrect = correct;
    }

    private void loadLabels(int[] index, int from, int n) {
        for (int i = 0; i < n; i++) {
            yb[i] = label[index == null ? from + i : index[from + i]];
        }
    }

    /** Σ softplus(z) - y z over the block, from the output logits. */
    private double blockCost(int n) {
        double[] z = f.z[depth - 1].data;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Loss.crossEntropy(z[i], (int) yb[i]);
        }
        return sum;
    }

    private int blockCorrect(int n) {
        double[] z = f.z[depth - 1].data;
        int correct = 0;
        for (int i = 0; i < n; i++) {
            correct += (z[i] > 0 ? 1 : 0) == (int) yb[i] ? 1 : 0;
        }
        return correct;
    }

    private void zeroGradient() {
        for (int l = 0; l < depth; l++) {
            CommonOps_DDRM.fill(dW[l], 0);
            CommonOps_DDRM.fill(db[l], 0);
        }
    }

    /** Adds the block's gradient sums to dW and db. */
    private void backward(int n) {
        int out = depth - 1;
        // dZ_L = sigmoid(Z_L) - Y
        dZ[out].reshape(1, n);
        double[] z = f.z[out].data;
        double[] dz = dZ[out].data;
        for (int i = 0; i < n; i++) {
            dz[i] = Elementary.sigmoid(z[i]) - yb[i];
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
                        arch.activation(), f.z[l - 1].data, f.a[l - 1].data, dZ[l - 1].data, dZ[l - 1].numRows * n);
            }
        }
    }

    /** W_l -= rate (dW_l / mb + (λ/m) W_l), b_l -= rate db_l / mb. */
    private void update(double rate, int mb) {
        double decay = arch.l2() / m;
        for (int l = 0; l < depth; l++) {
            double[] wd = w[l].data;
            double[] gd = dW[l].data;
            int len = w[l].getNumElements();
            for (int k = 0; k < len; k++) {
                wd[k] -= rate * (gd[k] / mb + decay * wd[k]);
            }
            double[] bd = b[l].data;
            double[] gb = db[l].data;
            for (int j = 0; j < bd.length; j++) {
                bd[j] -= rate * (gb[j] / mb);
            }
        }
    }

    @Override
    public double lastCost() {
        return lastCost;
    }

    @Override
    public double lastAccuracy() {
        return (double) lastCorrect / m;
    }

    @Override
    public int size() {
        return m;
    }

    /** The epochs trained so far; the next one shuffles with {@code shuffleSeed + epochs + 1}. */
    public long epochs() {
        return epochs;
    }

    @Override
    public int parameterCount() {
        int count = 0;
        for (int l = 0; l < depth; l++) {
            count += w[l].getNumElements() + b[l].getNumElements();
        }
        return count + 1;
    }

    /** Layout: W_0, b_0, W_1, b_1, ... row by row, then the epochs trained (the shuffle's place). */
    @Override
    public void saveParameters(double[] theta) {
        checkLength(theta);
        int k = 0;
        for (int l = 0; l < depth; l++) {
            int nw = w[l].getNumElements();
            System.arraycopy(w[l].data, 0, theta, k, nw);
            k += nw;
            System.arraycopy(b[l].data, 0, theta, k, b[l].numRows);
            k += b[l].numRows;
        }
        theta[k] = epochs;
    }

    @Override
    public void restoreParameters(double[] theta) {
        checkLength(theta);
        int k = 0;
        for (int l = 0; l < depth; l++) {
            int nw = w[l].getNumElements();
            System.arraycopy(theta, k, w[l].data, 0, nw);
            k += nw;
            System.arraycopy(theta, k, b[l].data, 0, b[l].numRows);
            k += b[l].numRows;
        }
        epochs = (long) theta[k];
        lastCost = Double.NaN;
    }

    private void checkLength(double[] theta) {
        if (theta.length != parameterCount()) {
            throw new IllegalArgumentException(
                    "parameter buffer has length " + theta.length + "; this network needs " + parameterCount());
        }
    }

    @Override
    public boolean parametersFinite() {
        for (int l = 0; l < depth; l++) {
            if (MatrixFeatures_DDRM.hasUncountable(w[l]) || MatrixFeatures_DDRM.hasUncountable(b[l])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Network network() {
        return Network.copyOf(arch, w, b);
    }
}
