package dev.boundarylab.model;

import dev.boundarylab.data.Dataset;

/**
 * A trained binary classifier of 2-D points. Its one forward pass is {@link #logits}, a batch call over arrays of
 * points into the caller's buffer; the single-point calls, accuracy, cost and pictures are all made from it (a
 * model may override {@link #gridProbabilities} with a faster approximate path for pictures).
 *
 * <p>What the trainer, the renderer, the sweep and every export ask of a model, whatever its architecture.
 */
public interface Classifier {
    /** Points per batch of the default methods: a few KB of buffers, large enough for long vector loops. */
    int BATCH = 256;

    /**
     * The logits (log-odds of class 1) of the points (x1[i], x2[i]), i below {@code n}, into {@code out[0..n)}.
     *
     * @param x1 Not modified. The first coordinates, at least {@code n}.
     * @param x2 Not modified. The second coordinates, at least {@code n}.
     * @param out Modified. Receives the logits; at least {@code n} long, and not {@code x1} or {@code x2}.
     */
    void logits(double[] x1, double[] x2, int n, double[] out);

    /** A logit given point by point, as a formula: what {@link #of} turns into a classifier. */
    @FunctionalInterface
    interface PointLogit {
        double logit(double x1, double x2);
    }

    /** The classifier whose logit at (x1, x2) is {@code f.logit(x1, x2)}, e.g. a field to test a picture with. */
    static Classifier of(PointLogit f) {
        return (x1, x2, n, out) -> {
            for (int i = 0; i < n; i++) {
                out[i] = f.logit(x1[i], x2[i]);
            }
        };
    }

    /** The logit at the point (x1, x2). */
    default double logit(double x1, double x2) {
        double[] out = new double[1];
        logits(new double[] {x1}, new double[] {x2}, 1, out);
        return out[0];
    }

    /** The probability of class 1 at (x1, x2). */
    default double probability(double x1, double x2) {
        return Elementary.sigmoid(logit(x1, x2));
    }

    /**
     * The probabilities of class 1 of the points (x1[i], x2[i]), i below {@code n}, into {@code out[0..n)}; the
     * buffers as for {@link #logits}.
     */
    default void probabilities(double[] x1, double[] x2, int n, double[] out) {
        logits(x1, x2, n, out);
        for (int i = 0; i < n; i++) {
            out[i] = Elementary.sigmoid(out[i]);
        }
    }

    /**
     * The probability of class 1 at every cell centre of {@code grid}, row-major from the top row, into
     * {@code out[0..grid.cells())}. <b>For pictures only</b>: an implementation may compute in float arithmetic,
     * within about 1e-5 of {@link #probability}, which no pixel shows (the colour table has 1024 steps). This
     * default is exact: the batch call, a row at a time. A picture can take seconds; a thread asked to stop (an
     * export when the window closes) stops between rows with a {@link java.util.concurrent.CancellationException}.
     */
    default void gridProbabilities(Grid grid, float[] out) {
        int cols = grid.columns();
        double[] xs = new double[cols];
        double[] ys = new double[cols];
        double[] p = new double[cols];
        for (int c = 0; c < cols; c++) {
            xs[c] = grid.x1(c);
        }
        for (int r = 0; r < grid.rows(); r++) {
            Batches.checkInterrupted();
            java.util.Arrays.fill(ys, grid.x2(r));
            probabilities(xs, ys, cols, p);
            for (int c = 0; c < cols; c++) {
                out[r * cols + c] = (float) p[c];
            }
        }
    }

    /**
     * The share of the points of {@code data} this classifier labels as they are labelled (a logit above 0 means
     * class 1, as in training and scikit-learn's {@code predict}); NaN for no points.
     */
    default double accuracy(Dataset data) {
        int[] correct = {0};
        Batches.forEach(this, data, (z, start, n) -> {
            for (int i = 0; i < n; i++) {
                correct[0] += (z[i] > 0 ? 1 : 0) == data.label(start + i) ? 1 : 0;
            }
        });
        return data.size() == 0 ? Double.NaN : (double) correct[0] / data.size();
    }

    /**
     * The mean binary cross-entropy of {@code data}, from the logits through {@link Loss}, so finite however
     * confident the model is; NaN for no points.
     */
    default double cost(Dataset data) {
        double[] sum = {0};
        Batches.forEach(this, data, (z, start, n) -> {
            for (int i = 0; i < n; i++) {
                sum[0] += Loss.crossEntropy(z[i], data.label(start + i));
            }
        });
        return data.size() == 0 ? Double.NaN : sum[0] / data.size();
    }
}
