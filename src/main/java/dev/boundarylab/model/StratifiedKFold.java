package dev.boundarylab.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits labelled samples into k test folds that keep each class's share, as scikit-learn's
 * {@code StratifiedKFold(n_splits=k)} without shuffling does (version 1.2), sample for sample.
 *
 * <p>The rule: classes are numbered in order of first appearance; the labels so numbered are sorted; fold i
 * receives, of each class, as many samples as that class has among the sorted labels at positions
 * i, i + k, i + 2k, ...; then the samples of each class, taken in data order, are dealt to the folds in blocks:
 * the first ones to fold 0, the next ones to fold 1, and so on. Every fold thus gets at least one sample once
 * there are k of them, and a class with at least two members never lands entirely in one fold.
 *
 * <p>A class with fewer members than folds leaves some folds without it; scikit-learn warns then but proceeds,
 * and so does this class, silently. (scikit-learn refuses when every class has fewer members than folds; this
 * class still splits such data by the same rule.)
 */
public final class StratifiedKFold {
    /** The number of folds scikit-learn uses by default, and {@link LogisticRegressionCV} uses. */
    public static final int DEFAULT_SPLITS = 5;

    private final int splits;

    /** A splitter into {@link #DEFAULT_SPLITS} folds. */
    public StratifiedKFold() {
        this(DEFAULT_SPLITS);
    }

    /**
     * A splitter into {@code splits} folds.
     *
     * @throws IllegalArgumentException if {@code splits} is below 2
     */
    public StratifiedKFold(int splits) {
        if (splits < 2) {
            throw new IllegalArgumentException("a k-fold split needs at least 2 folds; got " + splits);
        }
        this.splits = splits;
    }

    /** The number of folds. */
    public int splits() {
        return splits;
    }

    /**
     * One train/test split: the indices of the samples the model is fitted to and of those it is scored on, each
     * in ascending order. The arrays are copied in and out.
     *
     * @param train the indices of the training samples
     * @param test the indices of the test samples
     */
    public record Fold(int[] train, int[] test) {
        /** Copies the index arrays. */
        public Fold {
            train = train.clone();
            test = test.clone();
        }

        /** A copy of the training indices. */
        @Override
        public int[] train() {
            return train.clone();
        }

        /** A copy of the test indices. */
        @Override
        public int[] test() {
            return test.clone();
        }
    }

    /**
     * The test fold, 0 to {@code splits() - 1}, of each sample, following the rule in the class comment.
     *
     * @param labels the class label of each sample, any integers. Not modified.
     * @throws IllegalArgumentException if there are fewer samples than folds
     */
    public int[] testFolds(int[] labels) {
        int n = labels.length;
        if (n < splits) {
            throw new IllegalArgumentException("cannot split " + n + " points into " + splits + " folds for"
                    + " cross-validation: every fold needs at least one point to test on");
        }
        Map<Integer, Integer> classOf = new HashMap<>();
        int[] encoded = new int[n];
        for (int i = 0; i < n; i++) {
            encoded[i] = classOf.computeIfAbsent(labels[i], label -> classOf.size());
        }
        int classes = classOf.size();
        int[] count = new int[classes];
        for (int k : encoded) {
            count[k]++;
        }
        // The sorted encoded labels are class 0's block, then class 1's, ...; position p goes to fold p mod splits.
        int[][] allocation = new int[splits][classes];
        int position = 0;
        for (int k = 0; k < classes; k++) {
            for (int j = 0; j < count[k]; j++, position++) {
                allocation[position % splits][k]++;
            }
        }
        // Deal each class's samples in data order: allocation[0][k] of them to fold 0, the next to fold 1, ...
        int[] fold = new int[n];
        int[] current = new int[classes];
        int[] left = new int[classes];
        for (int k = 0; k < classes; k++) {
            left[k] = allocation[0][k];
        }
        for (int i = 0; i < n; i++) {
            int k = encoded[i];
            while (left[k] == 0) {
                current[k]++;
                left[k] = allocation[current[k]][k];
            }
            fold[i] = current[k];
            left[k]--;
        }
        return fold;
    }

    /**
     * The {@code splits()} train/test splits, fold 0 first: fold i tests on the samples whose test fold is i and
     * trains on all the others.
     *
     * @param labels the class label of each sample. Not modified.
     * @throws IllegalArgumentException if there are fewer samples than folds
     */
    public List<Fold> split(int[] labels) {
        int[] fold = testFolds(labels);
        List<Fold> folds = new ArrayList<>(splits);
        for (int f = 0; f < splits; f++) {
            int tests = 0;
            for (int v : fold) {
                tests += v == f ? 1 : 0;
            }
            int[] test = new int[tests];
            int[] train = new int[fold.length - tests];
            int a = 0;
            int b = 0;
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == f) {
                    test[a++] = i;
                } else {
                    train[b++] = i;
                }
            }
            folds.add(new Fold(train, test));
        }
        return List.copyOf(folds);
    }
}
