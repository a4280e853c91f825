package dev.boundarylab.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The built-in data sets, each generated from a seed so that the same seed gives the same points on any
 * machine, and the same points as the Python program it copies (see each constant).
 *
 * <p>What {@code noise} means depends on the kind and is said on each constant; every kind keeps its points
 * roughly within [-4, 4]² at its default noise. Points are drawn from numpy's legacy random stream
 * ({@code RandomState}), so that for example {@code GAUSSIAN_QUANTILES.generate(200, 0, 3)} is exactly the seed
 * article's data set, {@code sklearn.datasets.make_gaussian_quantiles(cov=0.7, n_samples=200, random_state=3)}.
 */
public enum DatasetKind {
    /**
     * scikit-learn's {@code make_gaussian_quantiles(cov=0.7, n_features=2, n_classes=2)}: a round Gaussian cloud
     * (variance 0.7 per axis, so out to about ±3), the half of the points nearest the centre class 0 and the rest
     * class 1 (the odd point, if any, in class 1), in random order. The classes are split by a circle, so no line
     * separates them. {@code noise} is ignored: the classes are exact quantiles of the drawn points.
     */
    GAUSSIAN_QUANTILES("gaussian-quantiles", "Gaussian quantiles", 0.0) {
        @Override
        Dataset draw(int samples, double noise, long seed) {
            return Generators.gaussianQuantiles(id(), samples, seed);
        }

        /** {@code make_gaussian_quantiles(cov=0.7, n_classes=K)}: K rings around a core, by quantile. */
        @Override
        Dataset draw(int samples, double noise, long seed, int classes) {
            return Generators.gaussianQuantiles(id(), samples, seed, classes);
        }

        @Override
        public int maxClasses() {
            return Dataset.MAX_CLASSES;
        }

        @Override
        public boolean usesNoise() {
            return false;
        }
    },
    /**
     * The deep-learning course's flower ({@code load_planar_dataset}): eight petals of radius 4, alternate petals of
     * alternate classes, half the points each, class 0 first. {@code noise} is the standard deviation of the
     * Gaussian jitter of both the angle and the radius (the course's 0.2); with 400 points, noise 0.2 and seed 1 it
     * is the course's data set.
     */
    FLOWER("flower", "Flower", 0.2) {
        @Override
        Dataset draw(int samples, double noise, long seed) {
            return Generators.flower(id(), samples, noise, seed);
        }
    },
    /**
     * scikit-learn's {@code make_circles(factor=0.5)}: class 0 on the circle of radius 1, class 1 on the circle of
     * radius 0.5, half the points each (the odd point in class 1), in random order. {@code noise} is the standard
     * deviation of the Gaussian added to each coordinate.
     */
    CIRCLES("circles", "Circles", 0.1) {
        @Override
        Dataset draw(int samples, double noise, long seed) {
            return Generators.circles(id(), samples, noise, seed);
        }
    },
    /**
     * scikit-learn's {@code make_moons}: class 0 on the upper half circle of radius 1 around (0, 0), class 1 on the
     * lower half circle around (1, 0.5), half the points each (the odd point in class 1), in random order.
     * {@code noise} is the standard deviation of the Gaussian added to each coordinate.
     */
    MOONS("moons", "Moons", 0.2) {
        @Override
        Dataset draw(int samples, double noise, long seed) {
            return Generators.moons(id(), samples, noise, seed);
        }
    },
    /**
     * scikit-learn's {@code make_blobs} with two centres: class 0 around (-1.5, -1.5) (taking the odd point),
     * class 1 around (1.5, 1.5), in random order; a line separates them but for the overlap. {@code noise} is the
     * standard deviation of each blob. With K classes the K centres lie evenly on a circle of radius 2.5 (see
     * {@code ClassGenerators.blobs}).
     */
    BLOBS("blobs", "Blobs", 0.8) {
        @Override
        Dataset draw(int samples, double noise, long seed) {
            return Generators.blobs(id(), samples, noise, seed);
        }

        @Override
        Dataset draw(int samples, double noise, long seed, int classes) {
            return ClassGenerators.blobs(id(), samples, noise, seed, classes);
        }

        @Override
        public int maxClasses() {
            return Dataset.MAX_CLASSES;
        }
    },
    /**
     * Exclusive or: points uniform in [-3, 3]², class 1 in the first and third quadrants (where x1 x2 is positive),
     * class 0 in the other two. {@code noise} is the standard deviation of a Gaussian that moves each point after
     * it is labelled, so noisy points stray across the axes.
     */
    XOR("xor", "XOR", 0.2) {
        @Override
        Dataset draw(int samples, double noise, long seed) {
            return Generators.xor(id(), samples, noise, seed);
        }
    },
    /**
     * Two interleaved spirals as in TensorFlow Playground, each making 1.75 turns out to radius 3.5, half the
     * points each (the odd point in class 1), class 0 first. {@code noise} is the standard deviation of the
     * Gaussian added to each coordinate; the arms lie 1 apart.
     */
    SPIRAL("spiral", "Spiral", 0.1) {
        @Override
        Dataset draw(int samples, double noise, long seed) {
            return Generators.spiral(id(), samples, noise, seed);
        }
    },
    /**
     * The classic K-arm spiral of the CS231n course, two arms unless told more classes: arm j is class j, n / K
     * points (the first n % K arms one more), from the centre out to radius 1, class 0 first. {@code noise} is the
     * standard deviation of the Gaussian jitter of the angle (the course's 0.2). See {@code ClassGenerators.arms}.
     */
    ARMS("arms", "Arms", 0.2) {
        @Override
        Dataset draw(int samples, double noise, long seed) {
            return ClassGenerators.arms(id(), samples, noise, seed, 2);
        }

        @Override
        Dataset draw(int samples, double noise, long seed, int classes) {
            return ClassGenerators.arms(id(), samples, noise, seed, classes);
        }

        @Override
        public int maxClasses() {
            return Dataset.MAX_CLASSES;
        }
    };

    /** The largest number of points a generator makes: ten million, 200 MB of columns. */
    public static final int MAX_SAMPLES = 10_000_000;

    private final String id;
    private final String displayName;
    private final double defaultNoise;

    DatasetKind(String id, String displayName, double defaultNoise) {
        this.id = id;
        this.displayName = displayName;
        this.defaultNoise = defaultNoise;
    }

    /** The name on the command line, lowercase with dashes, e.g. {@code gaussian-quantiles}. */
    public String id() {
        return id;
    }

    /** The name shown to a person, e.g. {@code Gaussian quantiles}. */
    public String displayName() {
        return displayName;
    }

    /** The noise this kind is generated with unless told otherwise. */
    public double defaultNoise() {
        return defaultNoise;
    }

    /** Whether {@code noise} changes the points of this kind (it does not for Gaussian quantiles). */
    public boolean usesNoise() {
        return true;
    }

    /**
     * The kind with this command-line id, ignoring case and surrounding spaces.
     *
     * @throws IllegalArgumentException naming the id and listing the valid ones if there is no such kind
     */
    public static DatasetKind fromId(String id) {
        if (id != null) {
            String wanted = id.strip().toLowerCase(Locale.ROOT);
            for (DatasetKind k : values()) {
                if (k.id.equals(wanted)) {
                    return k;
                }
            }
        }
        String valid = Arrays.stream(values()).map(DatasetKind::id).collect(Collectors.joining(", "));
        throw new IllegalArgumentException(
                "unknown data set " + (id == null ? "(none given)" : "'" + id + "'") + "; the data sets are " + valid);
    }

    /**
     * Draws {@code samples} labelled points of this kind with the given noise; the same arguments give the same
     * data set (equal points in equal order) on every machine. The data set is named by {@link #id()}.
     *
     * @param samples number of points, from 2 to {@link #MAX_SAMPLES}
     * @param noise the kind's noise (see the constant), a finite number at least 0
     * @param seed any seed
     * @throws IllegalArgumentException naming the value if {@code samples} or {@code noise} is out of range
     */
    public Dataset generate(int samples, double noise, long seed) {
        if (samples < 2 || samples > MAX_SAMPLES) {
            throw new IllegalArgumentException(
                    "number of samples must be from 2 to " + MAX_SAMPLES + ", got " + samples);
        }
        if (!Double.isFinite(noise) || noise < 0) {
            throw new IllegalArgumentException("noise must be a finite number at least 0, got " + noise);
        }
        return draw(samples, noise, seed);
    }

    /**
     * The most classes this kind draws: {@value Dataset#MAX_CLASSES} for Gaussian quantiles, arms and blobs, 2 for
     * the others (their shapes have two classes).
     */
    public int maxClasses() {
        return 2;
    }

    /**
     * Draws {@code samples} points of {@code classes} classes of this kind; for two classes exactly
     * {@link #generate(int, double, long)}.
     *
     * @throws IllegalArgumentException as {@link #generate(int, double, long)}, and naming the kinds that do if this
     *     kind does not draw that many classes
     */
    public Dataset generate(int samples, double noise, long seed, int classes) {
        if (classes == 2) {
            return generate(samples, noise, seed);
        }
        if (classes < 2 || classes > maxClasses()) {
            String multi = Arrays.stream(values())
                    .filter(k -> k.maxClasses() > 2)
                    .map(DatasetKind::id)
                    .collect(Collectors.joining(", "));
            throw new IllegalArgumentException(
                    classes < 2 || classes > Dataset.MAX_CLASSES
                            ? "the number of classes must be from 2 to " + Dataset.MAX_CLASSES + ", got " + classes
                            : "the " + id + " data set has 2 classes; " + classes + " classes are drawn by " + multi);
        }
        generate(samples, noise, seed); // checks the arguments
        return draw(samples, noise, seed, classes);
    }

    /** Draws {@code samples} points of this kind with its {@link #defaultNoise() default noise}. */
    public Dataset generate(int samples, long seed) {
        return generate(samples, defaultNoise, seed);
    }

    abstract Dataset draw(int samples, double noise, long seed);

    /** Draws K &gt; 2 classes; only kinds whose {@link #maxClasses()} is at least K are asked. */
    Dataset draw(int samples, double noise, long seed, int classes) {
        throw new UnsupportedOperationException(id + " with " + classes + " classes");
    }
}
