package dev.boundarylab.model;

import dev.boundarylab.data.Dataset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Multinomial logistic regression of K &gt; 2 classes on input features, fitted to full precision, and its
 * cross-validation as scikit-learn 1.2.1's {@code LogisticRegressionCV()} chooses C for K classes (its default
 * lbfgs solver fits the multinomial model): ten values of C from 1e-4 to 1e4 ({@link LogisticRegressionCV#defaultCs}),
 * five stratified folds ({@link StratifiedKFold}), accuracy on the test fold (the most probable class), the first C
 * of the best summed score, and a refit on all the points with that C.
 *
 * <p>{@link #fit} minimises {@code J(W, b) = C sum_i -log p_{i, y_i} + |W|^2 / 2} (the K intercepts not penalised)
 * by Newton's method with step halving on the K (d + 1) parameters, on EJML's Cholesky solver, in the coordinates
 * of {@link MultinomialObjective}. J is convex, strictly so but along the one direction that adds a constant to
 * every intercept (softmax does not see it); <b>that freedom is fixed by intercepts summing to 0</b>, and at the
 * optimum each feature's weights sum to 0 over the classes (the penalty sees to it). With every class present the
 * optimum is finite and, so fixed, unique; scikit-learn's lbfgs (which starts from 0 and keeps the intercepts' sum
 * at 0) stops near it, at its tolerance 1e-4.
 *
 * <p>The model is a {@link Network} without hidden layers and K outputs: its softmax is the regression. One Newton
 * step costs about m (K (d + 1))² / 2 multiply-adds: 64 parameters for 8 classes on 7 features.
 */
public final class MultinomialLogisticRegression {
    private static final int MAX_ITERATIONS = 200;
    private static final double GRADIENT_TOLERANCE = 1e-11;
    private static final double ARMIJO = 1e-4;
    private static final int MAX_HALVINGS = 60;
    private static final double ROUNDING_SLACK = 1e-13;

    private MultinomialLogisticRegression() {}

    /**
     * The cross-validated fit.
     *
     * @param C the chosen C
     * @param model the refitted model, a network without hidden layers of K outputs
     * @param meanScores the mean test-fold accuracy of each candidate C; empty after a fallback
     * @param fallback why C = 1 was used without cross-validation (too few points), if it was
     */
    public record Result(double C, Network model, double[] meanScores, Optional<String> fallback) {
        /** Copies the scores. */
        public Result {
            meanScores = meanScores.clone();
        }

        /** A copy of the mean test-fold accuracy of each candidate C. */
        @Override
        public double[] meanScores() {
            return meanScores.clone();
        }
    }

    /**
     * The model that minimises {@code C * sum(-log p_y) + |W|^2 / 2} on the features of {@code data}, its
     * intercepts summing to 0.
     *
     * @throws IllegalArgumentException if C is not a finite number above 0, or a class has no point
     */
    public static Network fit(Dataset data, List<Feature> features, double C) {
        requireFittable(data);
        MultinomialObjective f = objective(data, features);
        return model(data.classes(), features, f, solve(f, all(data.size()), C, new double[f.size()]));
    }

    /**
     * Chooses C by cross-validation and refits, as scikit-learn's {@code LogisticRegressionCV()} with its
     * defaults on the expanded matrix; falls back to C = 1 (saying why) for data too small to split.
     *
     * @throws IllegalArgumentException if the data set is empty or a class has no point
     */
    public static Result cv(Dataset data, List<Feature> features) {
        requireFittable(data);
        int folds = StratifiedKFold.DEFAULT_SPLITS;
        int n = data.size();
        int[] counts = data.classCounts();
        int rarest = 0;
        for (int c = 1; c < counts.length; c++) {
            rarest = counts[c] < counts[rarest] ? c : rarest;
        }
        if (n < folds || counts[rarest] < 2) {
            String why = n < folds
                    ? "only " + n + " points, fewer than the " + folds + " folds of cross-validation"
                    : "class " + rarest + " has a single point, and cross-validation needs at least 2 of each class";
            return new Result(
                    LogisticRegressionCV.FALLBACK_C,
                    fit(data, features, LogisticRegressionCV.FALLBACK_C),
                    new double[0],
                    Optional.of(why + "; C = " + LogisticRegressionCV.FALLBACK_C + " used"));
        }
        MultinomialObjective f = objective(data, features);
        int[] y = data.labels();
        double[] Cs = LogisticRegressionCV.defaultCs();
        List<StratifiedKFold.Fold> split = new StratifiedKFold(folds).split(y);
        double[] x = FeatureLogisticRegression.matrix(data, features);
        int d = features.size();
        int k = data.classes();
        double[] sums = new double[Cs.length];
        for (StratifiedKFold.Fold fold : split) {
            // Along the path of increasing C each fit starts from the last one's optimum, as scikit-learn's path
            // does: the optimum is unique, so only the number of Newton steps changes.
            double[] start = new double[f.size()];
            for (int c = 0; c < Cs.length; c++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("cross-validation interrupted");
                }
                start = solve(f, fold.train(), Cs[c], start);
                double[][][] wb = f.model(start);
                int correct = 0;
                double[] z = new double[k];
                for (int i : fold.test()) {
                    for (int a = 0; a < k; a++) {
                        double v = wb[1][0][a];
                        for (int j = 0; j < d; j++) {
                            v += wb[0][a][j] * x[i * d + j];
                        }
                        z[a] = v;
                    }
                    correct += Softmax.argmax(z, 0, k) == y[i] ? 1 : 0;
                }
                sums[c] += (double) correct / fold.test().length;
            }
        }
        // scikit-learn takes the argmax of the scores summed over the folds: the first on ties.
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
        return new Result(
                Cs[best],
                model(k, features, f, solve(f, all(n), Cs[best], new double[f.size()])),
                means,
                Optional.empty());
    }

    /**
     * Checks that every class of {@code data} has a point: an empty class's intercept would go to minus infinity.
     *
     * @throws IllegalArgumentException naming the class otherwise, or if the data set is empty
     */
    static void requireFittable(Dataset data) {
        if (data.size() == 0) {
            throw new IllegalArgumentException(
                    "logistic regression needs points to fit; the data set '" + data.name() + "' is empty");
        }
        int[] counts = data.classCounts();
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] == 0) {
                throw new IllegalArgumentException("logistic regression needs points of every class; this data has"
                        + " none of class " + data.labelNames().get(c));
            }
        }
    }

    private static MultinomialObjective objective(Dataset data, List<Feature> features) {
        return new MultinomialObjective(
                FeatureLogisticRegression.matrix(data, features), features.size(), data.labels(), data.classes());
    }

    private static int[] all(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }

    /**
     * Newton's method with step halving from {@code start} (not modified; its intercepts summing to 0) over the
     * points {@code rows}; returns the optimum in a new array. Converged when every
     * gradient component is below {@value #GRADIENT_TOLERANCE} of the sum of the sizes of its terms; one more step
     * then polishes to rounding level.
     */
    private static double[] solve(MultinomialObjective f, int[] rows, double C, double[] start) {
        if (!(C > 0) || !Double.isFinite(C)) {
            throw new IllegalArgumentException("C must be a finite number above 0, got " + C);
        }
        int n = f.size();
        // Workspaces: theta and the trial point, the gradient and its terms' sizes, H (n x n), the step.
        double[] theta = start.clone();
        double[] trial = new double[n];
        DMatrixRMaj g = new DMatrixRMaj(n, 1);
        double[] gSize = new double[n];
        DMatrixRMaj H = new DMatrixRMaj(n, n);
        DMatrixRMaj step = new DMatrixRMaj(n, 1);
        LinearSolverDense<DMatrixRMaj> chol = LinearSolverFactory_DDRM.chol(n);
        double J = f.value(theta, rows, C);
        boolean polish = false;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            f.derivatives(theta, rows, C, g.data, gSize, H.data);
            boolean small = true;
            for (int q = 0; q < n; q++) {
                small &= Math.abs(g.data[q]) <= GRADIENT_TOLERANCE * gSize[q];
            }
            if (small && polish) {
                break;
            }
            polish = small;
            // H step = -g
            if (!chol.setA(H)) {
                break;
            }
            for (int q = 0; q < n; q++) {
                g.data[q] = -g.data[q];
            }
            chol.solve(g, step);
            double slope = 0;
            for (int q = 0; q < n; q++) {
                slope -= g.data[q] * step.data[q];
            }
            double t = 1;
            double trialJ = Double.NaN;
            for (int h = 0; h < MAX_HALVINGS; h++, t *= 0.5) {
                for (int q = 0; q < n; q++) {
                    trial[q] = theta[q] + t * step.data[q];
                }
                trialJ = f.value(trial, rows, C);
                if (trialJ <= J + ARMIJO * t * slope + ROUNDING_SLACK * Math.abs(J)) {
                    break;
                }
            }
            if (!(trialJ <= J + ROUNDING_SLACK * Math.abs(J))) {
                break;
            }
            System.arraycopy(trial, 0, theta, 0, n);
            J = trialJ;
        }
        return theta;
    }

    private static Network model(int classes, List<Feature> features, MultinomialObjective f, double[] theta) {
        double[][][] wb = f.model(theta);
        Architecture a = new Architecture(
                features,
                List.of(),
                Activation.TANH,
                0,
                0,
                Architecture.DEFAULT_SHUFFLE_SEED,
                InitScale.SMALL,
                classes);
        return new Network(a, new double[][][] {wb[0]}, new double[][] {wb[1][0]});
    }
}
