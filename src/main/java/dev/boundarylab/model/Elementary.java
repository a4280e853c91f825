package dev.boundarylab.model;

/**
 * The hyperbolic tangent the training step needs, written in plain Java so that it inlines into the step's loops
 * and the JIT turns them into vector instructions.
 *
 * <p>On JDK 17 {@link Math#tanh} calls native fdlibm code (about 20 ns). {@link #tanh} here is plain arithmetic
 * with the accuracy of float64: within 6e-16 of the true value (1e-15 relative), which the unit tests check against
 * 45-digit arithmetic and, over dense ranges, against the JDK's. It is not a lower-precision approximation:
 * training with it replays numpy's float64 trajectories.
 */
public final class Elementary {
    /**
     * tanh rounds to +-1 from |x| = 19.06 on. Arguments are clamped to +-19.1, where the doubling form gives exactly
     * +-1 (the unit test checks it), so that x/32 stays in the rational function's range and nothing overflows.
     */
    private static final double TANH_CLAMP = 19.1;
    // Cephes tanh.c: tanh(x) = x + x^3 P(x^2) / Q(x^2) on |x| <= 0.625, relative error 2.5e-16 over the range.
    private static final double P0 = -9.64399179425052238628E-1;
    private static final double P1 = -9.92877231001918586564E1;
    private static final double P2 = -1.61468768441708447952E3;
    private static final double Q1 = 1.12811678491632931402E2;
    private static final double Q2 = 2.23548839060100448583E3;
    private static final double Q3 = 4.84406305325125486048E3;

    private Elementary() {}

    /**
     * The hyperbolic tangent, within 6e-16 of the true value everywhere (absolute), and within 1e-15 of it
     * relative to its size; odd, so {@code tanh(-0.0)} is {@code -0.0}; NaN gives NaN and infinities give +-1.
     *
     * <p>It has no branch, no table and no bit manipulation, so in a loop over arrays C2 compiles it to vector
     * instructions (eight doubles at a time with AVX-512); that is how the training step calls it. It is the
     * double-angle formula run on a fraction: with y = x/32 and tanh(y) = N/D from Cephes' rational function
     * (|y| &lt; 0.625, its range), tanh(2y) = 2ND / (N^2 + D^2), so five doublings of the pair (N, D), which are
     * multiplications and additions of positive terms (no cancellation), then one division give tanh(x). Each
     * doubling scales the relative error of N/D by (1 - t^2)/(1 + t^2) &lt;= 1, so the rational function's error
     * does not grow and what adds up is the rounding of the five doublings: about 2 units in the last place each,
     * 1e-15 relative at most, 6e-16 absolute (the unit tests check both against 45-digit arithmetic). Arguments
     * are first clamped to +-19.1 (where tanh is +-1 in float64) with {@link Math#min} and {@link Math#max}, which
     * C2 vectorizes too and which keep NaN and -0.0.
     */
    public static double tanh(double x) {
        return tanhDoubling(x);
    }

    /**
     * tanh(x), after clamping x to +-19.1, by five doublings of N/D = tanh(x/32). N and D are kept unscaled:
     * N0 = x (Q + z P) and D0 = 32 Q with z = (x/32)^2, which is tanh(x/32) = (x/32)(1 + z P/Q) as a fraction
     * without rounding x/32 (so subnormal x lose nothing); the pair's size squares at each doubling, to at most
     * about 1e180 here.
     */
    private static double tanhDoubling(double argument) {
        double x = Math.min(Math.max(argument, -TANH_CLAMP), TANH_CLAMP);
        double z = x * x * (1.0 / 1024);
        double p = Math.fma(Math.fma(P0, z, P1), z, P2);
        double q = Math.fma(Math.fma(z + Q1, z, Q2), z, Q3);
        double num = x * Math.fma(z, p, q);
        double den = 32.0 * q;
        double next;
        // Five doublings, written out: C2 17 vectorizes the loop around them only when they are straight-line code.
        next = (num + num) * den;
        den = Math.fma(num, num, den * den);
        num = next;
        next = (num + num) * den;
        den = Math.fma(num, num, den * den);
        num = next;
        next = (num + num) * den;
        den = Math.fma(num, num, den * den);
        num = next;
        next = (num + num) * den;
        den = Math.fma(num, num, den * den);
        num = next;
        next = (num + num) * den;
        den = Math.fma(num, num, den * den);
        num = next;
        return num / den;
    }

    /** The logistic sigmoid 1 / (1 + e^-z), without overflow: exp of a non-positive number is at most 1. */
    public static double sigmoid(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }
}
