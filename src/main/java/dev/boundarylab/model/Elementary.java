package dev.boundarylab.model;

/**
 * Elementary functions the training step needs, written in plain Java so that they inline into it.
 *
 * <p>On JDK 17 {@link Math#tanh} calls native fdlibm code (about 20 ns) and {@link Math#exp} is a call to a stub
 * (about half that). The functions here are plain arithmetic, inlined and interleaved with the code around them,
 * with the accuracy of float64: {@link #exp} within one unit in the last place of the true value and
 * {@link #tanh} within 6e-16 of it (1e-15 relative), which the unit tests check against 45-digit arithmetic and,
 * over dense ranges, against the JDK's. They are not lower-precision approximations: training with them replays numpy's
 * float64 trajectories.
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

    /** exp on (EXP_LOW, EXP_HIGH) has a normal result with a normal power of two; outside, Math.exp takes over. */
    private static final double EXP_LOW = -708.0;
    private static final double EXP_HIGH = 709.0;
    private static final double INV_LN2_64 = 0x1.71547652b82fep+6;
    // ln2/64 split in two: the high part has 32 significant bits, so n * LN2_64_HI is exact for |n| < 2^21.
    private static final double LN2_64_HI = 0x1.62e42ff000000p-7;
    private static final double LN2_64_LO = -0x1.718432a1b0e26p-41;
    // Adding 1.5 * 2^52 rounds to an integer held in the low bits of the sum (for |x| < 2^51).
    private static final double ROUND_SHIFT = 0x1.8p52;
    private static final long ROUND_SHIFT_BITS = Double.doubleToRawLongBits(ROUND_SHIFT);
    // 2^(j/64) = EXP2_HI[j] + EXP2_LO[j] to about 2^-106, j = 0..63 (from 60-digit decimal arithmetic; the
    // unit test recomputes them).
    private static final double[] EXP2_HI = {
        0x1.0000000000000p+0, 0x1.02c9a3e778061p+0, 0x1.059b0d3158574p+0, 0x1.0874518759bc8p+0,
        0x1.0b5586cf9890fp+0, 0x1.0e3ec32d3d1a2p+0, 0x1.11301d0125b51p+0, 0x1.1429aaea92de0p+0,
        0x1.172b83c7d517bp+0, 0x1.1a35beb6fcb75p+0, 0x1.1d4873168b9aap+0, 0x1.2063b88628cd6p+0,
        0x1.2387a6e756238p+0, 0x1.26b4565e27cddp+0, 0x1.29e9df51fdee1p+0, 0x1.2d285a6e4030bp+0,
        0x1.306fe0a31b715p+0, 0x1.33c08b26416ffp+0, 0x1.371a7373aa9cbp+0, 0x1.3a7db34e59ff7p+0,
        0x1.3dea64c123422p+0, 0x1.4160a21f72e2ap+0, 0x1.44e086061892dp+0, 0x1.486a2b5c13cd0p+0,
        0x1.4bfdad5362a27p+0, 0x1.4f9b2769d2ca7p+0, 0x1.5342b569d4f82p+0, 0x1.56f4736b527dap+0,
        0x1.5ab07dd485429p+0, 0x1.5e76f15ad2148p+0, 0x1.6247eb03a5585p+0, 0x1.6623882552225p+0,
        0x1.6a09e667f3bcdp+0, 0x1.6dfb23c651a2fp+0, 0x1.71f75e8ec5f74p+0, 0x1.75feb564267c9p+0,
        0x1.7a11473eb0187p+0, 0x1.7e2f336cf4e62p+0, 0x1.82589994cce13p+0, 0x1.868d99b4492edp+0,
        0x1.8ace5422aa0dbp+0, 0x1.8f1ae99157736p+0, 0x1.93737b0cdc5e5p+0, 0x1.97d829fde4e50p+0,
        0x1.9c49182a3f090p+0, 0x1.a0c667b5de565p+0, 0x1.a5503b23e255dp+0, 0x1.a9e6b5579fdbfp+0,
        0x1.ae89f995ad3adp+0, 0x1.b33a2b84f15fbp+0, 0x1.b7f76f2fb5e47p+0, 0x1.bcc1e904bc1d2p+0,
        0x1.c199bdd85529cp+0, 0x1.c67f12e57d14bp+0, 0x1.cb720dcef9069p+0, 0x1.d072d4a07897cp+0,
        0x1.d5818dcfba487p+0, 0x1.da9e603db3285p+0, 0x1.dfc97337b9b5fp+0, 0x1.e502ee78b3ff6p+0,
        0x1.ea4afa2a490dap+0, 0x1.efa1bee615a27p+0, 0x1.f50765b6e4540p+0, 0x1.fa7c1819e90d8p+0
    };
    private static final double[] EXP2_LO = {
        0x0.0p+0, -0x1.19083535b085dp-56, 0x1.d73e2a475b465p-55, 0x1.186be4bb284ffp-57, 0x1.8a62e4adc610bp-54,
        0x1.03a1727c57b53p-59, -0x1.6c51039449b3ap-54, -0x1.32fbf9af1369ep-54, -0x1.19041b9d78a76p-55,
        0x1.e5b4c7b4968e4p-55, 0x1.e016e00a2643cp-54, 0x1.dc775814a8495p-55, 0x1.9b07eb6c70573p-54,
        0x1.2bd339940e9d9p-55, 0x1.612e8afad1255p-55, 0x1.0024754db41d5p-54, 0x1.6f46ad23182e4p-55,
        0x1.32721843659a6p-54, -0x1.63aeabf42eae2p-54, -0x1.5e436d661f5e3p-56, 0x1.ada0911f09ebcp-55,
        -0x1.ef3691c309278p-58, 0x1.89b7a04ef80d0p-59, 0x1.3c1a3b69062f0p-56, 0x1.d4397afec42e2p-56,
        -0x1.4b309d25957e3p-54, -0x1.07abe1db13cadp-55, 0x1.9bb2c011d93adp-54, 0x1.6324c054647adp-54,
        0x1.ba6f93080e65ep-54, -0x1.383c17e40b497p-54, -0x1.bb60987591c34p-54, -0x1.bdd3413b26456p-54,
        -0x1.bbe3a683c88abp-57, -0x1.16e4786887a99p-55, -0x1.0245957316dd3p-54, -0x1.41577ee04992fp-55,
        0x1.05d02ba15797ep-56, -0x1.d4c1dd41532d8p-54, -0x1.fc6f89bd4f6bap-54, 0x1.6e9f156864b27p-54,
        0x1.5cc13a2e3976cp-55, -0x1.75fc781b57ebcp-57, -0x1.d185b7c1b85d1p-54, 0x1.c7c46b071f2bep-56,
        -0x1.359495d1cd533p-54, -0x1.d2f6edb8d41e1p-54, 0x1.0fac90ef7fd31p-54, 0x1.7a1cd345dcc81p-54,
        -0x1.2805e3084d708p-57, -0x1.5584f7e54ac3bp-56, 0x1.23dd07a2d9e84p-55, 0x1.11065895048ddp-55,
        0x1.2884dff483cadp-54, 0x1.503cbd1e949dbp-56, -0x1.cbc3743797a9cp-54, 0x1.2ed02d75b3707p-55,
        0x1.c2300696db532p-54, -0x1.1a5cd4f184b5cp-54, 0x1.39e8980a9cc8fp-55, -0x1.e9c23179c2893p-54,
        0x1.dc7f486a4b6b0p-54, 0x1.9d3e12dd8a18bp-54, 0x1.74853f3a5931ep-55
    };

    private Elementary() {
    }

    /**
     * e^x, within one unit in the last place; for x in (-708, 709) by table and polynomial, elsewhere (far
     * under- or overflow, infinities, NaN) by {@link Math#exp}.
     */
    public static double exp(double x) {
        if (!(x > EXP_LOW && x < EXP_HIGH)) {
            return Math.exp(x);
        }
        return expInRange(x);
    }

    /**
     * e^x for x in (-708, 709): x = (64 k + j) ln2/64 + r with |r| <= ln2/128, so e^x = 2^k 2^(j/64) e^r,
     * where 2^(j/64) comes from the table and e^r - 1 from its Taylor polynomial of degree 5 (the first
     * omitted term is below 4e-17 of the result). NaN gives NaN.
     */
    private static double expInRange(double x) {
        double shifted = x * INV_LN2_64 + ROUND_SHIFT;
        long n = Double.doubleToRawLongBits(shifted) - ROUND_SHIFT_BITS;
        double nd = shifted - ROUND_SHIFT;
        double r = (x - nd * LN2_64_HI) - nd * LN2_64_LO;
        double q = r + r * r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120))));
        int j = (int) (n & 63);
        double t = EXP2_HI[j];
        double scale = Double.longBitsToDouble(((n >> 6) + 1023) << 52);
        return scale * (t + (EXP2_LO[j] + t * q));
    }

    /**
     * The hyperbolic tangent, within 6e-16 of the true value everywhere (absolute), and within 1e-15 of it
     * relative to its size; odd, so {@code tanh(-0.0)} is {@code -0.0}; NaN gives NaN and infinities give +-1.
     * The same bits as {@link #tanh(double[], double[], int)}: see there for the method.
     */
    public static double tanh(double x) {
        return tanhDoubling(x);
    }

    /**
     * Writes {@code out[i] = tanh(x[i])} for {@code i < n}, the same values bit for bit as {@link #tanh(double)}.
     *
     * <p>The loop over the elements has no branch, no table and no bit manipulation, so C2 compiles it to vector
     * instructions (eight doubles at a time with AVX-512). It is the double-angle formula run on a fraction:
     * with y = x/32 and tanh(y) = N/D from Cephes' rational function (|y| &lt; 0.625, its range),
     * tanh(2y) = 2ND / (N^2 + D^2), so five doublings of the pair (N, D), which are multiplications and
     * additions of positive terms (no cancellation), then one division give tanh(x). Each doubling scales the
     * relative error of N/D by (1 - t^2)/(1 + t^2) &lt;= 1, so the rational function's error does not grow and
     * what adds up is the rounding of the five doublings: about 2 units in the last place each, 1e-15 relative
     * at most, 6e-16 absolute (the unit tests check both against 45-digit arithmetic). Arguments are first clamped
     * to +-19.1 (where tanh is +-1 in float64) with {@link Math#min} and {@link Math#max}, which C2 vectorizes too
     * and which keep NaN and -0.0.
     * (Both arrays are indexed from 0 on purpose: JDK 17 vectorizes a loop only when its arrays share one index.)
     *
     * @param x the arguments, not modified; must not be {@code out}
     * @param out the results, modified
     * @throws IllegalArgumentException if {@code x} and {@code out} are the same array
     */
    public static void tanh(double[] x, double[] out, int n) {
        if (x == out) {
            throw new IllegalArgumentException("tanh needs separate argument and result arrays");
        }
        for (int i = 0; i < n; i++) {
            out[i] = tanhDoubling(x[i]);
        }
    }

    /**
     * tanh(x), after clamping x to +-19.1, by five doublings of N/D = tanh(x/32). N and D are kept unscaled: N0 = x (Q + z P)
     * and D0 = 32 Q with z = (x/32)^2, which is tanh(x/32) = (x/32)(1 + z P/Q) as a fraction without rounding x/32
     * (so subnormal x lose nothing); the pair's size squares at each doubling, to at most about 1e180 here.
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
}
