package dev.boundarylab.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An immutable set of labelled 2-D points: feature columns {@code x1}, {@code x2} and a label per point, one of
 * its K classes 0 .. K-1 (K from 2 to {@value #MAX_CLASSES}), and a name for each class ({@code "0"},
 * {@code "1"}, ... unless a file called them otherwise, such as {@code "no"} and {@code "yes"}). The number of
 * classes is the number of names, {@link #classes()}: two unless a generator or a file says more.
 *
 * <p>Arrays are copied in and out, so a data set, once built, never changes; the training loop reads the
 * columns through {@link #x1()}, {@link #x2()} and {@link #labels()} once and keeps its own copies.
 */
public final class Dataset {
    /** The classes' names when nothing else names them: {@code "0"} and {@code "1"}. */
    public static final List<String> DEFAULT_LABEL_NAMES = List.of("0", "1");
    /** The most classes a data set may have (the palette's colours). */
    public static final int MAX_CLASSES = 8;

    private final String name;
    private final double[] x1;
    private final double[] x2;
    private final int[] labels;
    private final List<String> labelNames;

    /**
     * Builds a data set from columns of equal length, its classes named {@code "0"} and {@code "1"}.
     *
     * @throws IllegalArgumentException if the columns differ in length, a coordinate is not finite, or a
     *     label is not 0 or 1
     */
    public Dataset(String name, double[] x1, double[] x2, int[] labels) {
        this(name, x1, x2, labels, DEFAULT_LABEL_NAMES);
    }

    /**
     * Builds a data set of {@code classes} classes named {@code "0"} .. {@code "K-1"} ({@link #defaultNames}).
     *
     * @throws IllegalArgumentException if the columns differ in length, a coordinate is not finite, a label is not
     *     a class, or {@code classes} is not from 2 to {@value #MAX_CLASSES}
     */
    public Dataset(String name, double[] x1, double[] x2, int[] labels, int classes) {
        this(name, x1, x2, labels, defaultNames(classes));
    }

    /**
     * Builds a data set from columns of equal length, with the names of its classes, class 0 first: as many
     * classes as names.
     *
     * @throws IllegalArgumentException if the columns differ in length, a coordinate is not finite, a label is not
     *     one of the classes (0 .. K-1), or there are not 2 to {@value #MAX_CLASSES} distinct, non-empty names
     */
    public Dataset(String name, double[] x1, double[] x2, int[] labels, List<String> labelNames) {
        this.name = Objects.requireNonNull(name, "name");
        this.labelNames = checkNames(labelNames);
        if (x1.length != x2.length || x1.length != labels.length) {
            throw new IllegalArgumentException(
                    "columns differ in length: x1 " + x1.length + ", x2 " + x2.length + ", label " + labels.length);
        }
        for (int i = 0; i < x1.length; i++) {
            if (!Double.isFinite(x1[i]) || !Double.isFinite(x2[i])) {
                throw new IllegalArgumentException(
                        "point " + i + " has a coordinate that is not finite: (" + x1[i] + ", " + x2[i] + ")");
            }
            if (labels[i] < 0 || labels[i] >= this.labelNames.size()) {
                throw new IllegalArgumentException("point " + i + " has label " + labels[i] + "; labels are "
                        + (this.labelNames.size() == 2 ? "0 or 1" : "0 to " + (this.labelNames.size() - 1)));
            }
        }
        this.x1 = x1.clone();
        this.x2 = x2.clone();
        this.labels = labels.clone();
    }

    /** A short name saying where the points came from, e.g. {@code gaussian-quantiles} or a file name. */
    public String name() {
        return name;
    }

    /**
     * The names of the classes, class 0 first: what a file's labels were ({@code "-1"} and {@code "1"},
     * {@code "false"} and {@code "true"}, {@code "setosa"}, ...), for a legend; {@code "0"}, {@code "1"}, ... by
     * default. As many as {@link #classes()}.
     */
    public List<String> labelNames() {
        return labelNames;
    }

    /** The number of classes K, from 2 to {@value #MAX_CLASSES}: labels are 0 .. K-1 (a class may have no point). */
    public int classes() {
        return labelNames.size();
    }

    /**
     * The names {@code "0"} .. {@code "K-1"} of {@code classes} classes.
     *
     * @throws IllegalArgumentException if classes is not from 2 to {@value #MAX_CLASSES}
     */
    public static List<String> defaultNames(int classes) {
        if (classes < 2 || classes > MAX_CLASSES) {
            throw new IllegalArgumentException("a data set has 2 to " + MAX_CLASSES + " classes, got " + classes);
        }
        String[] names = new String[classes];
        for (int k = 0; k < classes; k++) {
            names[k] = Integer.toString(k);
        }
        return List.of(names);
    }

    /** The number of points of each class, class 0 first: {@link #classes()} counts. */
    public int[] classCounts() {
        int[] counts = new int[classes()];
        for (int y : labels) {
            counts[y]++;
        }
        return counts;
    }

    /** The number of points. */
    public int size() {
        return labels.length;
    }

    /** A copy of the first coordinates. */
    public double[] x1() {
        return x1.clone();
    }

    /** A copy of the second coordinates. */
    public double[] x2() {
        return x2.clone();
    }

    /** A copy of the labels, each a class 0 .. K-1. */
    public int[] labels() {
        return labels.clone();
    }

    /** The first coordinate of point {@code i}. */
    public double x1(int i) {
        return x1[i];
    }

    /** The second coordinate of point {@code i}. */
    public double x2(int i) {
        return x2[i];
    }

    /** The label (a class 0 .. K-1) of point {@code i}. */
    public int label(int i) {
        return labels[i];
    }

    /** The number of points labelled 1. */
    public int countOnes() {
        int n = 0;
        for (int y : labels) {
            n += y == 1 ? 1 : 0;
        }
        return n;
    }

    /** Points set aside: the points trained on, and the points held out to test on. */
    public record Split(Dataset train, Dataset test, int[] testIndices) {
        /** A split whose held-out points' positions are not known. */
        public Split(Dataset train, Dataset test) {
            this(train, test, new int[0]);
        }
    }

    /**
     * Holds out {@code testFraction} of the points, of each class alike (stratified: of n points of a class,
     * round(n testFraction) go to the test set), drawn by a generator seeded with {@code seed}; the rest, in their
     * order, are the training set. The same seed gives the same split.
     *
     * @throws IllegalArgumentException if testFraction is not in [0, 1), or nothing would be left to train on
     */
    public Split split(double testFraction, long seed) {
        if (!(testFraction >= 0 && testFraction < 1)) {
            throw new IllegalArgumentException("the test fraction must be at least 0 and below 1, got " + testFraction);
        }
        int n = size();
        boolean[] held = new boolean[n];
        org.apache.commons.math3.random.RandomGenerator rng = new org.apache.commons.math3.random.Well19937c(seed);
        int heldCount = 0;
        for (int label = 0; label < classes(); label++) {
            int[] members = new int[n];
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (labels[i] == label) {
                    members[count++] = i;
                }
            }
            int take = (int) Math.round(count * testFraction);
            // A partial Fisher-Yates shuffle: the first take members, drawn without replacement.
            for (int k = 0; k < take; k++) {
                int j = k + rng.nextInt(count - k);
                int t = members[k];
                members[k] = members[j];
                members[j] = t;
                held[members[k]] = true;
            }
            heldCount += take;
        }
        if (heldCount == n) {
            throw new IllegalArgumentException(
                    "holding out " + testFraction + " of " + n + " points leaves none to train on");
        }
        int[] heldIndices = new int[heldCount];
        for (int i = 0, k = 0; i < n; i++) {
            if (held[i]) {
                heldIndices[k++] = i;
            }
        }
        return new Split(select(held, false, name), select(held, true, name + " (test)"), heldIndices);
    }

    private Dataset select(boolean[] held, boolean which, String newName) {
        int m = 0;
        for (boolean h : held) {
            m += h == which ? 1 : 0;
        }
        double[] a = new double[m];
        double[] b = new double[m];
        int[] y = new int[m];
        for (int i = 0, k = 0; i < held.length; i++) {
            if (held[i] == which) {
                a[k] = x1[i];
                b[k] = x2[i];
                y[k] = labels[i];
                k++;
            }
        }
        return new Dataset(newName, a, b, y, labelNames);
    }

    /** These points followed by those of {@code other}, under this set's name and with its class names. */
    public Dataset with(Dataset other) {
        double[] a = Arrays.copyOf(x1, x1.length + other.size());
        double[] b = Arrays.copyOf(x2, x2.length + other.size());
        int[] y = Arrays.copyOf(labels, labels.length + other.size());
        System.arraycopy(other.x1, 0, a, x1.length, other.size());
        System.arraycopy(other.x2, 0, b, x2.length, other.size());
        System.arraycopy(other.labels, 0, y, labels.length, other.size());
        return new Dataset(name, a, b, y, labelNames);
    }

    /** The same points under another name. */
    public Dataset withName(String newName) {
        return new Dataset(newName, x1, x2, labels, labelNames);
    }

    /**
     * The same points with other names for their classes, class 0 first.
     *
     * @throws IllegalArgumentException if the names are not distinct and non-empty, or fewer than a label needs
     */
    public Dataset withLabelNames(List<String> names) {
        return new Dataset(name, x1, x2, labels, names);
    }

    private static List<String> checkNames(List<String> names) {
        List<String> copy = List.copyOf(names);
        if (copy.size() < 2
                || copy.size() > MAX_CLASSES
                || copy.stream().anyMatch(String::isEmpty)
                || copy.stream().distinct().count() != copy.size()) {
            throw new IllegalArgumentException(
                    copy.size() <= 2
                            ? "two different, non-empty class names are needed, got " + names
                            : "2 to " + MAX_CLASSES + " different, non-empty class names are needed, got " + names);
        }
        return copy;
    }

    /**
     * The smallest box holding every point, as {@code {minX1, maxX1, minX2, maxX2}}; {@code {0,0,0,0}} if empty.
     */
    public double[] bounds() {
        if (size() == 0) {
            return new double[4];
        }
        double[] b = {
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY
        };
        for (int i = 0; i < size(); i++) {
            b[0] = Math.min(b[0], x1[i]);
            b[1] = Math.max(b[1], x1[i]);
            b[2] = Math.min(b[2], x2[i]);
            b[3] = Math.max(b[3], x2[i]);
        }
        return b;
    }

    /** Equal if the points, their labels and the class names are (the set's name aside). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset d
                && Arrays.equals(x1, d.x1)
                && Arrays.equals(x2, d.x2)
                && Arrays.equals(labels, d.labels)
                && labelNames.equals(d.labelNames);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * Arrays.hashCode(x1) + Arrays.hashCode(x2)) + Arrays.hashCode(labels))
                + labelNames.hashCode();
    }

    @Override
    public String toString() {
        return name + " (" + size() + " points)";
    }
}
