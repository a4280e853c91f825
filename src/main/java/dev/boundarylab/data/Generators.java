package dev.boundarylab.data;

/**
 * The seeded point generators behind {@link DatasetKind}, each a line-by-line port of a short numpy program
 * (quoted in its comment) drawing from {@link LegacyNumpyRandom}, so that Python run with the same seed gives the
 * same points. Arguments arrive validated by {@link DatasetKind#generate(int, double, long)}.
 *
 * <p>Sines and cosines use {@link StrictMath} so that the points are identical on every JVM; numpy's own
 * {@code sin} may differ from it in the last bit.
 */
final class Generators {
    private static final double COV = 0.7;
    private static final double PETAL_RADIUS = 4;
    private static final double PETAL_SPAN = 3.12;
    private static final double INNER_CIRCLE = 0.5;
    private static final double BLOB_CENTRE = 1.5;
    private static final double XOR_HALF_WIDTH = 3;
    private static final double SPIRAL_RADIUS = 3.5;
    private static final double SPIRAL_TURNS = 1.75;

    private Generators() {}

    /** The two-class {@link #gaussianQuantiles(String, int, long, int)}: the seed article's data. */
    static Dataset gaussianQuantiles(String name, int n, long seed) {
        return gaussianQuantiles(name, n, seed, 2);
    }

    /**
     * scikit-learn 1.2.1's {@code make_gaussian_quantiles(cov=0.7, n_samples=n, n_features=2, n_classes=K,
     * random_state=seed)}: K rings around a core, each of {@code n // K} points, the outermost taking the rest:
     * <pre>
     * X = rs.multivariate_normal([0, 0], 0.7 * np.identity(2), (n,))   # standard normals times sqrt(0.7)
     * X = X[np.argsort(np.sum(X ** 2, axis=1))]
     * step = n // K; y = [0] * step + [1] * step + ... + [K - 1] * step + [K - 1] * (n - K step)
     * ind = np.arange(n); rs.shuffle(ind); X, y = X[ind], y[ind]
     * </pre>
     */
    static Dataset gaussianQuantiles(String name, int n, long seed, int classes) {
        LegacyNumpyRandom rs = new LegacyNumpyRandom(seed);
        // multivariate_normal multiplies the normals by sqrt(s) V from the SVD of 0.7 I: exactly sqrt(0.7) I.
        double scale = Math.sqrt(COV);
        double[] a = new double[n];
        double[] b = new double[n];
        double[] r2 = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = rs.nextGaussian() * scale;
            b[i] = rs.nextGaussian() * scale;
            r2[i] = a[i] * a[i] + b[i] * b[i];
        }
        int[] byRadius = argsort(r2);
        int[] order = rs.permutation(n);
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            int rank = order[i];
            int p = byRadius[rank];
            x1[i] = a[p];
            x2[i] = b[p];
            // By quantile: the n // K points nearest the mean are class 0, the next n // K class 1, ...; the points
            // left over go to the last class, as in sklearn.
            int step = n / classes;
            y[i] = step == 0 ? classes - 1 : Math.min(rank / step, classes - 1);
        }
        return new Dataset(name, x1, x2, y, classes);
    }

    /**
     * The course's {@code planar_utils.load_planar_dataset()} with m points, noise in place of its 0.2 and the odd
     * point, if any, in class 1; {@code m=400, noise=0.2, seed=1} is the course's flower:
     * <pre>
     * for j, N in enumerate([m // 2, m - m // 2]):
     *     t = np.linspace(j * 3.12, (j + 1) * 3.12, N) + rs.randn(N) * noise
     *     r = 4 * np.sin(4 * t) + rs.randn(N) * noise
     *     X[class j rows] = np.c_[r * np.sin(t), r * np.cos(t)]
     * </pre>
     */
    static Dataset flower(String name, int m, double noise, long seed) {
        LegacyNumpyRandom rs = new LegacyNumpyRandom(seed);
        double[] x1 = new double[m];
        double[] x2 = new double[m];
        int[] y = new int[m];
        int start = 0;
        for (int j = 0; j < 2; j++) {
            int count = j == 0 ? m / 2 : m - m / 2;
            double[] t = linspace(j * PETAL_SPAN, (j + 1) * PETAL_SPAN, count, true);
            for (int i = 0; i < count; i++) {
                t[i] += rs.nextGaussian() * noise;
            }
            for (int i = 0; i < count; i++) {
                double r = PETAL_RADIUS * StrictMath.sin(4 * t[i]) + rs.nextGaussian() * noise;
                x1[start + i] = r * StrictMath.sin(t[i]);
                x2[start + i] = r * StrictMath.cos(t[i]);
                y[start + i] = j;
            }
            start += count;
        }
        return new Dataset(name, x1, x2, y);
    }

    /**
     * scikit-learn 1.2.1's {@code make_circles(n, noise=noise, factor=0.5, random_state=seed)}: the outer circle of
     * radius 1 is class 0 ({@code n // 2} points), the inner circle of radius 0.5 class 1:
     * <pre>
     * out = np.linspace(0, 2 * np.pi, n // 2, endpoint=False)
     * inn = np.linspace(0, 2 * np.pi, n - n // 2, endpoint=False)
     * X = [cos(out), sin(out)] then [cos(inn) * 0.5, sin(inn) * 0.5]; y = [0] * (n // 2) + [1] * (n - n // 2)
     * ind = np.arange(n); rs.shuffle(ind); X, y = X[ind], y[ind]
     * X += rs.normal(scale=noise, size=X.shape)
     * </pre>
     */
    static Dataset circles(String name, int n, double noise, long seed) {
        int outer = n / 2;
        double[] tOut = linspace(0, 2 * Math.PI, outer, false);
        double[] tIn = linspace(0, 2 * Math.PI, n - outer, false);
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < outer; i++) {
            a[i] = StrictMath.cos(tOut[i]);
            b[i] = StrictMath.sin(tOut[i]);
        }
        for (int i = outer; i < n; i++) {
            a[i] = StrictMath.cos(tIn[i - outer]) * INNER_CIRCLE;
            b[i] = StrictMath.sin(tIn[i - outer]) * INNER_CIRCLE;
        }
        return shuffledWithNoise(name, a, b, outer, noise, seed);
    }

    /**
     * scikit-learn 1.2.1's {@code make_moons(n, noise=noise, random_state=seed)}: the upper half circle of radius 1
     * around (0, 0) is class 0, the lower one around (1, 0.5) class 1:
     * <pre>
     * X = [cos(linspace(0, pi, n // 2)), sin(...)] then [1 - cos(linspace(0, pi, n - n // 2)), 1 - sin(...) - 0.5]
     * ind = np.arange(n); rs.shuffle(ind); X, y = X[ind], y[ind]
     * X += rs.normal(scale=noise, size=X.shape)
     * </pre>
     */
    static Dataset moons(String name, int n, double noise, long seed) {
        int outer = n / 2;
        double[] tOut = linspace(0, Math.PI, outer, true);
        double[] tIn = linspace(0, Math.PI, n - outer, true);
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < outer; i++) {
            a[i] = StrictMath.cos(tOut[i]);
            b[i] = StrictMath.sin(tOut[i]);
        }
        for (int i = outer; i < n; i++) {
            a[i] = 1 - StrictMath.cos(tIn[i - outer]);
            b[i] = 1 - StrictMath.sin(tIn[i - outer]) - 0.5;
        }
        return shuffledWithNoise(name, a, b, outer, noise, seed);
    }

    // The common tail of make_circles and make_moons: the first `zeros` points are class 0, the rest class 1.
    private static Dataset shuffledWithNoise(String name, double[] a, double[] b, int zeros, double noise, long seed) {
        int n = a.length;
        LegacyNumpyRandom rs = new LegacyNumpyRandom(seed);
        int[] order = rs.permutation(n);
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            int p = order[i];
            x1[i] = a[p] + noise * rs.nextGaussian();
            x2[i] = b[p] + noise * rs.nextGaussian();
            y[i] = p < zeros ? 0 : 1;
        }
        return new Dataset(name, x1, x2, y);
    }

    /**
     * scikit-learn 1.2.1's {@code make_blobs(n, centers=[[-1.5, -1.5], [1.5, 1.5]], cluster_std=noise,
     * random_state=seed)}: class 0 around the first centre (it takes the odd point), class 1 around the second:
     * <pre>
     * X = rs.normal(loc=[-1.5, -1.5], scale=noise, size=(n - n // 2, 2))
     *     then rs.normal(loc=[1.5, 1.5], scale=noise, size=(n // 2, 2))
     * ind = np.arange(n); rs.shuffle(ind); X, y = X[ind], y[ind]
     * </pre>
     */
    static Dataset blobs(String name, int n, double noise, long seed) {
        LegacyNumpyRandom rs = new LegacyNumpyRandom(seed);
        int zeros = n - n / 2;
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            double centre = i < zeros ? -BLOB_CENTRE : BLOB_CENTRE;
            a[i] = centre + noise * rs.nextGaussian();
            b[i] = centre + noise * rs.nextGaussian();
        }
        int[] order = rs.permutation(n);
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            int p = order[i];
            x1[i] = a[p];
            x2[i] = b[p];
            y[i] = p < zeros ? 0 : 1;
        }
        return new Dataset(name, x1, x2, y);
    }

    /**
     * Points uniform in the square [-3, 3]², class 1 where both coordinates have the same sign (first and third
     * quadrants), then moved by Gaussian noise, so noise blurs the boundary without relabelling:
     * <pre>
     * X = rs.uniform(-3, 3, size=(n, 2)); y = (X[:, 0] * X[:, 1] >= 0).astype(int)
     * X += rs.normal(scale=noise, size=(n, 2))
     * </pre>
     */
    static Dataset xor(String name, int n, double noise, long seed) {
        LegacyNumpyRandom rs = new LegacyNumpyRandom(seed);
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x1[i] = rs.nextUniform(-XOR_HALF_WIDTH, XOR_HALF_WIDTH);
            x2[i] = rs.nextUniform(-XOR_HALF_WIDTH, XOR_HALF_WIDTH);
            y[i] = x1[i] * x2[i] >= 0 ? 1 : 0;
        }
        for (int i = 0; i < n; i++) {
            x1[i] += noise * rs.nextGaussian();
            x2[i] += noise * rs.nextGaussian();
        }
        return new Dataset(name, x1, x2, y);
    }

    /**
     * Two interleaved spirals as in TensorFlow Playground, scaled to radius 3.5 and with Gaussian noise: each arm
     * makes 1.75 turns while its radius grows from 0, the class 1 arm turned half a turn from the class 0 arm:
     * <pre>
     * for c, k in enumerate([n // 2, n - n // 2]):
     *     i = np.arange(k); r = 3.5 * i / k; t = 3.5 * np.pi * i / k + c * np.pi
     *     X[class c rows] = np.c_[r * np.sin(t), r * np.cos(t)] + rs.normal(scale=noise, size=(k, 2))
     * </pre>
     */
    static Dataset spiral(String name, int n, double noise, long seed) {
        LegacyNumpyRandom rs = new LegacyNumpyRandom(seed);
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        int[] y = new int[n];
        int start = 0;
        for (int c = 0; c < 2; c++) {
            int k = c == 0 ? n / 2 : n - n / 2;
            for (int i = 0; i < k; i++) {
                double r = SPIRAL_RADIUS * i / k;
                double t = 2 * SPIRAL_TURNS * Math.PI * i / k + c * Math.PI;
                x1[start + i] = r * StrictMath.sin(t) + noise * rs.nextGaussian();
                x2[start + i] = r * StrictMath.cos(t) + noise * rs.nextGaussian();
                y[start + i] = c;
            }
            start += k;
        }
        return new Dataset(name, x1, x2, y);
    }

    /**
     * numpy's {@code linspace(start, stop, num, endpoint)}, computed as numpy does: {@code i * step + start}, with
     * the last value set to {@code stop} exactly when the end point is included.
     */
    static double[] linspace(double start, double stop, int num, boolean endpoint) {
        double[] v = new double[num];
        int div = endpoint ? num - 1 : num;
        double delta = stop - start;
        double step = div > 0 ? delta / div : Double.NaN;
        for (int i = 0; i < num; i++) {
            v[i] = div > 0 ? i * step + start : i * delta + start;
        }
        if (endpoint && num > 1) {
            v[num - 1] = stop;
        }
        return v;
    }

    /**
     * The indices that put {@code key} in ascending order, ties kept in index order: a stable merge sort that
     * carries each key beside its index, so that ten million points sort without boxing or scattered reads.
     */
    static int[] argsort(double[] key) {
        int n = key.length;
        double[] k = key.clone();
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        double[] kOut = new double[n];
        int[] idxOut = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int o = lo;
                while (i < mid && j < hi) {
                    if (k[j] < k[i]) {
                        kOut[o] = k[j];
                        idxOut[o++] = idx[j++];
                    } else {
                        kOut[o] = k[i];
                        idxOut[o++] = idx[i++];
                    }
                }
                for (; i < mid; i++, o++) {
                    kOut[o] = k[i];
                    idxOut[o] = idx[i];
                }
                for (; j < hi; j++, o++) {
                    kOut[o] = k[j];
                    idxOut[o] = idx[j];
                }
            }
            double[] kSwap = k;
            k = kOut;
            kOut = kSwap;
            int[] idxSwap = idx;
            idx = idxOut;
            idxOut = idxSwap;
        }
        return idx;
    }
}
