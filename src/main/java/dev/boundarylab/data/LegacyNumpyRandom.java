package dev.boundarylab.data;

/**
 * The random stream of numpy's legacy {@code RandomState}: the 32-bit Mersenne Twister MT19937, 53-bit doubles
 * from two words, the polar Gaussian that keeps its second value, and bounded integers by masked rejection.
 *
 * <p>Why not a commons-math3 generator: drawing exactly as numpy does lets a seed here give the very points that
 * scikit-learn and the course's Python give for {@code random_state=seed}, so their published figures (the golden
 * files) can be checked against our generators bit for bit. The stream uses only integer arithmetic,
 * {@link Math#sqrt} (correctly rounded by specification) and {@link StrictMath#log}, so it is the same on every JVM.
 *
 * <p>A seed in {@code [0, 2^32 - 1]} seeds as {@code RandomState(seed)}; any other {@code long} seeds as
 * {@code RandomState([low 32 bits, high 32 bits])} (numpy's array seeding), so every seed is accepted.
 * Not thread-safe: one generator per data set.
 */
final class LegacyNumpyRandom {
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] mt = new int[N];
    private int mti;
    private boolean hasGauss;
    private double gauss;

    /** A stream seeded as numpy's {@code RandomState} would be for this seed (see the class comment). */
    LegacyNumpyRandom(long seed) {
        if (seed >= 0 && seed <= 0xffffffffL) {
            initGenrand((int) seed);
        } else {
            initByArray(new int[] {(int) seed, (int) (seed >>> 32)});
        }
    }

    // Matsumoto and Nishimura's init_genrand; unsigned 32-bit arithmetic done in int, which wraps the same way.
    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        mti = N;
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = UPPER_MASK;
        mti = N;
    }

    /** The next raw 32-bit word of MT19937, to be read as unsigned. */
    int nextWord() {
        if (mti >= N) {
            int kk = 0;
            for (; kk < N - M; kk++) {
                int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) * MATRIX_A);
            }
            for (; kk < N - 1; kk++) {
                int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) * MATRIX_A);
            }
            int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) * MATRIX_A);
            mti = 0;
        }
        int y = mt[mti++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** A double uniform in {@code [0, 1)} with 53 random bits, as numpy's {@code random_sample()}. */
    double nextDouble() {
        int a = nextWord() >>> 5;
        int b = nextWord() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /** A double uniform in {@code [low, high)}, as numpy's {@code uniform(low, high)}. */
    double nextUniform(double low, double high) {
        return low + (high - low) * nextDouble();
    }

    /** A standard normal value, as numpy's legacy {@code standard_normal()} (Marsaglia's polar method). */
    double nextGaussian() {
        if (hasGauss) {
            hasGauss = false;
            return gauss;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * nextDouble() - 1.0;
            x2 = 2.0 * nextDouble() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.sqrt(-2.0 * StrictMath.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /** An integer uniform in {@code [0, max]}, as numpy's {@code random_interval}: mask, then reject. */
    int nextInterval(int max) {
        if (max == 0) {
            return 0;
        }
        int mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        int value;
        do {
            value = nextWord() & mask;
        } while (value > max);
        return value;
    }

    /**
     * A random order of {@code 0..n-1}, as numpy's {@code shuffle(np.arange(n))} (Fisher-Yates from the back).
     */
    int[] permutation(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = nextInterval(i);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
