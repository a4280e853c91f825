package dev.boundarylab.model;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The fast path of {@link Classifier#gridProbabilities} for the network and the logistic model: <b>approximate,
 * for pictures only</b>. The weights are rounded to float, tanh is a rational approximation in float arithmetic
 * ({@link #tanh}, absolute error below 4e-7) and the sigmoid is {@code (1 + tanh(z / 2)) / 2}; the result differs
 * from {@link Classifier#probability} by about 1e-6, which no pixel shows. Never used to report a number.
 *
 * <p>The grid is computed a chunk of about {@value #CHUNK_CELLS} cells at a time, one hidden unit at a time over
 * the whole chunk, in short branch-free loops the JIT compiles to SIMD instructions; a unit whose pre-activation
 * is beyond the clamp of the tanh over the whole chunk (saturated) adds a constant there instead. A large grid (at
 * least {@value #PARALLEL_WORK} unit evaluations) is cut into bands of whole chunks computed at once on the
 * calling thread and the common fork-join pool (daemon threads); each chunk is computed by the same code on any
 * thread, so the values are the same to the bit however many threads share the grid.
 */
final class FloatSurface {
    /** Hidden-unit evaluations (cells times hidden units) from which a grid is shared among threads. */
    static final long PARALLEL_WORK = 1L << 20;
    /** Cells of a grid computed together. */
    private static final int CHUNK_CELLS = 4096;
    /** Beyond plus or minus this, tanh is 1 to float precision and {@link #tanh} clamps its argument. */
    private static final float TANH_LIMIT = 9f;
    /** Each thread's chunk buffers (x1, x2 and z of the chunk's cells), made once per thread. */
    private static final ThreadLocal<float[][]> SCRATCH =
            ThreadLocal.withInitial(() -> new float[3][Math.max(CHUNK_CELLS, 1)]);

    /** The model as floats: {@code hidden} units of tanh, or, with hidden 0, the linear logit l1 x1 + l2 x2 + b2. */
    private final int hidden;

    private final float[] w1a;
    private final float[] w1b;
    private final float[] b1;
    private final float[] w2;
    private final float b2;
    private final float l1;
    private final float l2;

    private FloatSurface(
            int hidden, double[] w1a, double[] w1b, double[] b1, double[] w2, double b2, double l1, double l2) {
        this.hidden = hidden;
        this.w1a = floats(w1a);
        this.w1b = floats(w1b);
        this.b1 = floats(b1);
        this.w2 = floats(w2);
        this.b2 = (float) b2;
        this.l1 = (float) l1;
        this.l2 = (float) l2;
    }

    /** The network with W1's columns {@code w1a}, {@code w1b}, b1, W2 and b2, rounded to float. */
    static FloatSurface network(double[] w1a, double[] w1b, double[] b1, double[] w2, double b2) {
        return new FloatSurface(w2.length, w1a, w1b, b1, w2, b2, 0, 0);
    }

    /** The logistic model {@code w1 x1 + w2 x2 + intercept}, rounded to float. */
    static FloatSurface linear(double w1, double w2, double intercept) {
        double[] none = new double[0];
        return new FloatSurface(0, none, none, none, none, intercept, w1, w2);
    }

    /** The probabilities on {@code grid} into {@code out}, large grids on every processor. */
    void evaluate(Grid grid, float[] out) {
        evaluate(grid, out, Runtime.getRuntime().availableProcessors() > 1);
    }

    private static float[] floats(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        return f;
    }

    /** As {@link #evaluate(Grid, float[])}, sharing large grids among threads only if {@code parallel}. */
    void evaluate(Grid grid, float[] out, boolean parallel) {
        int perChunk = Math.max(1, CHUNK_CELLS / grid.columns());
        int chunks = (grid.rows() + perChunk - 1) / perChunk;
        long work = (long) grid.cells() * Math.max(1, hidden);
        // The abscissae of the columns, once: every row of every chunk copies them.
        float[] xs = new float[grid.columns()];
        for (int c = 0; c < xs.length; c++) {
            xs[c] = (float) grid.x1(c);
        }
        if (!parallel || work < PARALLEL_WORK || chunks == 1) {
            for (int c = 0; c < chunks; c++) {
                Batches.checkInterrupted();
                chunk(grid, xs, c * perChunk, Math.min(grid.rows(), (c + 1) * perChunk), out);
            }
            return;
        }
        // The calling thread is one of the stream's workers, so an interrupt reaches the bands it takes.
        IntStream.range(0, chunks).parallel().forEach(c -> {
            Batches.checkInterrupted();
            chunk(grid, xs, c * perChunk, Math.min(grid.rows(), (c + 1) * perChunk), out);
        });
    }

    /**
     * Rows [from, to) of the grid as one chunk: the cells are laid out flat (their x1 and x2 in X1 and X2), so the
     * loops over them are long and the JIT's vector body, not its scalar head and tail, does the work.
     */
    private void chunk(Grid grid, float[] xs, int from, int to, float[] out) {
        float[][] scratch = SCRATCH.get();
        float[] X1 = scratch[0];
        float[] X2 = scratch[1];
        float[] z = scratch[2];
        int cols = grid.columns();
        int n = (to - from) * cols;
        for (int r = from; r < to; r++) {
            int base = (r - from) * cols;
            System.arraycopy(xs, 0, X1, base, cols);
            Arrays.fill(X2, base, base + cols, (float) grid.x2(r));
        }
        if (hidden == 0) {
            linear(z, X1, X2, n, l1, l2, b2);
        } else {
            Arrays.fill(z, 0, n, b2);
        }
        float xLeft = X1[0];
        float xRight = X1[cols - 1];
        float xTop = X2[0];
        float xBottom = X2[n - 1];
        float saturated = tanh(TANH_LIMIT);
        for (int j = 0; j < hidden; j++) {
            float a = w1a[j];
            float b = w1b[j];
            float c = b1[j];
            float w = w2[j];
            // The pre-activation is monotone in x1 and in x2, also in float arithmetic, so its extremes over the
            // chunk are at the corners: where all are beyond the clamp, tanh is the same everywhere; where none is,
            // the clamp can be left out. Either way the values are the same to the bit.
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
        System.arraycopy(z, 0, out, from * cols, n);
    }

    // The loops of chunk, each in a method of its own so that the JIT compiles (and vectorizes) each alone.

    private static void addConstant(float[] z, int n, float dz) {
        for (int k = 0; k < n; k++) {
            z[k] += dz;
        }
    }

    /** z[k] += w tanh(a X1[k] + (b X2[k] + c)), where the argument is known to be in [-9, 9]. */
    private static void addUnclamped(float[] z, float[] X1, float[] X2, int n, float a, float b, float c, float w) {
        for (int k = 0; k < n; k++) {
            z[k] += w * rational(a * X1[k] + (b * X2[k] + c));
        }
    }

    private static void addClamped(float[] z, float[] X1, float[] X2, int n, float a, float b, float c, float w) {
        for (int k = 0; k < n; k++) {
            z[k] += w * tanh(a * X1[k] + (b * X2[k] + c));
        }
    }

    private static void linear(float[] z, float[] X1, float[] X2, int n, float a, float b, float c) {
        for (int k = 0; k < n; k++) {
            z[k] = a * X1[k] + (b * X2[k] + c);
        }
    }

    /** z[k] = sigmoid(z[k]) as (1 + tanh(z / 2)) / 2, in place (so that the loop vectorizes). */
    private static void sigmoid(float[] z, int n) {
        for (int k = 0; k < n; k++) {
            z[k] = 0.5f + 0.5f * tanh(0.5f * z[k]);
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
}
