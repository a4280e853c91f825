package dev.boundarylab.data;

/**
 * The generators of more than two classes that are not the two-class ones' ports ({@link Generators}): the K-arm
 * spiral and K blobs, each a line-by-line port of a short numpy program (quoted in its comment) drawing from
 * {@link LegacyNumpyRandom}. Arguments arrive validated by {@link DatasetKind#generate(int, double, long, int)}.
 */
final class ClassGenerators {
    /** The radius of the circle on which the centres of K blobs lie. */
    static final double BLOB_RING = 2.5;

    private ClassGenerators() {}

    /**
     * The points of each of K classes when n points are shared among them: {@code n // K} each, and the
     * {@code n % K} left over one each to the first classes (scikit-learn's {@code make_blobs} rule) or to the last
     * (as the two-class generators give their odd point to class 1).
     */
    static int[] perClass(int n, int classes, boolean firstTakeMore) {
        int[] counts = new int[classes];
        int extra = n % classes;
        for (int j = 0; j < classes; j++) {
            counts[j] = n / classes + ((firstTakeMore ? j < extra : j >= classes - extra) ? 1 : 0);
        }
        return counts;
    }

    /**
     * The classic K-arm spiral (the CS231n course's): arm j of N_j points, n // K and the last n % K arms one more
     * ({@link #perClass}), the arms in order,
     * class j the j-th arm, each turning about 0.64 of a turn out to radius 1; {@code noise} jitters the angle (the
     * classic 0.2):
     * <pre>
     * rs = np.random.RandomState(seed)
     * for j in range(K):
     *     r = np.linspace(0.0, 1, N_j)
     *     t = np.linspace(j * 4, (j + 1) * 4, N_j) + rs.randn(N_j) * noise
     *     X[class j rows] = np.c_[r * np.sin(t), r * np.cos(t)]
     * </pre>
     */
    static Dataset arms(String name, int n, double noise, long seed, int classes) {
        LegacyNumpyRandom rs = new LegacyNumpyRandom(seed);
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        int[] y = new int[n];
        int[] counts = perClass(n, classes, false);
        int start = 0;
        for (int j = 0; j < classes; j++) {
            int count = counts[j];
            double[] r = Generators.linspace(0, 1, count, true);
            double[] t = Generators.linspace(j * 4, (j + 1) * 4, count, true);
            for (int i = 0; i < count; i++) {
                t[i] += rs.nextGaussian() * noise;
            }
            for (int i = 0; i < count; i++) {
                x1[start + i] = r[i] * StrictMath.sin(t[i]);
                x2[start + i] = r[i] * StrictMath.cos(t[i]);
                y[start + i] = j;
            }
            start += count;
        }
        return new Dataset(name, x1, x2, y, classes);
    }

    /**
     * The centre of blob j of K: on the circle of radius {@value #BLOB_RING} around the origin, at the angle
     * 2πj/K, {@code (2.5 cos(2πj/K), 2.5 sin(2πj/K))}; evenly spread, so the classes overlap alike.
     */
    static double[] blobCentre(int j, int classes) {
        double angle = 2 * Math.PI * j / classes;
        return new double[] {BLOB_RING * StrictMath.cos(angle), BLOB_RING * StrictMath.sin(angle)};
    }

    /**
     * scikit-learn 1.2.1's {@code make_blobs(n, centers=C, cluster_std=noise, random_state=seed)} with the K
     * centres C of {@link #blobCentre}: class j around centre j, n // K points each and the first n % K one more
     * ({@link #perClass}), in random order:
     * <pre>
     * X = rs.normal(loc=C[0], scale=noise, size=(N_0, 2)) then ... rs.normal(loc=C[K-1], ...)
     * ind = np.arange(n); rs.shuffle(ind); X, y = X[ind], y[ind]
     * </pre>
     */
    static Dataset blobs(String name, int n, double noise, long seed, int classes) {
        LegacyNumpyRandom rs = new LegacyNumpyRandom(seed);
        int[] counts = perClass(n, classes, true);
        double[] a = new double[n];
        double[] b = new double[n];
        int[] label = new int[n];
        int i = 0;
        for (int j = 0; j < classes; j++) {
            double[] c = blobCentre(j, classes);
            for (int k = 0; k < counts[j]; k++, i++) {
                a[i] = c[0] + noise * rs.nextGaussian();
                b[i] = c[1] + noise * rs.nextGaussian();
                label[i] = j;
            }
        }
        int[] order = rs.permutation(n);
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        int[] y = new int[n];
        for (int k = 0; k < n; k++) {
            x1[k] = a[order[k]];
            x2[k] = b[order[k]];
            y[k] = label[order[k]];
        }
        return new Dataset(name, x1, x2, y, classes);
    }
}
