package dev.boundarylab.model;

import dev.boundarylab.data.Dataset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * L2-penalised logistic regression on input features ({@link Feature}: x1², x1 x2, sin x1, ...), fitted to full
 * precision, and its cross-validation as scikit-learn's {@code LogisticRegressionCV()} on the expanded matrix: the
 * baseline that shows hand-made features doing what a hidden layer learns (x1, x2, x1², x2² draw the ring).
 *
 * <p>{@link #fit} minimises {@code J(w, b) = C sum_i logloss_i + |w|^2 / 2} (the intercept not penalised) by
 * Newton's method with step halving on the (d + 1) x (d + 1) system; J is strictly convex once both classes are
 * present, so the minimiser is unique (see {@link LogisticRegression}, the two-feature case, for the argument).
 * The model is a {@link Network} without hidden layers: its one output unit is the logistic regression.
 */
public final class FeatureLogisticRegression {
    private static final int MAX_ITERATIONS = 200;
    private static final double GRADIENT_TOLERANCE = 1e-11;
    private static final double ARMIJO = 1e-4;
    private static final int MAX_HALVINGS = 60;

    private FeatureLogisticRegression() {}

    /**
     * The cross-validated fit: C chosen among {@link LogisticRegressionCV#defaultCs} by the summed accuracy of 5
     * stratified folds (the first best on ties), then refitted on all the points.
     *
     * @param C the chosen C
     * @param model the refitted model
     * @param fallback why C = 1 was used without cross-validation (too few points), if it was
     */
    public record Result(double C, Network model, Optional<String> fallback) {}

    /**
     * The model that minimises {@code C * sum(log-loss) + |w|^2 / 2} on the features of {@code data}.
     *
     * @throws IllegalArgumentException if C is not a finite number above 0 or the data lacks a class
     */
    public static Network fit(Dataset data, List<Feature> features, double C) {
        LogisticRegression.requireFittable(data);
        double[] x = matrix(data, features);
        int[] all = new int[data.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return model(features, solve(x, features.size(), data.labels(), all, C));
    }

    /**
     * Chooses C by cross-validation and refits, as scikit-learn's {@code LogisticRegressionCV()} with its
     * defaults on the expanded matrix; falls back to C = 1 (saying why) for data too small to split.
     *
     * @throws IllegalArgumentException if the data set is empty or holds points of one class only
     */
    public static Result cv(Dataset data, List<Feature> features) {
        LogisticRegression.requireFittable(data);
        int folds = StratifiedKFold.DEFAULT_SPLITS;
        int n = data.size();
        int ones = data.countOnes();
        if (n < folds || Math.min(ones, n - ones) < 2) {
            String why = n < folds
                    ? "only " + n + " points, fewer than the " + folds + " folds of cross-validation"
                    : "a class has a single point, and cross-validation needs at least 2 of each class";
            return new Result(
                    LogisticRegressionCV.FALLBACK_C,
                    fit(data, features, LogisticRegressionCV.FALLBACK_C),
                    Optional.of(why + "; C = " + LogisticRegressionCV.FALLBACK_C + " used"));
        }
        double[] x = matrix(data, features);
        int d = features.size();
        int[] y = data.labels();
        double[] Cs = LogisticRegressionCV.defaultCs();
        List<StratifiedKFold.Fold> split = new StratifiedKFold(folds).split(y);
        double[] sums = new double[Cs.length];
        for (StratifiedKFold.Fold fold : split) {
            for (int c = 0; c < Cs.length; c++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("cross-validation interrupted");
                }
                double[] theta = solve(x, d, y, fold.train(), Cs[c]);
                int correct = 0;
                for (int i : fold.test()) {
                    correct += (logit(x, d, i, theta) > 0 ? 1 : 0) == y[i] ? 1 : 0;
                }
                sums[c] += (double) correct / fold.test().length;
            }
        }
        int best = 0;
        for (int c = 1; c < Cs.length; c++) {
            if (sums[c] > sums[best]) {
                best = c;
            }
        }
        return new Result(Cs[best], fit(data, features, Cs[best]), Optional.empty());
    }

    /** The features of the points, row by row (m x d). */
    static double[] matrix(Dataset data, List<Feature> features) {
        int m = data.size();
        int d = features.size();
        double[] column = new double[m];
        double[] x = new double[m * d];
        for (int k = 0; k < d; k++) {
            features.get(k).values(data.x1(), data.x2(), m, column, 0);
            for (int i = 0; i < m; i++) {
                x[i * d + k] = column[i];
            }
        }
        return x;
    }

    private static double logit(double[] x, int d, int i, double[] theta) {
        double z = theta[d];
        for (int k = 0; k < d; k++) {
            z += x[i * d + k] * theta[k];
        }
        return z;
    }

    /** J at theta over the points {@code rows}. */
    private static double objective(double[] x, int d, int[] y, int[] rows, double C, double[] theta) {
        double loss = 0;
        for (int i : rows) {
            loss += Loss.crossEntropy(logit(x, d, i, theta), y[i]);
        }
        double penalty = 0;
        for (int k = 0; k < d; k++) {
            penalty += theta[k] * theta[k];
        }
        return C * loss + 0.5 * penalty;
    }

    /**
     * Newton's method with step halving from theta = 0 over the points {@code rows}; returns (w, b). Converged
     * when every gradient component is below {@value #GRADIENT_TOLERANCE} of the sum of the sizes of its terms;
     * one more step then polishes to rounding level.
     */
    private static double[] solve(double[] x, int d, int[] y, int[] rows, double C) {
        if (!(C > 0) || !Double.isFinite(C)) {
            throw new IllegalArgumentException("C must be a finite number above 0, got " + C);
        }
        int p = d + 1;
        // Workspaces: theta, the trial point (p), the gradient g and the size of its terms (p), H (p x p), step.
        double[] theta = new double[p];
        double[] trial = new double[p];
        DMatrixRMaj g = new DMatrixRMaj(p, 1);
        double[] gSize = new double[p];
        DMatrixRMaj H = new DMatrixRMaj(p, p);
        DMatrixRMaj step = new DMatrixRMaj(p, 1);
        double[] row = new double[p];
        LinearSolverDense<DMatrixRMaj> chol = LinearSolverFactory_DDRM.chol(p);
        double J = objective(x, d, y, rows, C, theta);
        boolean polish = false;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            // g = C X~' (sigmoid(z) - y) + P theta,  H = C X~' diag(p (1 - p)) X~ + P, X~ = [X 1], P = diag(1..1, 0)
            CommonOps_DDRM.fill(g, 0);
            CommonOps_DDRM.fill(H, 0);
            java.util.Arrays.fill(gSize, 0);
            for (int i : rows) {
                System.arraycopy(x, i * d, row, 0, d);
                row[d] = 1;
                double q = Elementary.sigmoid(logit(x, d, i, theta));
                double r = C * (q - y[i]);
                double w = C * q * (1 - q);
                for (int a = 0; a < p; a++) {
                    g.data[a] += r * row[a];
                    gSize[a] += Math.abs(r * row[a]);
                    for (int b = 0; b <= a; b++) {
                        H.data[a * p + b] += w * row[a] * row[b];
                    }
                }
            }
            boolean small = true;
            for (int a = 0; a < p; a++) {
                if (a < d) {
                    g.data[a] += theta[a];
                    gSize[a] += Math.abs(theta[a]);
                    H.data[a * p + a] += 1;
                }
                for (int b = 0; b < a; b++) {
                    H.data[b * p + a] = H.data[a * p + b];
                }
                small &= Math.abs(g.data[a]) <= GRADIENT_TOLERANCE * gSize[a];
            }
            if (small && polish) {
                break;
            }
            polish = small;
            // H step = -g
            if (!chol.setA(H)) {
                break;
            }
            CommonOps_DDRM.scale(-1, g);
            chol.solve(g, step);
            double slope = 0;
            for (int a = 0; a < p; a++) {
                slope -= g.data[a] * step.data[a];
            }
            double t = 1;
            double trialJ = Double.NaN;
            for (int h = 0; h < MAX_HALVINGS; h++, t *= 0.5) {
                for (int a = 0; a < p; a++) {
                    trial[a] = theta[a] + t * step.data[a];
                }
                trialJ = objective(x, d, y, rows, C, trial);
                if (trialJ <= J + ARMIJO * t * slope + 1e-13 * Math.abs(J)) {
                    break;
                }
            }
            if (!(trialJ <= J + 1e-13 * Math.abs(J))) {
                break;
            }
            System.arraycopy(trial, 0, theta, 0, p);
            J = trialJ;
        }
        return theta;
    }

    private static Network model(List<Feature> features, double[] theta) {
        int d = features.size();
        double[] w = java.util.Arrays.copyOf(theta, d);
        Architecture a = new Architecture(
                features, List.of(), Activation.TANH, 0, 0, Architecture.DEFAULT_SHUFFLE_SEED, InitScale.SMALL);
        return new Network(a, new double[][][] {{w}}, new double[][] {{theta[d]}});
    }
}
