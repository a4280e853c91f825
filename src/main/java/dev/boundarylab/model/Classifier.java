package dev.boundarylab.model;

import dev.boundarylab.data.Dataset;

/**
 * A trained classifier of 2-D points into {@link #classes()} classes, K from 2 to 8. Its one forward pass is a
 * batch call over arrays of points into the caller's buffer: for two classes {@link #logits} (the log-odds of class
 * 1, one per point: the seed's single sigmoid output); for more, {@link #classLogits} (K per point, whose softmax
 * are the class probabilities). The single-point calls, the class probabilities, the predictions, accuracy, cost and
 * pictures are all made from it (a model may override {@link #gridProbabilities} with a faster approximate path for
 * pictures).
 *
 * <p>A binary classifier implements {@link #logits} only, and every K-class call below works for it with K = 2
 * (class logits (0, z), probabilities (1 - p, p)). A K-class classifier (K &gt; 2) overrides {@link #classes()} and
 * {@link #classLogits}; it has no single logit, so its {@link #logits}, {@link #probabilities} and
 * {@link #gridProbabilities} throw {@link UnsupportedOperationException}.
 *
 * <p>What the trainer, the renderer, the sweep and every export ask of a model, whatever its architecture.
 */
public interface Classifier {
    /** Points per batch of the default methods: a few KB of buffers, large enough for long vector loops. */
    int BATCH = 256;

    /**
     * The logits (log-odds of class 1) of the points (x1[i], x2[i]), i below {@code n}, into {@code out[0..n)}.
     * Binary classifiers only: a K-class one throws {@link UnsupportedOperationException}.
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

    /** The number of classes K, from 2 to 8, among which this classifier chooses; 2 unless it says more. */
    default int classes() {
        return 2;
    }

    /**
     * The K class logits of the points (x1[i], x2[i]), i below {@code n}, into {@code out[0 .. n K)}, point by
     * point ({@code out[i K + k]} for class k): the softmax of a point's K logits are its class probabilities. A
     * K-class classifier computes them; for a binary one they are (0, z), z its {@link #logits logit}.
     *
     * @param x1 Not modified. The first coordinates, at least {@code n}.
     * @param x2 Not modified. The second coordinates, at least {@code n}.
     * @param out Modified. Receives n K logits; at least {@code n * classes()} long, not {@code x1} or {@code x2}.
     * @throws UnsupportedOperationException if a K-class classifier (K &gt; 2) does not override this
     */
    default void classLogits(double[] x1, double[] x2, int n, double[] out) {
        if (classes() != 2) {
            throw new UnsupportedOperationException("a classifier of " + classes() + " classes must give its logits");
        }
        double[] z = new double[n];
        logits(x1, x2, n, z);
        for (int i = 0; i < n; i++) {
            out[2 * i] = 0;
            out[2 * i + 1] = z[i];
        }
    }

    /**
     * The K class probabilities of the points (x1[i], x2[i]), i below {@code n}, into {@code out[0 .. n K)}, point
     * by point ({@code out[i K + k]} is the probability of class k at point i; each point's K sum to 1): the softmax
     * of {@link #classLogits}; for a binary classifier (1 - p, p), p = sigmoid(z) its {@link #probabilities}.
     *
     * @param x1 Not modified.
     * @param x2 Not modified.
     * @param out Modified. At least {@code n * classes()} long, not {@code x1} or {@code x2}.
     */
    default void classProbabilities(double[] x1, double[] x2, int n, double[] out) {
        if (classes() == 2) {
            double[] z = new double[n];
            logits(x1, x2, n, z);
            for (int i = 0; i < n; i++) {
                // sigmoid(-z) is 1 - p without the cancellation of 1 - p for p near 1.
                out[2 * i] = Elementary.sigmoid(-z[i]);
                out[2 * i + 1] = Elementary.sigmoid(z[i]);
            }
            return;
        }
        int k = classes();
        classLogits(x1, x2, n, out);
        for (int i = 0; i < n; i++) {
            Softmax.probabilities(out, i * k, k, out, i * k);
        }
    }

    /**
     * The most probable class of each point (x1[i], x2[i]), i below {@code n}, into {@code out[0..n)}: for two
     * classes 1 where the logit is above 0 (as in training and scikit-learn's {@code predict}), for K the first of
     * the largest class logits (numpy's {@code argmax}).
     *
     * @param x1 Not modified.
     * @param x2 Not modified.
     * @param out Modified. At least {@code n} long.
     */
    default void predict(double[] x1, double[] x2, int n, int[] out) {
        if (classes() == 2) {
            double[] z = new double[n];
            logits(x1, x2, n, z);
            for (int i = 0; i < n; i++) {
                out[i] = z[i] > 0 ? 1 : 0;
            }
            return;
        }
        int k = classes();
        double[] z = new double[n * k];
        classLogits(x1, x2, n, z);
        for (int i = 0; i < n; i++) {
            out[i] = Softmax.argmax(z, i * k, k);
        }
    }

    /** The most probable class at the point (x1, x2), as {@link #predict(double[], double[], int, int[])}. */
    default int predict(double x1, double x2) {
        int[] out = new int[1];
        predict(new double[] {x1}, new double[] {x2}, 1, out);
        return out[0];
    }

    /**
     * The K class probabilities at every cell centre of {@code grid}, row-major from the top row, cell by cell
     * ({@code out[c K + k]} for class k at cell c), into {@code out[0 .. grid.cells() K)}: what a picture of K
     * classes colours each place by. Exact (the batch call, a row at a time); a thread asked to stop stops between
     * rows with a {@link java.util.concurrent.CancellationException}.
     *
     * @param out Modified. At least {@code grid.cells() * classes()} long.
     */
    default void gridClassProbabilities(Grid grid, float[] out) {
        int cols = grid.columns();
        int k = classes();
        double[] xs = new double[cols];
        double[] ys = new double[cols];
        double[] p = new double[cols * k];
        for (int c = 0; c < cols; c++) {
            xs[c] = grid.x1(c);
        }
        for (int r = 0; r < grid.rows(); r++) {
            Batches.checkInterrupted();
            java.util.Arrays.fill(ys, grid.x2(r));
            classProbabilities(xs, ys, cols, p);
            for (int j = 0; j < cols * k; j++) {
                out[r * cols * k + j] = (float) p[j];
            }
        }
    }

    /**
     * The share of the points of {@code data} this classifier labels as they are labelled, by
     * {@link #predict(double[], double[], int, int[])} (for two classes a logit above 0 means class 1, as in
     * training and scikit-learn's {@code predict}); NaN for no points.
     */
    default double accuracy(Dataset data) {
        if (classes() > 2) {
            int[] correct = {0};
            Batches.forEachPrediction(this, data, (y, start, n) -> {
                for (int i = 0; i < n; i++) {
                    correct[0] += y[i] == data.label(start + i) ? 1 : 0;
                }
            });
            return data.size() == 0 ? Double.NaN : (double) correct[0] / data.size();
        }
        int[] correct = {0};
        Batches.forEach(this, data, (z, start, n) -> {
            for (int i = 0; i < n; i++) {
                correct[0] += (z[i] > 0 ? 1 : 0) == data.label(start + i) ? 1 : 0;
            }
        });
        return data.size() == 0 ? Double.NaN : (double) correct[0] / data.size();
    }

    /**
     * The mean cross-entropy of {@code data}: for two classes binary, from the logits through {@link Loss}; for K
     * classes mean(-log p_y) through {@link Softmax}; finite however confident the model is; NaN for no points.
     */
    default double cost(Dataset data) {
        double[] sum = {0};
        if (classes() > 2) {
            int k = classes();
            Batches.forEachClass(this, data, (z, start, n) -> {
                for (int i = 0; i < n; i++) {
                    sum[0] += Softmax.crossEntropy(z, i * k, k, data.label(start + i));
                }
            });
            return data.size() == 0 ? Double.NaN : sum[0] / data.size();
        }
        Batches.forEach(this, data, (z, start, n) -> {
            for (int i = 0; i < n; i++) {
                sum[0] += Loss.crossEntropy(z[i], data.label(start + i));
            }
        });
        return data.size() == 0 ? Double.NaN : sum[0] / data.size();
    }
}
