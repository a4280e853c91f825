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
 * cache while its gradient is taken; the parameters and gradients are {@code DMatrixRMaj}, a block is one array per
 * unit, its products are {@link RowProducts} and its sums over the points {@link Lanes} (both written so that C2
 * vectorizes them, which it does not do to {@code CommonOps_DDRM}'s kernels), into workspaces declared in the
 * constructor: a step allocates nothing. A full pass over {@value #PARALLEL_WORK} points x units or more is
 * cut into stripes of consecutive points fixed by the problem, taken by the calling thread and helpers of the common
 * pool ({@link ChunkRunner}), and their sums added in stripe order: the same result for any number of threads.
 * Mini-batches run on the calling thread, one update after the other.
 */
public final class LayeredNetwork implements Trainable {
    /** Points per block. */
    static final int BLOCK = 256;
    /** Points x units (all layers) from which a full pass is shared among threads. */
    static final long PARALLEL_WORK = 100_000;
    /** The most stripes a pass is cut into: each keeps sums of the size of the parameters. */
    static final int MAX_STRIPES = 16;
    /** The fewest points of a stripe. */
    static final int STRIPE_POINTS = 2048;

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
    // A full pass is cut into stripes of consecutive points, fixed by the problem alone; each stripe's sums are
    // taken on their own by whichever thread gets to it, then added in stripe order: the same bits for any number
    // of threads. A small problem is one stripe, swept by the calling thread.
    private final int stripePoints;
    private final LayeredPass.Sums[] stripes;
    private final ChunkRunner<LayeredPass> runner;
    private final ChunkRunner.Task<LayeredPass> forwardOnly = (c, p) -> sweepStripe(c, p, false);
    private final ChunkRunner.Task<LayeredPass> forwardAndBackward = (c, p) -> sweepStripe(c, p, true);
    // The calling thread's workspaces (the mini-batches run on them).
    private final LayeredPass pass;
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
        this(initial, data, defaultThreads());
    }

    /**
     * As the public constructor, with at most {@code threads} threads (the caller included) on a shared pass; the
     * results do not depend on it, which the tests check by comparing 1 thread with several.
     */
    LayeredNetwork(Network initial, Dataset data, int threads) {
        if (data.size() == 0) {
            throw new IllegalArgumentException("the data set has no points to train on");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.arch = initial.architecture();
        this.m = data.size();
        this.x1 = data.x1();
        this.x2 = data.x2();
        this.label = data.labels();
        this.w = initial.copyW();
        this.b = initial.copyB();
        this.depth = w.length;
        LayeredPass.Sums total = new LayeredPass.Sums(w);
        this.dW = total.dW;
        this.db = total.db;
        long units = 0;
        for (int u : arch.widths()) {
            units += u;
        }
        int count = (long) m * units >= PARALLEL_WORK ? Math.max(1, Math.min(MAX_STRIPES, m / STRIPE_POINTS)) : 1;
        this.stripePoints = (m + count - 1) / count;
        count = (m + stripePoints - 1) / stripePoints;
        this.stripes = new LayeredPass.Sums[count];
        for (int c = 0; c < count; c++) {
            stripes[c] = new LayeredPass.Sums(w);
        }
        LayeredPass[] spaces = new LayeredPass[Math.min(threads, count)];
        for (int t = 0; t < spaces.length; t++) {
            spaces[t] = new LayeredPass(arch, BLOCK);
        }
        this.pass = spaces[0];
        this.runner = new ChunkRunner<>(count, spaces);
        this.order = arch.fullBatch(m) ? new int[0] : new int[m];
    }

    private static int defaultThreads() {
        return Math.max(
                1,
                Math.min(
                        Runtime.getRuntime().availableProcessors(),
                        java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1));
    }

    @Override
    public double step(double learningRate) {
        if (arch.fullBatch(m)) {
            // One update from all the points: the pass that takes the gradient also gives J.
            sweep(true);
            update(learningRate, m);
        } else {
            // J of the parameters the epoch starts from, then one update per slice of the epoch's shuffle.
            sweep(false);
            epochs++;
            shuffle.reseed(arch.shuffleSeed() + epochs);
            shuffle.permutation(order, m);
            for (int from = 0; from < m; from += arch.batch()) {
                int mb = Math.min(arch.batch(), m - from);
                for (int l = 0; l < depth; l++) {
                    CommonOps_DDRM.fill(dW[l], 0);
                    CommonOps_DDRM.fill(db[l], 0);
                }
                for (int start = from; start < from + mb; start += BLOCK) {
                    int n = Math.min(BLOCK, from + mb - start);
                    pass.f.gather(x1, x2, order, start, n);
                    pass.labels(label, order, start, n);
                    pass.f.run(w, b, n);
                    pass.output(n, start == from);
                    pass.backward(w, n, start == from, dW);
                }
                pass.addSums(Math.min(BLOCK, mb), dW, db);
                update(learningRate, mb);
            }
        }
        return lastCost;
    }

    @Override
    public double cost() {
        sweep(false);
        return lastCost;
    }

    /** A pass over all the points, stripe by stripe: J and the accuracy, and with {@code withGradient} dW, db. */
    private void sweep(boolean withGradient) {
        runner.run(withGradient ? forwardAndBackward : forwardOnly);
        // Stripe sums in stripe order, whichever thread made them.
        double sum = 0;
        int correct = 0;
        if (withGradient) {
            for (int l = 0; l < depth; l++) {
                CommonOps_DDRM.fill(dW[l], 0);
                CommonOps_DDRM.fill(db[l], 0);
            }
        }
        for (LayeredPass.Sums s : stripes) {
            if (withGradient) {
                for (int l = 0; l < depth; l++) {
                    CommonOps_DDRM.addEquals(dW[l], s.dW[l]);
                    CommonOps_DDRM.addEquals(db[l], s.db[l]);
                }
            }
            sum += s.cost;
            correct += s.correct;
        }
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
        lastCost = sum / m + arch.l2() / (2.0 * m) * squares;
        lastCorrect = correct;
    }

    private void sweepStripe(int c, LayeredPass p, boolean withGradient) {
        LayeredPass.Sums s = stripes[c];
        s.zero();
        int from = c * stripePoints;
        int to = Math.min(m, from + stripePoints);
        for (int start = from; start < to; start += BLOCK) {
            int n = Math.min(BLOCK, to - start);
            // The first block, the longest, sets every lane in use; the others add to them.
            boolean first = start == from;
            p.f.load(x1, x2, start, n);
            p.labels(label, null, start, n);
            p.f.run(w, b, n);
            s.correct += p.output(n, first);
            if (withGradient) {
                p.backward(w, n, first, s.dW);
            }
        }
        int width = Math.min(BLOCK, to - from);
        s.cost = p.cost(width);
        if (withGradient) {
            p.addSums(width, s.dW, s.db);
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
    public void setEpochsTrained(long trained) {
        if (trained < 0) {
            throw new IllegalArgumentException("epochs trained must be 0 or more, got " + trained);
        }
        epochs = trained;
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
