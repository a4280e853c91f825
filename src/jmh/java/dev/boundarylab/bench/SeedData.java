package dev.boundarylab.bench;

import dev.boundarylab.data.Dataset;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * The data numpy_seed.py trains on, drawn the same way: points from a 2-D gaussian with covariance 0.7 I, labelled
 * 1 when their squared radius is above the median (two "gaussian quantiles"). Not numpy's numbers (another
 * generator), but the same kind and the same sizes, which is what the timing depends on.
 */
final class SeedData {
    private SeedData() {}

    static Dataset gaussianQuantiles(int m, long seed) {
        RandomGenerator rng = new Well19937c(seed);
        double sd = Math.sqrt(0.7);
        double[] x1 = new double[m];
        double[] x2 = new double[m];
        double[] r2 = new double[m];
        for (int i = 0; i < m; i++) {
            x1[i] = rng.nextGaussian() * sd;
            x2[i] = rng.nextGaussian() * sd;
            r2[i] = x1[i] * x1[i] + x2[i] * x2[i];
        }
        double[] sorted = r2.clone();
        java.util.Arrays.sort(sorted);
        // numpy's median: the middle value, or the mean of the two middle values when m is even.
        double median = m % 2 == 1 ? sorted[m / 2] : 0.5 * (sorted[m / 2 - 1] + sorted[m / 2]);
        int[] y = new int[m];
        for (int i = 0; i < m; i++) {
            y[i] = r2[i] > median ? 1 : 0;
        }
        return new Dataset("gaussian-quantiles", x1, x2, y);
    }
}
