package dev.boundarylab.model;

import java.util.Arrays;

/**
 * The objective of multinomial logistic regression on d input features and K classes, its gradient and Hessian,
 * over chosen rows of a feature matrix for one C: what {@link MultinomialLogisticRegression} minimises.
 *
 * <pre>
 *   J(W, b) = C sum_i -log p_{i, y_i} + |W|^2 / 2,    p_i = softmax(W x_i + b)   (W K x d, b K, not penalised)
 * </pre>
 * the objective of scikit-learn's multinomial {@code LogisticRegression(C=C)}. As in {@link LogisticObjective} it
 * is evaluated in centred, rescaled coordinates {@code u_j = (x_j - mu_j) / s_j} (each s_j a power of two), with
 * parameters {@code theta_k = (v_k, c_k)}, {@code w_kj = v_kj / s_j}, {@code b_k = c_k - sum_j w_kj mu_j}; the
 * penalty then reads {@code sum_kj v_kj^2 / (2 s_j^2)}. Newton's method is invariant under that change, and its
 * Hessian stays well conditioned for points far from the origin.
 *
 * <p>Softmax is unchanged by adding one constant to every intercept, so J is flat along that direction and its
 * Hessian singular there. {@link #hessian} adds {@code mu (sum_k c_k)^2 / 2}'s curvature, a rank-one term: a Newton
 * step from intercepts summing to 0 keeps them so (the gradient's intercept parts sum to 0, as the probabilities
 * do), so the term never changes J along the path, and fixes the freedom at intercepts summing to 0. The weights
 * need no such care: the penalty makes each feature's weights sum to 0 over the classes at the optimum.
 *
 * <p>Parameters are laid out class by class: {@code theta[k (d + 1) + j]} is v_kj, {@code theta[k (d + 1) + d]}
 * is c_k. Not thread-safe: one per thread.
 */
final class MultinomialObjective {
    // Scales are kept within 2^-500 .. 2^500 so that the penalty's curvature 1 / s^2 stays a normal number.
    private static final int MAX_SCALE_EXPONENT = 500;
    /** Points per block of {@link #derivatives}. */
    private static final int BLOCK = 256;

    private final int m;
    private final int d;
    private final int k;
    private final int p;
    // The features in scaled coordinates, row by row with a 1 appended (m x (d + 1)), and the labels (m).
    private final double[] u;
    private final int[] y;
    // x_j = mu_j + s_j u_j; lambda_j = 1 / s_j^2 is the curvature of the penalty along v_kj.
    private final double[] mu;
    private final double[] s;
    private final double[] lambda;
    // The logits, then the probabilities, of one point (K).
    private final double[] z;
    // A block of points by row: the probabilities and C (p - y) of each class (K x BLOCK), the features with the 1
    // (d + 1 x BLOCK), their products u_r u_t (t <= r, at r (d + 1) + t), and one pair of classes' Hessian weights.
    private final double[][] prob;
    private final double[][] residual;
    private final double[][] ub;
    private final double[][] outer;
    private final double[] weight;

    /**
     * Binds the objective to a feature matrix.
     *
     * @param x Not modified. The features of the points, row by row (m x d).
     * @param labels Not modified. The class 0 .. K-1 of each point.
     */
    MultinomialObjective(double[] x, int d, int[] labels, int classes) {
        this.m = labels.length;
        this.d = d;
        this.k = classes;
        this.p = d + 1;
        this.y = labels;
        this.mu = new double[d];
        this.s = new double[d];
        this.lambda = new double[d];
        for (int j = 0; j < d; j++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                lo = Math.min(lo, x[i * d + j]);
                hi = Math.max(hi, x[i * d + j]);
            }
            // The midrange as centre: half the sum of the extremes cannot overflow.
            mu[j] = m == 0 ? 0 : 0.5 * lo + 0.5 * hi;
            s[j] = m == 0 ? 1 : powerOfTwoAtLeast(0.5 * hi - 0.5 * lo);
            lambda[j] = 1.0 / (s[j] * s[j]);
        }
        this.u = new double[m * p];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < d; j++) {
                u[i * p + j] = (x[i * d + j] - mu[j]) / s[j];
            }
            u[i * p + d] = 1;
        }
        this.z = new double[classes];
        this.prob = new double[classes][BLOCK];
        this.residual = new double[classes][BLOCK];
        this.ub = new double[p][BLOCK];
        this.outer = new double[p * p][BLOCK];
        this.weight = new double[BLOCK];
    }

    private static double powerOfTwoAtLeast(double halfRange) {
        if (halfRange == 0) {
            return 1.0;
        }
        int e = Math.getExponent(halfRange);
        double s = Math.scalb(1.0, e) < halfRange ? Math.scalb(1.0, e + 1) : Math.scalb(1.0, e);
        return Math.scalb(1.0, Math.max(-MAX_SCALE_EXPONENT, Math.min(MAX_SCALE_EXPONENT, Math.getExponent(s))));
    }

    /** The number of parameters, K (d + 1). */
    int size() {
        return k * p;
    }

    /** The logits of point i under theta into {@link #z}. */
    private void logits(double[] theta, int i) {
        for (int a = 0; a < k; a++) {
            double v = 0;
            for (int j = 0; j < p; j++) {
                v += theta[a * p + j] * u[i * p + j];
            }
            z[a] = v;
        }
    }

    /**
     * J at theta over the points {@code rows}.
     *
     * @param theta Not modified.
     * @param rows Not modified.
     */
    double value(double[] theta, int[] rows, double C) {
        double loss = 0;
        for (int i : rows) {
            logits(theta, i);
            loss += Softmax.crossEntropy(z, 0, k, y[i]);
        }
        double penalty = 0;
        for (int a = 0; a < k; a++) {
            for (int j = 0; j < d; j++) {
                double v = theta[a * p + j];
                penalty += lambda[j] * v * v;
            }
        }
        return C * loss + 0.5 * penalty;
    }

    /**
     * The gradient g, the sizes of its terms (what its rounding error scales with) and the Hessian H (with the
     * rank-one term that fixes the intercepts' freedom, see the class comment) at theta over the points
     * {@code rows}.
     *
     * <pre>
     *   g_(a, j) = C sum_i (p_ia - [y_i = a]) u~_ij + lambda_j v_aj          (u~_i = (u_i, 1), lambda_d = 0)
     *   H_(a, r)(b, t) = C sum_i p_ia ([a = b] - p_ib) u~_ir u~_it + [a = b, r = t] lambda_r + [r = t = d] C |rows| / K
     * </pre>
     *
     * @param theta Not modified.
     * @param rows Not modified.
     * @param g Modified. K (d + 1).
     * @param gSize Modified. K (d + 1).
     * @param H Modified. (K (d + 1))^2, row-major; both triangles are filled.
     */
    void derivatives(double[] theta, int[] rows, double C, double[] g, double[] gSize, double[] H) {
        int n = size();
        Arrays.fill(g, 0);
        Arrays.fill(gSize, 0);
        Arrays.fill(H, 0);
        // A block of points at a time, held by row (a class's or a feature's values over the block), so that
        // every sum below is a loop along the points that the JIT vectorizes.
        for (int from = 0; from < rows.length; from += BLOCK) {
            int len = Math.min(BLOCK, rows.length - from);
            for (int q = 0; q < len; q++) {
                int i = rows[from + q];
                logits(theta, i);
                Softmax.probabilities(z, 0, k, z, 0);
                for (int a = 0; a < k; a++) {
                    prob[a][q] = z[a];
                    residual[a][q] = C * (z[a] - (y[i] == a ? 1 : 0));
                }
                for (int j = 0; j < p; j++) {
                    ub[j][q] = u[i * p + j];
                }
            }
            for (int r = 0; r < p; r++) {
                for (int t = 0; t <= r; t++) {
                    double[] o = outer[r * p + t];
                    for (int q = 0; q < len; q++) {
                        o[q] = ub[r][q] * ub[t][q];
                    }
                }
            }
            for (int a = 0; a < k; a++) {
                for (int j = 0; j < p; j++) {
                    double sum = 0;
                    double size = 0;
                    for (int q = 0; q < len; q++) {
                        double t = residual[a][q] * ub[j][q];
                        sum += t;
                        size += Math.abs(t);
                    }
                    g[a * p + j] += sum;
                    gSize[a * p + j] += size;
                }
                // The lower triangle: class b <= a, and within a = b the features t <= r.
                for (int b = 0; b <= a; b++) {
                    for (int q = 0; q < len; q++) {
                        weight[q] = C * prob[a][q] * ((a == b ? 1 : 0) - prob[b][q]);
                    }
                    for (int r = 0; r < p; r++) {
                        int at = (a * p + r) * n + b * p;
                        int last = a == b ? r : p - 1;
                        for (int t = 0; t <= last; t++) {
                            double[] o = outer[Math.max(r, t) * p + Math.min(r, t)];
                            double sum = 0;
                            for (int q = 0; q < len; q++) {
                                sum += weight[q] * o[q];
                            }
                            H[at + t] += sum;
                        }
                    }
                }
            }
        }
        double shift = C * rows.length / (double) k;
        for (int a = 0; a < k; a++) {
            for (int j = 0; j < d; j++) {
                int q = a * p + j;
                g[q] += lambda[j] * theta[q];
                gSize[q] += Math.abs(lambda[j] * theta[q]);
                H[q * n + q] += lambda[j];
            }
            for (int b = 0; b <= a; b++) {
                H[(a * p + d) * n + b * p + d] += shift;
            }
        }
        for (int q = 0; q < n; q++) {
            for (int t = 0; t < q; t++) {
                H[t * n + q] = H[q * n + t];
            }
        }
    }

    /**
     * The model's weights and intercepts in the data's own coordinates from theta: {@code out[0]} W (K x d, by
     * rows), {@code out[1]} b (K), the intercepts shifted to sum to 0 (which changes no probability).
     */
    double[][][] model(double[] theta) {
        double[][] w = new double[k][d];
        double[][] b = new double[1][k];
        double mean = 0;
        for (int a = 0; a < k; a++) {
            double c = theta[a * p + d];
            for (int j = 0; j < d; j++) {
                w[a][j] = theta[a * p + j] / s[j];
                c -= w[a][j] * mu[j];
            }
            b[0][a] = c;
            mean += c / k;
        }
        for (int a = 0; a < k; a++) {
            b[0][a] -= mean;
        }
        return new double[][][] {w, b};
    }
}
