package dev.boundarylab.render;

import dev.boundarylab.model.Classifier;
import dev.boundarylab.model.LogisticModel;
import dev.boundarylab.model.Parameters;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * A model's probability of class 1 sampled on a grid of {@code columns x rows} cells over a {@link Viewport}: the
 * picture behind a decision boundary. Sample (c, r) sits at the centre of its cell, so a grid with one cell per
 * pixel samples every pixel centre; row 0 is the top of the picture (largest x2), as in an image raster.
 *
 * <p>Mutable and meant to be reused: the buffers grow to the largest grid asked for and are never reallocated
 * for a grid of that size or smaller, so evaluating 60 times a second allocates nothing. Not thread-safe: one
 * surface per drawing thread.
 *
 * <p><b>Approximate, for pictures only.</b> For {@link Parameters} (the network) and {@link LogisticModel} the
 * grid is computed by a fast path that does not call the model per point: the weights are copied once into
 * float arrays, and tanh is a rational approximation in float arithmetic ({@link #tanh}, absolute error below
 * 4e-7), with the sigmoid written as {@code (1 + tanh(z / 2)) / 2}. The grid is computed a chunk of rows at a
 * time, one hidden unit at a time over the whole chunk, in short branch-free loops that the JIT compiles to SIMD
 * instructions; a unit whose pre-activation is beyond the clamp of the tanh over the whole chunk (saturated) adds
 * a constant there instead. The result differs from {@link Classifier#probability} by about 1e-6, which is
 * invisible in a pixel (the colour table has 1024 steps): this path exists only to draw pictures, never to report
 * numbers. Any other {@link Classifier} is asked for its {@link Classifier#probability} at every sample.
 *
 * <p>A large network grid (at least {@value #PARALLEL_WORK} hidden-unit evaluations) is split into bands of rows
 * computed at the same time on the calling thread and {@link ForkJoinPool#commonPool()} (whose threads are
 * daemons, so nothing outlives the application). Each row is computed by the same code whichever thread runs it
 * and Java's float arithmetic is exact to the bit, so the values are the same, bit for bit, as computed on one
 * thread. The band tasks are made once and reused, so a parallel evaluation allocates nothing either.
 */
public final class DecisionSurface {
    /** Hidden-unit evaluations (cells times hidden units) from which a network grid is split across threads. */
    static final long PARALLEL_WORK = 1L << 20;
    /** Cells of a network grid computed together (see {@link #bandRows}). */
    private static final int CHUNK_CELLS = 4096;
    /** Beyond plus or minus this, tanh is 1 to float precision and {@link #tanh} clamps its argument. */
    private static final float TANH_LIMIT = 9f;

    private float[] values = new float[0];
    private int columns;
    private int rows;
    private Viewport viewport;
    private final int threads;
    private final Band[] bands;
    // Fast-path workspace: the sample abscissae (columns), and the model as floats: for the network W1 as two
    // columns, b1 and W2 (hidden each) and b2; a logistic model is one "hidden unit" with the identity instead of
    // tanh, stored in linear1, linear2, b2.
    private float[] xs = new float[0];
    private float[] w1a = new float[0];
    private float[] w1b = new float[0];
    private float[] b1 = new float[0];
    private float[] w2 = new float[0];
    private int hidden;
    private float b2;
    private float linear1;
    private float linear2;

    /** An empty surface; {@link #evaluate} sizes it. Large network grids use every processor. */
    public DecisionSurface() {
        this(Math.min(Runtime.getRuntime().availableProcessors(), ForkJoinPool.getCommonPoolParallelism() + 1));
    }

    /**
     * An empty surface that splits large network grids into at most {@code threads} bands of rows (1: always on
     * the calling thread).
     */
    DecisionSurface(int threads) {
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("a decision surface runs on 1 to 64 threads, got " + threads);
        }
        this.threads = threads;
        this.bands = new Band[threads];
        for (int i = 0; i < threads; i++) {
            bands[i] = new Band();
        }
    }

    /**
     * Samples {@code model}'s probability of class 1 at the centres of a {@code columns x rows} grid over
     * {@code view}, replacing the previous values.
     *
     * @throws IllegalArgumentException if the grid is empty or larger than 2^26 cells
     */
    public void evaluate(Classifier model, Viewport view, int columns, int rows) {
        if (model == null || view == null) {
            throw new IllegalArgumentException(
                    "a decision surface needs a model and a viewport, got model " + model + " and viewport " + view);
        }
        if (columns < 1 || rows < 1 || (long) columns * rows > (1 << 26)) {
            throw new IllegalArgumentException(
                    "a decision surface grid needs between 1 and 2^26 cells, got " + columns + " x " + rows);
        }
        int n = columns * rows;
        if (values.length < n) {
            values = new float[n];
        }
        if (xs.length < columns) {
            xs = new float[columns];
        }
        this.columns = columns;
        this.rows = rows;
        this.viewport = view;
        checkInterrupted();
        if (model instanceof Parameters p) {
            loadNetwork(p);
            evaluateNetwork();
        } else if (model instanceof LogisticModel m) {
            loadAbscissae();
            hidden = 0;
            linear1 = (float) m.w1();
            linear2 = (float) m.w2();
            b2 = (float) m.intercept();
            evaluateNetwork();
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

    private void loadAbscissae() {
        for (int c = 0; c < columns; c++) {
            xs[c] = (float) x1(c);
        }
    }

    private void loadNetwork(Parameters p) {
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
        hidden = h;
        b2 = (float) p.b2();
        loadAbscissae();
    }

    private void evaluateNetwork() {
        int perChunk = rowsPerChunk(columns);
        int chunks = (rows + perChunk - 1) / perChunk;
        long work = (long) columns * rows * hidden;
        int k = work < PARALLEL_WORK ? 1 : Math.min(threads, chunks);
        // Bands of whole chunks, so that a chunk covers the same rows however many threads share the grid; band 0
        // is computed here while the others run in the pool.
        for (int i = 0; i < k; i++) {
            int from = Math.min(rows, chunks * i / k * perChunk);
            int to = Math.min(rows, chunks * (i + 1) / k * perChunk);
            bands[i].prepare(from, to, perChunk * columns);
        }
        for (int i = 1; i < k; i++) {
            bands[i].reinitialize();
            bands[i].fork();
        }
        bands[0].compute();
        for (int i = 1; i < k; i++) {
            bands[i].join();
        }
    }

    /** Rows per chunk: about {@value #CHUNK_CELLS} cells, at least one row. */
    private static int rowsPerChunk(int columns) {
        return Math.max(1, CHUNK_CELLS / columns);
    }

    /**
     * Rows [from, to) of a network grid, a chunk of rows at a time. The chunk's cells are laid out flat (x1 and x2
     * of each cell in the workspaces X1 and X2) so that the loop over them is long: the JIT vectorizes the body of
     * a loop but runs its first and last few iterations one at a time, which would cost as much as the rest on a
     * row of a few hundred cells.
     */
    private void bandRows(int from, int to, float[] X1, float[] X2, float[] z) {
        final int cols = columns;
        final int h = hidden;
        final int perChunk = rowsPerChunk(cols);
        final float saturated = tanh(TANH_LIMIT);
        final float[] out = values;
        for (int r = 0; r < perChunk; r++) {
            System.arraycopy(xs, 0, X1, r * cols, cols);
        }
        float xLeft = xs[0];
        float xRight = xs[cols - 1];
        for (int r0 = from; r0 < to; r0 += perChunk) {
            checkInterrupted();
            int r1 = Math.min(to, r0 + perChunk);
            int n = (r1 - r0) * cols;
            for (int r = r0; r < r1; r++) {
                java.util.Arrays.fill(X2, (r - r0) * cols, (r - r0 + 1) * cols, (float) x2(r));
            }
            float xTop = X2[0];
            float xBottom = X2[n - 1];
            if (h == 0) {
                // A logistic model: z = w1 x1 + w2 x2 + intercept.
                linear(z, X1, X2, n, linear1, linear2, b2);
            } else {
                java.util.Arrays.fill(z, 0, n, b2);
            }
            // Z2 = b2 + sum_j W2[j] tanh(W1[j][0] x1 + (W1[j][1] x2 + b1[j])), one hidden unit at a time.
            for (int j = 0; j < h; j++) {
                float a = w1a[j];
                float b = w1b[j];
                float c = b1[j];
                float w = w2[j];
                // The pre-activation is monotone in x1 and in x2, also in float arithmetic, so its extremes over
                // the chunk are at the corners: where they are all beyond the clamp, tanh is the same everywhere;
                // where none is, the clamp can be left out. Either way the values are the same to the bit.
                float u00 = a * xLeft + (b * xTop + c);
                float u10 = a * xRight + (b * xTop + c);
                float u01 = a * xLeft + (b * xBottom + c);
                float u11 = a * xRight + (b * xBottom + c);
                float lo = Math.min(Math.min(u00, u10), Math.min(u01, u11));
                float hi = Math.max(Math.max(u00, u10), Math.max(u01, u11));
                if (lo >= TANH_LIMIT || hi <= -TANH_LIMIT) {
                    addConstant(z, n, w * (lo >= TANH_LIMIT ? saturated : -saturated));
                } else if (lo >= -TANH_LIMIT && hi <= TANH_LIMIT) {
                    addUnclamped(z, X1, X2, n, a, b, c, w);
                } else {
                    addClamped(z, X1, X2, n, a, b, c, w);
                }
            }
            sigmoid(z, n);
            System.arraycopy(z, 0, out, r0 * cols, n);
        }
    }

    // The loops of bandRows, each in a method of its own so that the JIT compiles (and vectorizes) each alone
    // and inlines the tanh into it whichever loops the first frames happened to run.

    /** z[k] += dz for k below n. */
    private static void addConstant(float[] z, int n, float dz) {
        for (int k = 0; k < n; k++) {
            z[k] += dz;
        }
    }

    /** z[k] += w tanh(a X1[k] + (b X2[k] + c)) for k below n, where the argument is known to be in [-9, 9]. */
    private static void addUnclamped(float[] z, float[] X1, float[] X2, int n, float a, float b, float c, float w) {
        for (int k = 0; k < n; k++) {
            z[k] += w * rational(a * X1[k] + (b * X2[k] + c));
        }
    }

    /** z[k] += w tanh(a X1[k] + (b X2[k] + c)) for k below n. */
    private static void addClamped(float[] z, float[] X1, float[] X2, int n, float a, float b, float c, float w) {
        for (int k = 0; k < n; k++) {
            z[k] += w * tanh(a * X1[k] + (b * X2[k] + c));
        }
    }

    /** z[k] = a X1[k] + (b X2[k] + c) for k below n. */
    private static void linear(float[] z, float[] X1, float[] X2, int n, float a, float b, float c) {
        for (int k = 0; k < n; k++) {
            z[k] = a * X1[k] + (b * X2[k] + c);
        }
    }

    /**
     * z[k] = sigmoid(z[k]) for k below n, as (1 + tanh(z / 2)) / 2. In place: a loop reading one array and
     * writing another at a different index is not vectorized, as the two might be the same array.
     */
    private static void sigmoid(float[] z, int n) {
        for (int k = 0; k < n; k++) {
            z[k] = 0.5f + 0.5f * tanh(0.5f * z[k]);
        }
    }

    /** A band of rows of a network grid, reused from one evaluation to the next with its own workspaces. */
    private final class Band extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private int from;
        private int to;
        private float[] X1 = new float[0];
        private float[] X2 = new float[0];
        private float[] z = new float[0];

        void prepare(int from, int to, int cells) {
            this.from = from;
            this.to = to;
            if (z.length < cells) {
                X1 = new float[cells];
                X2 = new float[cells];
                z = new float[cells];
            }
        }

        @Override
        protected void compute() {
            bandRows(from, to, X1, X2, z);
        }
    }

    /**
     * tanh in float arithmetic: a 13/6 rational approximation on [-9, 9] (outside, tanh is 1 to float precision),
     * coefficients from Eigen's {@code generic_fast_tanh_float}. Absolute error below 4e-7. The clamp is written
     * with {@link Math#min}/{@link Math#max}, not a conditional, so that loops calling it stay vectorizable.
     */
    static float tanh(float v) {
        return rational(Math.max(-TANH_LIMIT, Math.min(TANH_LIMIT, v)));
    }

    /** The rational function of {@link #tanh} without the clamp: for arguments in [-9, 9] only. */
    private static float rational(float x) {
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
            throw new IndexOutOfBoundsException(
                    "cell (" + column + ", " + row + ") is outside the " + columns + " x " + rows + " grid");
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

    /**
     * A large surface takes seconds; a thread asked to stop (an export when the window closes) stops here. Bands run
     * on pool threads see their own flag, so the calling thread, which draws the first band, is the one that stops.
     */
    private static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new java.util.concurrent.CancellationException("drawing interrupted");
        }
    }
}
