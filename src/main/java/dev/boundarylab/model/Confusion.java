package dev.boundarylab.model;

import dev.boundarylab.data.Dataset;

/**
 * A confusion matrix: how many points of each true class a classifier puts in each class, K x K. Row t is the
 * points labelled t, column p those predicted p (scikit-learn's {@code confusion_matrix(y_true, y_pred)}); the
 * diagonal holds the points classified right. Immutable.
 */
public final class Confusion {
    private final int[][] counts;

    private Confusion(int[][] counts) {
        this.counts = counts;
    }

    /**
     * The confusion matrix of {@code model} on the points of {@code data}, by its most probable class
     * ({@link Classifier#predict(double[], double[], int, int[])}); K is the data's number of classes.
     *
     * @throws IllegalArgumentException if the model and the data disagree on the number of classes
     */
    public static Confusion of(Classifier model, Dataset data) {
        int k = data.classes();
        if (model.classes() != k) {
            throw new IllegalArgumentException(
                    "a model of " + model.classes() + " classes cannot be scored on data of " + k + " classes");
        }
        int[][] counts = new int[k][k];
        Batches.forEachPrediction(model, data, (y, start, n) -> {
            for (int i = 0; i < n; i++) {
                counts[data.label(start + i)][y[i]]++;
            }
        });
        return new Confusion(counts);
    }

    /**
     * The matrix of these counts.
     *
     * @param counts Not modified. K x K counts, row the true class, column the predicted one.
     * @throws IllegalArgumentException if it is not square or a count is negative
     */
    public static Confusion of(int[][] counts) {
        int[][] c = new int[counts.length][];
        for (int t = 0; t < counts.length; t++) {
            if (counts[t].length != counts.length) {
                throw new IllegalArgumentException("a confusion matrix is square: row " + t + " has " + counts[t].length
                        + " counts, there are " + counts.length + " rows");
            }
            c[t] = counts[t].clone();
            for (int v : c[t]) {
                if (v < 0) {
                    throw new IllegalArgumentException("a count is negative: " + v);
                }
            }
        }
        return new Confusion(c);
    }

    /** The number of classes K. */
    public int classes() {
        return counts.length;
    }

    /** The points of true class {@code t} that the classifier put in class {@code p}. */
    public int count(int t, int p) {
        return counts[t][p];
    }

    /** A copy of the counts, row the true class, column the predicted one. */
    public int[][] counts() {
        int[][] c = new int[counts.length][];
        for (int t = 0; t < counts.length; t++) {
            c[t] = counts[t].clone();
        }
        return c;
    }

    /** The number of points. */
    public int total() {
        int n = 0;
        for (int[] row : counts) {
            for (int v : row) {
                n += v;
            }
        }
        return n;
    }

    /** The share on the diagonal (the accuracy); NaN for no points. */
    public double accuracy() {
        int right = 0;
        for (int t = 0; t < counts.length; t++) {
            right += counts[t][t];
        }
        int n = total();
        return n == 0 ? Double.NaN : (double) right / n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Confusion c && java.util.Arrays.deepEquals(counts, c.counts);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(counts);
    }

    @Override
    public String toString() {
        return "Confusion" + java.util.Arrays.deepToString(counts);
    }
}
