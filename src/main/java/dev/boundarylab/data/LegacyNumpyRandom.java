package dev.boundarylab.data;

import org.apache.commons.math3.random.MersenneTwister;

/**
 * The random stream of numpy's legacy {@code RandomState}: the 32-bit Mersenne Twister MT19937, 53-bit doubles
 * from two words, the polar Gaussian that keeps its second value, and bounded integers by masked rejection.
 *
 * <p>The words come from commons-math3's {@link MersenneTwister}; the rest follows numpy. Why not commons-math3's
 * own doubles and Gaussians: drawing exactly as numpy does lets a seed here give the very points that
 * scikit-learn and the course's Python give for {@code random_state=seed}, so their published figures (the golden
 * files) can be checked against our generators bit for bit. The stream uses only integer arithmetic,
 * {@link Math#sqrt} (correctly rounded by specification) and {@link StrictMath#log}, so it is the same on every JVM.
 *
 * <p>A seed in {@code [0, 2^31 - 1]} seeds as {@code RandomState(seed)}; any other {@code long} seeds as
 * {@code RandomState([low 32 bits, high 32 bits])} (numpy's array seeding), so every seed is accepted.
 * (commons-math3 seeds an {@code int} as signed, so seeds from 2^31 to 2^32 - 1, which numpy would take as one
 * integer, go the array way here.)
 * Not thread-safe: one generator per data set.
 */
public final class LegacyNumpyRandom {
    // commons-math3's MersenneTwister is MT19937 with Matsumoto and Nishimura's init_genrand and init_by_array
    // seeding, the bit source numpy's RandomState uses; what numpy builds on those words is written out below.
    private final MersenneTwister twister;
    private final int[] seedWords = new int[2];
    private boolean hasGauss;
    private double gauss;

    /** A stream seeded as numpy's {@code RandomState} would be for this seed (see the class comment). */
    public LegacyNumpyRandom(long seed) {
        twister = new MersenneTwister(0);
        reseed(seed);
    }

    /**
     * Seeds again, as {@code np.random.seed(seed)} does (the cached Gaussian is dropped too), allocating nothing: a
     * training epoch reseeds its shuffle this way.
     */
    public void reseed(long seed) {
        if (seed >= 0 && seed <= Integer.MAX_VALUE) {
            twister.setSeed((int) seed);
        } else {
            seedWords[0] = (int) seed;
            seedWords[1] = (int) (seed >>> 32);
            twister.setSeed(seedWords);
        }
        hasGauss = false;
    }

    /** The next raw 32-bit word of MT19937, to be read as unsigned. */
    int nextWord() {
        return twister.nextInt();
    }

    /** A double uniform in {@code [0, 1)} with 53 random bits, as numpy's {@code random_sample()}. */
    public double nextDouble() {
        int a = nextWord() >>> 5;
        int b = nextWord() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /** A double uniform in {@code [low, high)}, as numpy's {@code uniform(low, high)}. */
    double nextUniform(double low, double high) {
        return low + (high - low) * nextDouble();
    }

    /** A standard normal value, as numpy's legacy {@code standard_normal()} (Marsaglia's polar method). */
    public double nextGaussian() {
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
    public int[] permutation(int n) {
        int[] p = new int[n];
        permutation(p, n);
        return p;
    }

    /**
     * As {@link #permutation(int)}, into {@code p[0..n)}: numpy's legacy {@code permutation(n)} is
     * {@code shuffle(arange(n))}, and its shuffle swaps {@code p[i]} with {@code p[random_interval(i)]} for i from
     * n - 1 down to 1. Allocates nothing.
     *
     * @param p Modified. At least {@code n} long.
     */
    public void permutation(int[] p, int n) {
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = nextInterval(i);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
    }
}
