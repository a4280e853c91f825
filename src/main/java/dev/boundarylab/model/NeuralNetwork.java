package dev.boundarylab.model;

import dev.boundarylab.data.Dataset;

/**
 * The seed's network bound to one data set, trained by full-batch gradient descent on the mean binary
 * cross-entropy. Mutable: it owns its parameters and is meant to be driven by one thread.
 *
 * <p>One {@link #step} is one epoch: a forward pass over every point, the cost of the current parameters,
 * the backward pass, and the update {@code theta -= learningRate * dtheta}. Forward and backward are fused
 * into a single sweep over the points, so a step touches each point once and allocates nothing: all
 * buffers are declared in the constructor.
 *
 * <pre>
 *   Z1 = W1 X + b1          (hidden x m)      A1 = tanh(Z1)
 *   Z2 = W2 A1 + b2         (1 x m)           A2 = sigmoid(Z2)
 *   J  = mean(softplus(Z2) - Y Z2)
 *   dZ2 = A2 - Y            dW2 = dZ2 A1' / m           db2 = sum(dZ2) / m
 *   dZ1 = W2' dZ2 * (1 - A1^2)   dW1 = dZ1 X' / m       db1 = sum(dZ1) / m
 * </pre>
 */
public final class NeuralNetwork {
    private final int hidden;
    private final int m;
    // The data, as columns (m).
    private final double[] x1;
    private final double[] x2;
    private final double[] y;
    // Parameters: W1 as two columns (hidden), b1 (hidden), W2 (hidden), b2.
    private final double[] w1a;
    private final double[] w1b;
    private final double[] b1;
    private final double[] w2;
    private double b2;
    // Workspace: hidden activations of one point (hidden), and the gradient sums (see GRADIENT LAYOUT).
    private final double[] a1;
    private final double[] grad;
    private double lastCost = Double.NaN;
    private int lastCorrect;

    /**
     * Binds a network, starting from {@code initial}, to the points of {@code data}.
     *
     * @throws IllegalArgumentException if the data set is empty
     */
    public NeuralNetwork(Parameters initial, Dataset data) {
        if (data.size() == 0) {
            throw new IllegalArgumentException("the data set has no points to train on");
        }
        this.hidden = initial.hidden();
        this.m = data.size();
        this.x1 = data.x1();
        this.x2 = data.x2();
        this.y = new double[m];
        for (int i = 0; i < m; i++) {
            y[i] = data.label(i);
        }
        this.w1a = new double[hidden];
        this.w1b = new double[hidden];
        this.b1 = new double[hidden];
        this.w2 = new double[hidden];
        this.a1 = new double[hidden];
        this.grad = new double[4 * hidden + 1];
        setParameters(initial);
    }

    /**
     * Replaces the parameters, keeping the data; the hidden size must not change.
     *
     * @throws IllegalArgumentException if {@code p} has another number of hidden units
     */
    public void setParameters(Parameters p) {
        if (p.hidden() != hidden) {
            throw new IllegalArgumentException("parameters have " + p.hidden() + " hidden units; this network has "
                    + hidden);
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
        int h = hidden;
        for (int j = 0; j < h; j++) {
            w1a[j] -= scale * grad[j];
            w1b[j] -= scale * grad[h + j];
            b1[j] -= scale * grad[2 * h + j];
            w2[j] -= scale * grad[3 * h + j];
        }
        b2 -= scale * grad[4 * h];
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
            if (!Double.isFinite(w1a[j]) || !Double.isFinite(w1b[j]) || !Double.isFinite(b1[j])
                    || !Double.isFinite(w2[j])) {
                return false;
            }
        }
        return Double.isFinite(b2);
    }

    /**
     * GRADIENT LAYOUT of {@code grad}, sums over points (not yet divided by m):
     * [0,h) dW1 col 0, [h,2h) dW1 col 1, [2h,3h) db1, [3h,4h) dW2, [4h] db2.
     */
    private void sweep(boolean withGradient) {
        int h = hidden;
        java.util.Arrays.fill(grad, 0.0);
        double db2 = 0;
        double costSum = 0;
        int correct = 0;
        for (int i = 0; i < m; i++) {
            double xi1 = x1[i];
            double xi2 = x2[i];
            // Forward: A1 = tanh(W1 x + b1), Z2 = W2 A1 + b2.
            double z2 = b2;
            for (int j = 0; j < h; j++) {
                double a = Math.tanh(w1a[j] * xi1 + w1b[j] * xi2 + b1[j]);
                a1[j] = a;
                z2 += w2[j] * a;
            }
            double yi = y[i];
            costSum += Loss.softplus(z2) - yi * z2;
            if ((z2 > 0) == (yi > 0.5)) {
                correct++;
            }
            if (!withGradient) {
                continue;
            }
            // Backward: dZ2 = A2 - Y; dZ1 = W2' dZ2 * (1 - A1^2).
            double dz2 = Activation.SIGMOID.apply(z2) - yi;
            db2 += dz2;
            for (int j = 0; j < h; j++) {
                double a = a1[j];
                grad[3 * h + j] += dz2 * a;
                double dz1 = w2[j] * dz2 * (1.0 - a * a);
                grad[j] += dz1 * xi1;
                grad[h + j] += dz1 * xi2;
                grad[2 * h + j] += dz1;
            }
        }
        grad[4 * h] = db2;
        lastCost = costSum / m;
        lastCorrect = correct;
    }
}
