package dev.boundarylab.model;

import dev.boundarylab.data.Dataset;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * L2-penalised logistic regression fitted to full precision: the baseline the network is compared with.
 *
 * <p>{@link #fit} minimises {@code J(w, b) = C sum_i logloss_i + (w1^2 + w2^2) / 2}, the objective of
 * scikit-learn's {@code LogisticRegression(C=C)} (the intercept b is not penalised), by Newton's method with step
 * halving, on the 3x3 system of (w1, w2, b) in the centred, scaled coordinates of {@link LogisticObjective}.
 *
 * <p>A minimiser always exists and is unique once both classes are present, even when a line separates them:
 * J is strictly convex (its Hessian is the data term's, which is positive semi-definite, plus the identity on w,
 * and the data term alone is strictly convex along b); the penalty bounds w; and with w bounded, moving b far in
 * either direction makes the loss of the points of one class grow without limit, so b is bounded too. On
 * separable data with a large C that optimum lies far out and takes tens of Newton steps instead of a handful.
 * The count is still capped at {@link #MAX_ITERATIONS} as a safety net: a run that reaches the cap returns its
 * last iterate, which is the best one met, since every accepted step lowers J (up to rounding), and reports
 * {@link Solution#converged()} false.
 */
public final class LogisticRegression {
    /** The most Newton steps one fit may take. */
    public static final int MAX_ITERATIONS = 200;
    /**
     * Converged when every gradient component is below this share of the sum of the absolute values of its
     * terms. That sum is what the rounding error of the component scales with (about 1e-16 of it, or
     * 1e-16 |z| for points with a large logit z, at most 745), so the test is independent of C and of the data's
     * scale and stays reachable. Once it is met, one more Newton step is taken: the error left is then about
     * the square of what it was, which is below rounding.
     */
    static final double GRADIENT_TOLERANCE = 1e-11;
    // Sufficient decrease for a step of length t along d: J(theta + t d) <= J + ARMIJO t g'd.
    private static final double ARMIJO = 1e-4;
    private static final int MAX_HALVINGS = 60;
    // Near the optimum a Newton step lowers J by less than J's own rounding error; allow that much so that the
    // full step, which still shrinks the gradient quadratically, is taken there.
    private static final double ROUNDING_SLACK = 1e-13;

    private LogisticRegression() {}

    /**
     * The result of one fit with the figures that show how it went.
     *
     * @param model the fitted model
     * @param objective J at the model
     * @param iterations the number of Newton steps taken
     * @param converged whether the gradient reached the tolerance (false only if the iteration cap or the limit
     *     of step halving stopped the search first)
     */
    public record Solution(LogisticModel model, double objective, int iterations, boolean converged) {}

    /**
     * The logistic model that minimises {@code C * sum(log-loss) + (w1^2 + w2^2) / 2} on {@code data}.
     *
     * @throws IllegalArgumentException if C is not a finite number above 0, the data set is empty, or it holds
     *     points of one class only
     */
    public static LogisticModel fit(Dataset data, double C) {
        return solve(data, C).model();
    }

    /**
     * Fits like {@link #fit} and also reports the objective, the number of Newton steps and whether they converged.
     *
     * @throws IllegalArgumentException as {@link #fit} does
     */
    public static Solution solve(Dataset data, double C) {
        requireValidC(C);
        requireFittable(data);
        LogisticObjective objective = new LogisticObjective(data, C);

        // Workspaces, declared once: theta = (v1, v2, c) and trial (3x1), g and the size of its terms (3x1),
        // H (3x3), step d (3x1).
        DMatrixRMaj theta = new DMatrixRMaj(3, 1);
        DMatrixRMaj trial = new DMatrixRMaj(3, 1);
        DMatrixRMaj g = new DMatrixRMaj(3, 1);
        DMatrixRMaj gSize = new DMatrixRMaj(3, 1);
        DMatrixRMaj H = new DMatrixRMaj(3, 3);
        DMatrixRMaj d = new DMatrixRMaj(3, 1);
        NewtonDirection direction = new NewtonDirection();

        double J = objective.evaluate(theta, g, H, gSize);
        int iterations = 0;
        boolean converged;
        // Whether the last step started from a gradient already called zero: that step polishes the solution.
        boolean polished = false;
        while (true) {
            boolean zero = gradientIsZero(g, gSize);
            if (zero && polished) {
                converged = true;
                break;
            }
            if (iterations == MAX_ITERATIONS) {
                converged = zero;
                break;
            }
            // d = -H^-1 g
            direction.solve(H, g, d);
            // The slope of J along d, negative for a descent direction.
            double slope = CommonOps_DDRM.dot(g, d);
            boolean accepted = false;
            double t = 1.0;
            for (int k = 0; k < MAX_HALVINGS; k++, t *= 0.5) {
                // trial = theta + t d
                CommonOps_DDRM.add(theta, t, d, trial);
                double Jt = objective.value(trial);
                // A NaN or infinite J (a step into overflow) fails the test and is halved like any other.
                if (Jt <= J + ARMIJO * t * slope + ROUNDING_SLACK * J) {
                    accepted = true;
                    break;
                }
            }
            if (!accepted) {
                // No point along d is lower even within rounding: theta is as good as this arithmetic allows.
                converged = zero;
                break;
            }
            theta.setTo(trial);
            J = objective.evaluate(theta, g, H, gSize);
            iterations++;
            polished = zero;
        }
        return new Solution(objective.toModel(theta), J, iterations, converged);
    }

    private static boolean gradientIsZero(DMatrixRMaj g, DMatrixRMaj gSize) {
        for (int j = 0; j < 3; j++) {
            if (!(Math.abs(g.get(j)) <= GRADIENT_TOLERANCE * gSize.get(j))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The Newton direction {@code d = -H^-1 g} by Cholesky. Should H fail to be numerically positive definite
     * (every point saturated, so that the data term's curvature underflows), a small ridge is added; should that
     * fail too, the direction falls back to steepest descent, which the step halving then sizes.
     */
    private static final class NewtonDirection {
        private final LinearSolverDense<DMatrixRMaj> cholesky = LinearSolverFactory_DDRM.symmPosDef(3);
        // A copy of H (3x3) for the solver, which may overwrite its input.
        private final DMatrixRMaj A = new DMatrixRMaj(3, 3);

        /**
         * @param H the Hessian, 3x3. Not modified.
         * @param g the gradient, 3x1. Not modified.
         * @param d the direction, 3x1. Modified.
         */
        void solve(DMatrixRMaj H, DMatrixRMaj g, DMatrixRMaj d) {
            A.setTo(H);
            if (tryCholesky(g, d)) {
                return;
            }
            double ridge = 1e-10 * Math.max(CommonOps_DDRM.trace(H), Double.MIN_NORMAL);
            A.setTo(H);
            for (int j = 0; j < 3; j++) {
                A.add(j, j, ridge);
            }
            if (tryCholesky(g, d)) {
                return;
            }
            CommonOps_DDRM.scale(-1.0, g, d);
        }

        private boolean tryCholesky(DMatrixRMaj g, DMatrixRMaj d) {
            if (!cholesky.setA(A)) {
                return false;
            }
            cholesky.solve(g, d);
            CommonOps_DDRM.scale(-1.0, d);
            return Double.isFinite(CommonOps_DDRM.elementSum(d)) && CommonOps_DDRM.dot(g, d) < 0;
        }
    }

    /**
     * Checks that C is a finite number above 0.
     *
     * @throws IllegalArgumentException naming the bad C otherwise
     */
    static void requireValidC(double C) {
        if (!(C > 0) || !Double.isFinite(C)) {
            throw new IllegalArgumentException(
                    "C, the inverse regularisation strength, must be a finite number" + " above 0; got " + C);
        }
    }

    /**
     * Checks that a logistic regression can be fitted to {@code data}: it has points, and points of both classes.
     *
     * @throws IllegalArgumentException saying which requirement the data set misses
     */
    static void requireFittable(Dataset data) {
        if (data.size() == 0) {
            throw new IllegalArgumentException(
                    "logistic regression needs points to fit; the data set '" + data.name() + "' is empty");
        }
        int ones = data.countOnes();
        if (ones == 0 || ones == data.size()) {
            throw new IllegalArgumentException("logistic regression needs points of both classes; this data has only"
                    + " class " + (ones == 0 ? 0 : 1));
        }
    }
}
