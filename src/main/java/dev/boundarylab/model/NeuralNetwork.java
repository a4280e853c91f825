package dev.boundarylab.model;

import dev.boundarylab.data.Dataset;
import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;

/**
 * The seed's network bound to one data set, trained by full-batch gradient descent on the mean binary
 * cross-entropy. Mutable: it owns its parameters and is meant to be driven by one thread.
 *
 * <p>One {@link #step} is one epoch: a forward pass over every point, the cost of the current parameters,
 * the backward pass, and the update {@code theta -= learningRate * dtheta}. Forward and backward run block by
 * block over the points, so a block of activations is still in cache when its gradient is taken, and a step
 * allocates nothing: all buffers are declared in the constructor.
 *
 * <pre>
 *   Z1 = W1 X + b1          (hidden x m)      A1 = tanh(Z1)
 *   Z2 = W2 A1 + b2         (1 x m)           A2 = sigmoid(Z2)
 *   J  = mean(softplus(Z2) - Y Z2)
 *   dZ2 = A2 - Y            dW2 = dZ2 A1' / m           db2 = sum(dZ2) / m
 *   dZ1 = W2' dZ2 * (1 - A1^2)   dW1 = dZ1 X' / m       db1 = sum(dZ1) / m
 * </pre>
 *
 * <p>On large problems (points x hidden units at least {@value #PARALLEL_WORK}) the points are cut into fixed
 * chunks of {@value #CHUNK_POINTS}; each chunk's sums are taken on their own, by whichever thread gets to the
 * chunk (the calling thread and tasks of the common fork-join pool), and the chunk sums are then added in chunk
 * order. The cut depends only on the problem, so the result is the same bit for bit whatever the number of
 * threads. Smaller problems are one chunk, swept by the calling thread alone.
 */
public final class NeuralNetwork {
    /** Points x hidden units from which a sweep is shared among threads. */
    static final long PARALLEL_WORK = 200_000;
    /** Points per chunk on the shared path: small enough to balance two busy cores, large enough to be cheap. */
    static final int CHUNK_POINTS = 1024;
    /**
     * The most points per block (a multiple of 4). A chunk is cut into blocks of equal size, at most this: long
     * enough that C2 vectorizes the loops over a block eight doubles wide (it chooses four for loops that run 64
     * times or so), short enough that a block of activations (hidden x BLOCK) stays in the second-level cache.
     */
    static final int BLOCK = 256;

    private static final double LN2 = Math.log(2.0);
    private final int hidden;
    private final int m;
    // The data, as columns (m).
    private final double[] x1;
    private final double[] x2;
    private final double[] y;
    private final int[] label;
    // Parameters: W1 as two columns (hidden), b1 (hidden), W2 (hidden), b2.
    private final double[] w1a;
    private final double[] w1b;
    private final double[] b1;
    private final double[] w2;
    private double b2;
    // One set of sums per chunk of points; chunk c covers points [c * chunkPoints, (c + 1) * chunkPoints).
    private final int chunkPoints;
    private final ChunkSums[] chunks;
    // Who sweeps the chunks: the calling thread alone, or with helpers of the common pool, each with a workspace.
    private final ChunkRunner<Workspace> runner;
    private final ChunkRunner.Task<Workspace> forwardOnly = (c, w) -> sweepChunk(c, w, false);
    private final ChunkRunner.Task<Workspace> forwardAndBackward = (c, w) -> sweepChunk(c, w, true);
    // The sums over all points (see GRADIENT LAYOUT in sweep).
    private final double[] dW1a;
    private final double[] dW1b;
    private final double[] db1;
    private final double[] dW2;
    private double db2;
    private double lastCost = Double.NaN;
    private int lastCorrect;

    /**
     * Binds a network, starting from {@code initial}, to the points of {@code data}.
     *
     * @throws IllegalArgumentException if the data set is empty
     */
    public NeuralNetwork(Parameters initial, Dataset data) {
        this(initial, data, defaultThreads());
    }

    /**
     * As the public constructor, with at most {@code threads} threads (the caller included) on the shared path;
     * the results do not depend on it, which the tests check by comparing 1 thread with several.
     */
    NeuralNetwork(Parameters initial, Dataset data, int threads) {
        if (data.size() == 0) {
            throw new IllegalArgumentException("the data set has no points to train on");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.hidden = initial.hidden();
        this.m = data.size();
        this.x1 = data.x1();
        this.x2 = data.x2();
        this.label = data.labels();
        this.y = new double[m];
        for (int i = 0; i < m; i++) {
            y[i] = label[i];
        }
        this.w1a = new double[hidden];
        this.w1b = new double[hidden];
        this.b1 = new double[hidden];
        this.w2 = new double[hidden];
        this.dW1a = new double[hidden];
        this.dW1b = new double[hidden];
        this.db1 = new double[hidden];
        this.dW2 = new double[hidden];
        this.chunkPoints = (long) m * hidden >= PARALLEL_WORK ? CHUNK_POINTS : m;
        int count = (m + chunkPoints - 1) / chunkPoints;
        this.chunks = new ChunkSums[count];
        for (int c = 0; c < count; c++) {
            chunks[c] = new ChunkSums(hidden);
        }
        Workspace[] spaces = new Workspace[Math.min(threads, count)];
        for (int t = 0; t < spaces.length; t++) {
            spaces[t] = new Workspace(hidden);
        }
        this.runner = new ChunkRunner<>(count, spaces);
        setParameters(initial);
    }

    private static int defaultThreads() {
        return Math.max(
                1, Math.min(Runtime.getRuntime().availableProcessors(), ForkJoinPool.getCommonPoolParallelism() + 1));
    }

    /**
     * Replaces the parameters, keeping the data; the hidden size must not change.
     *
     * @throws IllegalArgumentException if {@code p} has another number of hidden units
     */
    public void setParameters(Parameters p) {
        if (p.hidden() != hidden) {
            throw new IllegalArgumentException(
                    "parameters have " + p.hidden() + " hidden units; this network has " + hidden);
        }
        for (int j = 0; j < hidden; j++) {
            w1a[j] = p.w1(j, 0);
            w1b[j] = p.w1(j, 1);
            b1[j] = p.b1(j);
            w2[j] = p.w2(j);
        }
        b2 = p.b2();
        lastCost = Double.NaN;
    }

    /**
     * Copies the current parameters into {@code theta}, laid out as W1 column 0, W1 column 1, b1, W2 (hidden each)
     * and b2; allocates nothing, so a trainer can keep a checkpoint of every epoch.
     *
     * @param theta Modified. Holds the parameters afterwards; length {@code 4 * hidden() + 1}.
     */
    public void saveParameters(double[] theta) {
        int h = hidden;
        checkFlatLength(theta);
        System.arraycopy(w1a, 0, theta, 0, h);
        System.arraycopy(w1b, 0, theta, h, h);
        System.arraycopy(b1, 0, theta, 2 * h, h);
        System.arraycopy(w2, 0, theta, 3 * h, h);
        theta[4 * h] = b2;
    }

    /**
     * Puts back parameters saved by {@link #saveParameters}; allocates nothing.
     *
     * @param theta Not modified. Parameters in the layout of {@link #saveParameters}.
     */
    public void restoreParameters(double[] theta) {
        int h = hidden;
        checkFlatLength(theta);
        System.arraycopy(theta, 0, w1a, 0, h);
        System.arraycopy(theta, h, w1b, 0, h);
        System.arraycopy(theta, 2 * h, b1, 0, h);
        System.arraycopy(theta, 3 * h, w2, 0, h);
        b2 = theta[4 * h];
        lastCost = Double.NaN;
    }

    private void checkFlatLength(double[] theta) {
        if (theta.length != 4 * hidden + 1) {
            throw new IllegalArgumentException("parameter buffer has length " + theta.length + "; a network of "
                    + hidden + " hidden units needs " + (4 * hidden + 1));
        }
    }

    /** The number of hidden units. */
    public int hidden() {
        return hidden;
    }

    /** The number of training points. */
    public int size() {
        return m;
    }

    /**
     * One epoch of gradient descent. Returns the cost of the parameters before the update, which is also
     * available afterwards as {@link #lastCost()}; {@link #lastAccuracy()} is the accuracy of those
     * parameters. Allocates nothing.
     */
    public double step(double learningRate) {
        sweep(true);
        double scale = learningRate / m;
        for (int j = 0; j < hidden; j++) {
            w1a[j] -= scale * dW1a[j];
            w1b[j] -= scale * dW1b[j];
            b1[j] -= scale * db1[j];
            w2[j] -= scale * dW2[j];
        }
        b2 -= scale * db2;
        return lastCost;
    }

    /** The cost of the current parameters (a forward pass, no update). */
    public double cost() {
        sweep(false);
        return lastCost;
    }

    /** The cost computed by the last {@link #step} or {@link #cost} call, NaN before any. */
    public double lastCost() {
        return lastCost;
    }

    /** The share of points classified correctly by the parameters the last sweep saw. */
    public double lastAccuracy() {
        return (double) lastCorrect / m;
    }

    /** The share of points the current parameters classify correctly (output above 0.5 means class 1). */
    public double accuracy() {
        sweep(false);
        return lastAccuracy();
    }

    /** An immutable copy of the current parameters. */
    public Parameters parameters() {
        double[][] w1 = new double[hidden][];
        for (int j = 0; j < hidden; j++) {
            w1[j] = new double[] {w1a[j], w1b[j]};
        }
        return new Parameters(w1, b1, w2, b2);
    }

    /**
     * Whether every parameter is still a finite number (a too large learning rate can make them overflow).
     */
    public boolean parametersFinite() {
        double s = b2;
        for (int j = 0; j < hidden; j++) {
            s += w1a[j] + w1b[j] + b1[j] + w2[j];
        }
        return Double.isFinite(s) || allFiniteSlow();
    }

    private boolean allFiniteSlow() {
        // A sum can overflow while each term is finite; check one by one before calling it non-finite.
        for (int j = 0; j < hidden; j++) {
            if (!Double.isFinite(w1a[j])
                    || !Double.isFinite(w1b[j])
                    || !Double.isFinite(b1[j])
                    || !Double.isFinite(w2[j])) {
                return false;
            }
        }
        return Double.isFinite(b2);
    }

    /**
     * GRADIENT LAYOUT: {@code dW1a}, {@code dW1b} are the columns of dW1, then {@code db1}, {@code dW2} (hidden
     * each) and {@code db2}; all are sums over the points, not yet divided by m.
     */
    private void sweep(boolean withGradient) {
        runner.run(withGradient ? forwardAndBackward : forwardOnly);
        // Chunk sums in chunk order, whichever thread made them: the same result for any number of threads.
        Arrays.fill(dW1a, 0.0);
        Arrays.fill(dW1b, 0.0);
        Arrays.fill(db1, 0.0);
        Arrays.fill(dW2, 0.0);
        double db2Sum = 0;
        double costSum = 0;
        int correct = 0;
        for (ChunkSums s : chunks) {
            if (withGradient) {
                for (int j = 0; j < hidden; j++) {
                    dW1a[j] += s.dW1a[j];
                    dW1b[j] += s.dW1b[j];
                    db1[j] += s.db1[j];
                    dW2[j] += s.dW2[j];
                }
                db2Sum += s.db2;
            }
            costSum += s.cost;
            correct += s.correct;
        }
        db2 = db2Sum;
        lastCost = costSum / m;
        lastCorrect = correct;
    }

    /**
     * Forward and backward over the points of chunk {@code c}, block by block, into that chunk's sums.
     *
     * <p>Every loop over the points of a block indexes all its arrays from 0 (the block's coordinates are copied
     * to the workspace first), so the JIT turns the loops into vector instructions. The sums over the points are
     * kept per position in the block (the LANES) and added up once, at the end of the chunk: no loop carries a
     * sum from one point to the next, and the order of additions is fixed by the chunk alone. The three stages
     * are methods of their own, each a few loops: C2 vectorizes the loops of a small method, and in one method
     * holding all of them it gave up on some (the backward loop ran scalar).
     */
    private void sweepChunk(int c, Workspace w, boolean withGradient) {
        ChunkSums s = chunks[c];
        int from = c * chunkPoints;
        int to = Math.min(m, from + chunkPoints);
        int blocks = (to - from + BLOCK - 1) / BLOCK;
        int blockSize = (to - from + blocks - 1) / blocks;
        // The lanes in use.
        int width = blockSize;
        double logTerms = 0;
        int correct = 0;
        for (int start = from; start < to; start += blockSize) {
            int n = Math.min(blockSize, to - start);
            System.arraycopy(x1, start, w.x1, 0, n);
            System.arraycopy(x2, start, w.x2, 0, n);
            System.arraycopy(y, start, w.y, 0, n);
            // The first block, the longest, sets every lane in use; the others add to them.
            boolean first = start == from;
            forward(w, n);
            logTerms += output(w, n, first);
            correct += correct(w.z2, label, start, n);
            if (withGradient) {
                backward(w, n, first);
            }
        }
        if (withGradient) {
            for (int j = 0; j < hidden; j++) {
                s.dW2[j] = Lanes.sum(w.laneW2[j], width);
                s.dW1a[j] = Lanes.sum(w.laneW1a[j], width);
                s.dW1b[j] = Lanes.sum(w.laneW1b[j], width);
                s.db1[j] = Lanes.sum(w.laneB1[j], width);
            }
        }
        s.db2 = withGradient ? Lanes.sum(w.laneB2, width) : 0.0;
        s.cost = Lanes.sum(w.laneCost, width) + logTerms;
        s.correct = correct;
    }

    /** Z1 = W1 X + b1, A1 = tanh(Z1) and Z2 = W2 A1 + b2 over the block: the network's one forward pass. */
    private void forward(Workspace w, int n) {
        Forward.logits(hidden, w1a, w1b, b1, w2, b2, w.x1, w.x2, n, w.a1, w.z2);
    }

    /**
     * The output of the block: dZ2 = A2 - Y into the workspace, and the cost and dZ2 into their lanes; returns the
     * block's part of the cost that is not in the lanes (its logs).
     *
     * <p>With t = tanh(z2/2): sigmoid(z2) = (1 + t)/2, and 1 + e^-|z2| = 2/(1 + |t|), so softplus(z2) =
     * max(z2, 0) + log(1 + e^-|z2|) = max(z2, 0) + log 2 - log(1 + |t|). The tanh of the block is one vectorized
     * call, and the loop after it is branch-free arithmetic the JIT vectorizes too. Only the logs stay scalar,
     * taken at once for the block as the log of the product of its (1 + |t|) (at most 2^BLOCK): one log per block
     * instead of one per point. Like numpy's cost, this is exact to about 1e-16 per point in absolute terms (so a
     * point classified with a margin beyond about 37 adds 0).
     */
    private static double output(Workspace w, int n, boolean first) {
        double[] z2 = w.z2;
        double[] t = w.t;
        double[] yb = w.y;
        double[] dz2 = w.dz2;
        double[] onePlus = w.onePlus;
        double[] laneCost = w.laneCost;
        double[] laneB2 = w.laneB2;
        for (int i = 0; i < n; i++) {
            t[i] = Elementary.tanh(0.5 * z2[i]);
        }
        // One array written per loop, as C2 17 vectorizes only such loops (see backward).
        // (z + |z|)/2 is max(z, 0) exactly, in arithmetic the JIT vectorizes.
        if (first) {
            for (int i = 0; i < n; i++) {
                double z = z2[i];
                laneCost[i] = 0.5 * (z + Math.abs(z)) - yb[i] * z;
            }
        } else {
            for (int i = 0; i < n; i++) {
                double z = z2[i];
                laneCost[i] += 0.5 * (z + Math.abs(z)) - yb[i] * z;
            }
        }
        for (int i = 0; i < n; i++) {
            onePlus[i] = 1.0 + Math.abs(t[i]);
        }
        for (int i = 0; i < n; i++) {
            dz2[i] = Math.fma(0.5, t[i], 0.5) - yb[i];
        }
        Lanes.add(laneB2, dz2, n, first);
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
        return n * LN2 - Math.log(p0 * p1);
    }

    /** How many of the block's points are classified as labelled (z2 above 0 means class 1). */
    private static int correct(double[] z2, int[] label, int start, int n) {
        int correct = 0;
        for (int i = 0; i < n; i++) {
            // The sign of z2 is a coin toss from point to point: choose without branching.
            int predicted = z2[i] > 0 ? 1 : 0;
            correct += 1 - (predicted ^ label[start + i]);
        }
        return correct;
    }

    /**
     * dZ1 = W2' dZ2 * (1 - A1^2), dW1 = dZ1 X' and dW2 = dZ2 A1' over the block, into the lanes. One loop per lane
     * array: C2 17 vectorizes a loop that updates one array, not one that updates several (it cannot tell that
     * they do not overlap).
     */
    private void backward(Workspace w, int n, boolean first) {
        double[] xb1 = w.x1;
        double[] xb2 = w.x2;
        double[] dz2 = w.dz2;
        double[] dz1 = w.dz1;
        for (int j = 0; j < hidden; j++) {
            double vj = w2[j];
            double[] a1 = w.a1[j];
            for (int i = 0; i < n; i++) {
                double a = a1[i];
                dz1[i] = vj * dz2[i] * (1.0 - a * a);
            }
            Lanes.addProduct(w.laneW2[j], dz2, a1, n, first);
            Lanes.addProduct(w.laneW1a[j], dz1, xb1, n, first);
            Lanes.addProduct(w.laneW1b[j], dz1, xb2, n, first);
            Lanes.add(w.laneB1[j], dz1, n, first);
        }
    }

    /** The sums over one chunk of points. */
    private static final class ChunkSums {
        final double[] dW1a;
        final double[] dW1b;
        final double[] db1;
        final double[] dW2;
        double db2;
        double cost;
        int correct;

        ChunkSums(int hidden) {
            dW1a = new double[hidden];
            dW1b = new double[hidden];
            db1 = new double[hidden];
            dW2 = new double[hidden];
        }
    }

    /**
     * One thread's buffers: the block's coordinates and labels, A1 by unit (hidden x BLOCK), Z2, tanh(Z2/2), the
     * (1 + |t|) whose logs make the cost, dZ2, dZ1 of one unit, and the LANES: the sums by position in the block of
     * the cost, of dZ2 and, by unit, of the gradient (hidden x BLOCK each).
     */
    private static final class Workspace {
        final double[] x1 = new double[BLOCK];
        final double[] x2 = new double[BLOCK];
        final double[] dz1 = new double[BLOCK];
        final double[] z2 = new double[BLOCK];
        final double[] dz2 = new double[BLOCK];
        final double[] y = new double[BLOCK];
        final double[] t = new double[BLOCK];
        final double[] onePlus = new double[BLOCK];
        final double[] laneCost = new double[BLOCK];
        final double[] laneB2 = new double[BLOCK];
        final double[][] a1;
        final double[][] laneW1a;
        final double[][] laneW1b;
        final double[][] laneB1;
        final double[][] laneW2;

        Workspace(int hidden) {
            a1 = new double[hidden][BLOCK];
            laneW1a = new double[hidden][BLOCK];
            laneW1b = new double[hidden][BLOCK];
            laneB1 = new double[hidden][BLOCK];
            laneW2 = new double[hidden][BLOCK];
        }
    }
}
