package dev.boundarylab.render;

import dev.boundarylab.model.Classifier;
import dev.boundarylab.model.Parameters;

/**
 * A model's probability of class 1 sampled on a grid of {@code columns x rows} cells over a {@link Viewport}: the
 * picture behind a decision boundary. Sample (c, r) sits at the centre of its cell, so a grid with one cell per
 * pixel samples every pixel centre; row 0 is the top of the picture (largest x2), as in an image raster.
 *
 * <p>Mutable and meant to be reused: the buffers grow to the largest grid asked for and are never reallocated
 * for a grid of that size or smaller, so evaluating 60 times a second allocates nothing. Not thread-safe.
 *
 * <p>For {@link Parameters} (the network) the grid is computed by a fast path that does not call the model per
 * point: W1, b1, W2 are copied once into float arrays, the pre-activation {@code W1[j][1] x2 + b1[j]} is computed
 * once per row, and tanh is a rational approximation in float arithmetic (absolute error below 4e-7), with the
 * sigmoid written as {@code (1 + tanh(z / 2)) / 2}. The result differs from {@link Parameters#probability} by
 * about 1e-6, which is invisible in a pixel: this path exists only to draw pictures, never to report numbers.
 * Any other {@link Classifier} is asked for its {@link Classifier#probability} at every sample.
 */
public final class DecisionSurface {
    private float[] values = new float[0];
    private int columns;
    private int rows;
    private Viewport viewport;
    // Fast-path workspace: sample abscissae and the logit of one row (columns), the network as floats (hidden).
    private float[] xs = new float[0];
    private float[] z2 = new float[0];
    private float[] w1a = new float[0];
    private float[] w1b = new float[0];
    private float[] b1 = new float[0];
    private float[] w2 = new float[0];

    /** An empty surface; {@link #evaluate} sizes it. */
    public DecisionSurface() {
    }

    /**
     * Samples {@code model}'s probability of class 1 at the centres of a {@code columns x rows} grid over
     * {@code view}, replacing the previous values.
     *
     * @throws IllegalArgumentException if the grid is empty or larger than 2^26 cells
     */
    public void evaluate(Classifier model, Viewport view, int columns, int rows) {
        if (model == null || view == null) {
            throw new IllegalArgumentException("a decision surface needs a model and a viewport, got model " + model
                    + " and viewport " + view);
        }
        if (columns < 1 || rows < 1 || (long) columns * rows > (1 << 26)) {
            throw new IllegalArgumentException("a decision surface grid needs between 1 and 2^26 cells, got "
                    + columns + " x " + rows);
        }
        int n = columns * rows;
        if (values.length < n) {
            values = new float[n];
        }
        if (xs.length < columns) {
            xs = new float[columns];
            z2 = new float[columns];
        }
        this.columns = columns;
        this.rows = rows;
        this.viewport = view;
        if (model instanceof Parameters p) {
            evaluateNetwork(p);
        } else {
            for (int r = 0; r < rows; r++) {
                checkInterrupted();
                double x2 = x2(r);
                int base = r * columns;
                for (int c = 0; c < columns; c++) {
                    values[base + c] = (float) model.probability(x1(c), x2);
                }
            }
        }
    }

    private void evaluateNetwork(Parameters p) {
        int h = p.hidden();
        if (w1a.length < h) {
            w1a = new float[h];
            w1b = new float[h];
            b1 = new float[h];
            w2 = new float[h];
        }
        for (int j = 0; j < h; j++) {
            w1a[j] = (float) p.w1(j, 0);
            w1b[j] = (float) p.w1(j, 1);
            b1[j] = (float) p.b1(j);
            w2[j] = (float) p.w2(j);
        }
        float b2 = (float) p.b2();
        for (int c = 0; c < columns; c++) {
            xs[c] = (float) x1(c);
        }
        for (int r = 0; r < rows; r++) {
            checkInterrupted();
            float x2 = (float) x2(r);
            java.util.Arrays.fill(z2, 0, columns, b2);
            // Z2 = b2 + sum_j W2[j] tanh(W1[j][0] x1 + (W1[j][1] x2 + b1[j])), one hidden unit at a time so the
            // inner loop over the row is a plain multiply-add the JIT can keep in registers.
            for (int j = 0; j < h; j++) {
                float a = w1a[j];
                float rowBias = w1b[j] * x2 + b1[j];
                float w = w2[j];
                for (int c = 0; c < columns; c++) {
                    z2[c] += w * tanh(a * xs[c] + rowBias);
                }
            }
            int base = r * columns;
            for (int c = 0; c < columns; c++) {
                // sigmoid(z) = (1 + tanh(z/2)) / 2
                values[base + c] = 0.5f + 0.5f * tanh(0.5f * z2[c]);
            }
        }
    }

    /** A large surface takes seconds; a thread asked to stop (an export when the window closes) stops here. */
    private static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new java.util.concurrent.CancellationException("drawing interrupted");
        }
    }

    /**
     * tanh in float arithmetic: a 13/6 rational approximation on [-9, 9] (outside, tanh is 1 to float precision),
     * coefficients from Eigen's {@code generic_fast_tanh_float}. Absolute error below 4e-7.
     */
    static float tanh(float v) {
        float x = v < -9f ? -9f : v > 9f ? 9f : v;
        float x2 = x * x;
        float p = -2.76076847742355e-16f;
        p = p * x2 + 2.00018790482477e-13f;
        p = p * x2 - 8.60467152213735e-11f;
        p = p * x2 + 5.12229709037114e-08f;
        p = p * x2 + 1.48572235717979e-05f;
        p = p * x2 + 6.37261928875436e-04f;
        p = p * x2 + 4.89352455891786e-03f;
        float q = 1.19825839466702e-06f;
        q = q * x2 + 1.18534705686654e-04f;
        q = q * x2 + 2.26843463243900e-03f;
        q = q * x2 + 4.89352518554385e-03f;
        return x * p / q;
    }

    /** Number of grid columns of the last evaluation. */
    public int columns() {
        return columns;
    }

    /** Number of grid rows of the last evaluation. */
    public int rows() {
        return rows;
    }

    /** The viewport of the last evaluation, null before the first. */
    public Viewport viewport() {
        return viewport;
    }

    /**
     * The probabilities, row-major from the top row: cell (c, r) is at {@code r * columns() + c}. This is the live
     * buffer, not a copy; it may be longer than {@code columns() * rows()}, and the next {@link #evaluate}
     * overwrites it. Read it, do not keep it.
     */
    public float[] values() {
        return values;
    }

    /** The probability of class 1 at the centre of cell (column, row). */
    public float probability(int column, int row) {
        if (column < 0 || column >= columns || row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException("cell (" + column + ", " + row + ") is outside the " + columns + " x "
                    + rows + " grid");
        }
        return values[row * columns + column];
    }

    /** The x1 of the centres of cells in {@code column} (fractional columns interpolate linearly). */
    public double x1(double column) {
        return viewport.x1Min() + (column + 0.5) * viewport.width() / columns;
    }

    /** The x2 of the centres of cells in {@code row}; row 0 is the top, so x2 falls as the row grows. */
    public double x2(double row) {
        return viewport.x2Max() - (row + 0.5) * viewport.height() / rows;
    }
}
