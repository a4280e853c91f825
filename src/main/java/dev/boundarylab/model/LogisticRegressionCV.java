package dev.boundarylab.model;

import dev.boundarylab.data.Dataset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * Logistic regression whose C is chosen by cross-validation, as scikit-learn's {@code LogisticRegressionCV()} with
 * every default chooses it: ten values of C from 1e-4 to 1e4 evenly spaced in log10, five stratified folds
 * without shuffling ({@link StratifiedKFold}), accuracy on the test fold as the score, the C of the best mean
 * score (the first on ties), and a final fit with that C on all the data.
 *
 * <p>Each fold is fitted to the exact optimum by {@link LogisticRegression}, where scikit-learn stops its L-BFGS
 * at a loose tolerance (1e-4): the fold scores agree unless a test point lies within that tolerance of a
 * boundary, and the refit differs from scikit-learn's by about 2e-4 of the coefficients' size on the seed data,
 * scikit-learn's being the one short of the optimum.
 *
 * <p>Data too small to cross-validate (fewer points than folds, or a class with fewer than two points, which
 * would leave a training fold with one class only) is not refused: the fit falls back to scikit-learn's default
 * C = 1 and says why in {@link Result#fallback()}. Data with one class only is refused, as by
 * {@link LogisticRegression#fit}.
 */
public final class LogisticRegressionCV {
    /** The number of candidate values of C, scikit-learn's default {@code Cs=10}. */
    public static final int C_COUNT = 10;
    /** The C used when the data is too small to cross-validate: scikit-learn's default for a single fit. */
    public static final double FALLBACK_C = 1.0;

    private LogisticRegressionCV() {}

    /**
     * The outcome of a cross-validated fit.
     *
     * @param C the chosen C
     * @param model the model refitted with that C on all the data
     * @param Cs the candidate values of C, in increasing order; empty after a fallback
     * @param meanScores the mean test-fold accuracy of each candidate, in the order of {@code Cs}; empty after a
     *     fallback
     * @param fallback why cross-validation was skipped and C = 1 used, empty if it ran
     */
    public record Result(double C, LogisticModel model, double[] Cs, double[] meanScores, Optional<String> fallback) {
        /** Copies the arrays. */
        public Result {
            Cs = Cs.clone();
            meanScores = meanScores.clone();
        }

        /** A copy of the candidate values of C. */
        @Override
        public double[] Cs() {
            return Cs.clone();
        }

        /** A copy of the mean test-fold accuracy of each candidate. */
        @Override
        public double[] meanScores() {
            return meanScores.clone();
        }
    }

    /**
     * The candidate values of C: {@code numpy.logspace(-4, 4, 10)}, that is 10^e for e from -4 to 4 in 9 equal
     * steps, computed as numpy does so that the chosen C is the very same double.
     */
    public static double[] defaultCs() {
        double[] Cs = new double[C_COUNT];
        // numpy.linspace forms e_i = i * step + start with step = (stop - start) / (num - 1), and sets the last
        // to stop. The algebraically equal -4 + 8 i / 9 rounds differently at i = 7, where 10^e then comes out
        // 166.81005372000593 instead of numpy's 166.81005372000558.
        double start = -4.0;
        double stop = 4.0;
        double step = (stop - start) / (C_COUNT - 1);
        for (int i = 0; i < C_COUNT; i++) {
            double e = i == C_COUNT - 1 ? stop : i * step + start;
            Cs[i] = Math.pow(10.0, e);
        }
        return Cs;
    }

    /**
     * Chooses C by 5-fold stratified cross-validation on {@code data} and refits with it on all of the data;
     * falls back to C = 1 (saying why) for data too small to split.
     *
     * @throws IllegalArgumentException if the data set is empty or holds points of one class only
     */
    public static Result fit(Dataset data) {
        LogisticRegression.requireFittable(data);
        int folds = StratifiedKFold.DEFAULT_SPLITS;
        int n = data.size();
        int ones = data.countOnes();
        int smaller = Math.min(ones, n - ones);
        if (n < folds) {
            return fallback(
                    data,
                    "only " + n + " points, fewer than the " + folds + " folds of cross-validation;" + " C = "
                            + FALLBACK_C + " used");
        }
        if (smaller < 2) {
            int lonely = ones < n - ones ? 1 : 0;
            return fallback(
                    data,
                    "class " + lonely + " has a single point, and cross-validation needs at least 2"
                            + " of each class so that every training fold holds both; C = " + FALLBACK_C + " used");
        }
        double[] Cs = defaultCs();
        List<StratifiedKFold.Fold> split = new StratifiedKFold(folds).split(data.labels());
        // scikit-learn picks the argmax of the scores summed over folds in fold order; the same sum, compared the
        // same way, breaks exact ties (such as 0.5 + 0.25 against 0.25 + 0.5) identically.
        double[] sums = new double[Cs.length];
        for (int f = 0; f < split.size(); f++) {
            Dataset train = subset(data, split.get(f).train(), "fold " + f + " training points");
            Dataset test = subset(data, split.get(f).test(), "fold " + f + " test points");
            for (int c = 0; c < Cs.length; c++) {
                // Fifty fits of a large data set take seconds; a thread asked to stop stops between them.
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("cross-validation interrupted");
                }
                sums[c] += LogisticRegression.fit(train, Cs[c]).accuracy(test);
            }
        }
        int best = 0;
        for (int c = 1; c < Cs.length; c++) {
            if (sums[c] > sums[best]) {
                best = c;
            }
        }
        double[] means = new double[Cs.length];
        for (int c = 0; c < Cs.length; c++) {
            means[c] = sums[c] / split.size();
        }
        return new Result(Cs[best], LogisticRegression.fit(data, Cs[best]), Cs, means, Optional.empty());
    }

    private static Result fallback(Dataset data, String reason) {
        LogisticModel model = LogisticRegression.fit(data, FALLBACK_C);
        return new Result(FALLBACK_C, model, new double[0], new double[0], Optional.of(reason));
    }

    private static Dataset subset(Dataset data, int[] indices, String what) {
        double[] x1 = new double[indices.length];
        double[] x2 = new double[indices.length];
        int[] y = new int[indices.length];
        for (int j = 0; j < indices.length; j++) {
            x1[j] = data.x1(indices[j]);
            x2[j] = data.x2(indices[j]);
            y[j] = data.label(indices[j]);
        }
        return new Dataset(data.name() + ", " + what, x1, x2, y);
    }
}
