package dev.boundarylab.model;

import dev.boundarylab.data.Dataset;
import org.ejml.data.DMatrixRMaj;

/**
 * The objective that {@link LogisticRegression} minimises, its gradient and its Hessian, over one data set for one C.
 *
 * <p>In the data's own coordinates the objective is
 * <pre>
 *   J(w, b) = C sum_i [softplus(z_i) - y_i z_i] + (w1^2 + w2^2) / 2,      z_i = w1 x1_i + w2 x2_i + b
 * </pre>
 * It is evaluated in centred, rescaled coordinates {@code u_j = (x_j - mu_j) / s_j}, with parameters
 * {@code theta = (v1, v2, c)} related to the model by {@code w_j = v_j / s_j} and {@code b = c - w1 mu1 - w2 mu2}.
 * Then {@code z_i = v1 u1_i + v2 u2_i + c} and the penalty reads {@code sum_j v_j^2 / (2 s_j^2)}.
 *
 * <p>Why: Newton's method is invariant under this affine change, so the iterates and the optimum are the same
 * numbers, but the 3x3 Hessian of points far from the origin (say at 1e6) is nearly singular in raw coordinates,
 * because the columns x1, x2 and 1 are then almost parallel; centred and scaled to |u| &lt;= 1 it is not.
 * Each scale {@code s_j} is a power of two, so that {@code u} and {@code w = v / s} carry no rounding of their own.
 */
final class LogisticObjective {
    // Scales are kept within 2^-500 .. 2^500 so that the penalty's curvature 1 / s^2 stays a normal number.
    private static final int MAX_SCALE_EXPONENT = 500;

    private final double C;
    private final int m;
    // The data in scaled coordinates (m) and the labels (m).
    private final double[] u1;
    private final double[] u2;
    private final int[] y;
    // x_j = mu_j + s_j u_j; lambda_j = 1 / s_j^2 is the curvature of the penalty along v_j.
    private final double mu1;
    private final double mu2;
    private final double s1;
    private final double s2;
    private final double lambda1;
    private final double lambda2;

    /** Binds the objective to {@code data} (not modified) and C; both are assumed valid. */
    LogisticObjective(Dataset data, double C) {
        this.C = C;
        this.m = data.size();
        double[] x1 = data.x1();
        double[] x2 = data.x2();
        this.y = data.labels();
        double[] b1 = bounds(x1);
        double[] b2 = bounds(x2);
        // The midrange as centre: half the sum of the extremes cannot overflow, and it puts every |x - mu| within
        // half the range.
        this.mu1 = 0.5 * b1[0] + 0.5 * b1[1];
        this.mu2 = 0.5 * b2[0] + 0.5 * b2[1];
        this.s1 = powerOfTwoAtLeast(0.5 * b1[1] - 0.5 * b1[0]);
        this.s2 = powerOfTwoAtLeast(0.5 * b2[1] - 0.5 * b2[0]);
        this.lambda1 = 1.0 / (s1 * s1);
        this.lambda2 = 1.0 / (s2 * s2);
        this.u1 = new double[m];
        this.u2 = new double[m];
        for (int i = 0; i < m; i++) {
            u1[i] = (x1[i] - mu1) / s1;
            u2[i] = (x2[i] - mu2) / s2;
        }
    }

    private static double[] bounds(double[] x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return new double[] {lo, hi};
    }

    /** The smallest power of two at or above {@code halfRange}, 1 for a feature that does not vary. */
    private static double powerOfTwoAtLeast(double halfRange) {
        if (halfRange == 0) {
            return 1.0;
        }
        int e = Math.getExponent(halfRange);
        if (Math.scalb(1.0, e) < halfRange) {
            e++;
        }
        return Math.scalb(1.0, Math.max(-MAX_SCALE_EXPONENT, Math.min(MAX_SCALE_EXPONENT, e)));
    }

    /** The number of points. */
    int size() {
        return m;
    }

    /** J at {@code theta} (3x1, not modified). */
    double value(DMatrixRMaj theta) {
        double v1 = theta.get(0);
        double v2 = theta.get(1);
        double c = theta.get(2);
        double loss = 0;
        for (int i = 0; i < m; i++) {
            loss += pointLoss(v1 * u1[i] + v2 * u2[i] + c, y[i]);
        }
        return C * loss + 0.5 * (lambda1 * v1 * v1 + lambda2 * v2 * v2);
    }

    /**
     * The log-loss of one point with logit z and label y, {@code softplus(z) - y z}, written as softplus(z) for
     * class 0 and softplus(-z) for class 1: equal in exact arithmetic, but {@link Loss#crossEntropy} subtracts
     * y z from softplus(z) ~ z, which for a point of class 1 with a large logit leaves an absolute error of about
     * 1e-16 z in place of a loss of about e^-z. Summed over well-separated points, that noise in J would hide the
     * decrease of the last Newton steps from the step halving.
     */
    private static double pointLoss(double z, int y) {
        return Loss.softplus(y == 1 ? -z : z);
    }

    /**
     * J, its gradient and its Hessian at {@code theta}, in one sweep over the points.
     *
     * <pre>
     *   dJ/dz_i   = sigmoid(z_i) - y_i = r_i          d2J/dz_i^2 = sigmoid(z_i) (1 - sigmoid(z_i)) = d_i
     *   g = C sum_i r_i [u1_i, u2_i, 1]'     + [lambda1 v1, lambda2 v2, 0]'
     *   H = C sum_i d_i [u_i; 1] [u_i; 1]'   + diag(lambda1, lambda2, 0)
     * </pre>
     * and, for each component of g, the sum of the absolute values of its terms: the scale of its rounding error,
     * and so the yardstick for calling a gradient zero.
     *
     * @param theta (v1, v2, c), 3x1. Not modified.
     * @param g the gradient, 3x1. Modified.
     * @param H the Hessian, 3x3. Modified.
     * @param gSize the sum of |term| over the terms of each component of g, 3x1. Modified.
     * @return J at theta
     */
    double evaluate(DMatrixRMaj theta, DMatrixRMaj g, DMatrixRMaj H, DMatrixRMaj gSize) {
        if (theta == g || theta == gSize || g == gSize) {
            throw new IllegalArgumentException("theta, g and gSize must be different matrices");
        }
        double v1 = theta.get(0);
        double v2 = theta.get(1);
        double c = theta.get(2);
        double loss = 0;
        double g1 = 0;
        double g2 = 0;
        double g3 = 0;
        double size1 = 0;
        double size2 = 0;
        double size3 = 0;
        double h11 = 0;
        double h12 = 0;
        double h13 = 0;
        double h22 = 0;
        double h23 = 0;
        double h33 = 0;
        for (int i = 0; i < m; i++) {
            double a = u1[i];
            double b = u2[i];
            double z = v1 * a + v2 * b + c;
            loss += pointLoss(z, y[i]);
            // p = sigmoid(z) and q = 1 - p, each computed without cancellation, so r and d keep their relative
            // precision on points the model is sure about.
            double e = Math.exp(-Math.abs(z));
            double p = z >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
            double q = z >= 0 ? e / (1.0 + e) : 1.0 / (1.0 + e);
            double r = y[i] == 1 ? -q : p;
            double d = p * q;
            g1 += r * a;
            g2 += r * b;
            g3 += r;
            size1 += Math.abs(r * a);
            size2 += Math.abs(r * b);
            size3 += Math.abs(r);
            h11 += d * a * a;
            h12 += d * a * b;
            h13 += d * a;
            h22 += d * b * b;
            h23 += d * b;
            h33 += d;
        }
        g.reshape(3, 1);
        g.set(0, C * g1 + lambda1 * v1);
        g.set(1, C * g2 + lambda2 * v2);
        g.set(2, C * g3);
        gSize.reshape(3, 1);
        gSize.set(0, C * size1 + Math.abs(lambda1 * v1));
        gSize.set(1, C * size2 + Math.abs(lambda2 * v2));
        gSize.set(2, C * size3);
        H.reshape(3, 3);
        H.set(0, 0, C * h11 + lambda1);
        H.set(0, 1, C * h12);
        H.set(0, 2, C * h13);
        H.set(1, 0, C * h12);
        H.set(1, 1, C * h22 + lambda2);
        H.set(1, 2, C * h23);
        H.set(2, 0, C * h13);
        H.set(2, 1, C * h23);
        H.set(2, 2, C * h33);
        return C * loss + 0.5 * (lambda1 * v1 * v1 + lambda2 * v2 * v2);
    }

    /** The model, in the data's own coordinates, whose scaled parameters are {@code theta} (3x1, not modified). */
    LogisticModel toModel(DMatrixRMaj theta) {
        double w1 = theta.get(0) / s1;
        double w2 = theta.get(1) / s2;
        return new LogisticModel(w1, w2, theta.get(2) - (w1 * mu1 + w2 * mu2), C);
    }

    /** The scaled parameters (v1, v2, c), 3x1, of the model with weights w1, w2 and intercept b. */
    DMatrixRMaj toTheta(double w1, double w2, double b) {
        return new DMatrixRMaj(3, 1, true, w1 * s1, w2 * s2, b + w1 * mu1 + w2 * mu2);
    }
}
