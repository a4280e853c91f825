package dev.boundarylab.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What network is trained and how, apart from the learning rate: the input features in their order, the sizes of
 * the hidden layers, their activation, the L2 strength, the batch size, the shuffle seed of the mini-batches, the
 * scale of the initial weights and the number of classes of the output. Immutable; {@link Setting} is the one
 * table of names by which the command line and the JSON files read and write it (TensorFlow Playground's
 * {@code state.ts}).
 *
 * <p>The constructor checks what makes a network at all (a feature, layers of at least one unit, a finite λ ≥ 0, a
 * batch size ≥ 0); the ranges a person may choose (at most 6 layers of at most 100 units, ...) are checked where
 * settings come in, by {@code train/Limit}.
 *
 * @param features Not modified. The inputs of the first layer, in order, without repeats.
 * @param layers Not modified. The number of units of each hidden layer, input side first; empty for none (logistic
 *     regression by gradient descent).
 * @param activation the activation of every hidden layer
 * @param l2 the L2 strength λ: J = mean cost + λ/(2m) Σ ||W_l||²
 * @param batch the points per update; 0 for all of them (full batch)
 * @param shuffleSeed epoch e shuffles the points with {@code RandomState(shuffleSeed + e).permutation(m)}
 * @param initScale the scale of the initial weights
 * @param classes the number of classes K, 2 to 8: for 2 the output is the seed's single sigmoid unit, for K &gt; 2
 *     K softmax units ({@link #outputs()})
 */
public record Architecture(
        List<Feature> features,
        List<Integer> layers,
        Activation activation,
        double l2,
        int batch,
        long shuffleSeed,
        InitScale initScale,
        int classes) {
    /** The course's shuffle seed: its {@code random_mini_batches} starts from 10, one more each epoch. */
    public static final long DEFAULT_SHUFFLE_SEED = 10;

    /**
     * The names of the settings, each with its key in the JSON files and its command-line option: written once, so
     * that the two cannot disagree.
     */
    public enum Setting {
        /** The input features, comma-separated ids. */
        FEATURES("features", "features"),
        /** The hidden layer sizes, comma-separated; 0 for none. */
        LAYERS("layers", "layers"),
        /** The activation of the hidden layers. */
        ACTIVATION("activation", "activation"),
        /** The L2 strength. */
        L2("l2", "l2"),
        /** The batch size; 0 or absent for full batch. */
        BATCH("batch", "batch"),
        /** The shuffle seed of the mini-batches. */
        SHUFFLE_SEED("shuffleSeed", "shuffle-seed"),
        /** The scale of the initial weights. */
        INIT_SCALE("initScale", "init-scale"),
        /** The number of classes of the output, 2 to 8. */
        CLASSES("classes", "classes");

        private final String key;
        private final String option;

        Setting(String key, String option) {
            this.key = key;
            this.option = option;
        }

        /** The key in a JSON file's {@code config}, e.g. "shuffleSeed". */
        public String key() {
            return key;
        }

        /** The command-line option without its dashes, e.g. "shuffle-seed". */
        public String option() {
            return option;
        }
    }

    /**
     * Checks and copies.
     *
     * @throws IllegalArgumentException if the architecture is no network (see the class comment)
     */
    public Architecture {
        features = List.copyOf(features);
        layers = List.copyOf(layers);
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(initScale, "initScale");
        if (features.isEmpty()) {
            throw new IllegalArgumentException("the network needs at least one input feature");
        }
        if (features.stream().distinct().count() != features.size()) {
            throw new IllegalArgumentException("a feature is listed twice: " + ids(features));
        }
        for (int units : layers) {
            if (units < 1) {
                throw new IllegalArgumentException("a hidden layer needs at least one unit, got " + units);
            }
        }
        if (!(l2 >= 0) || !Double.isFinite(l2)) {
            throw new IllegalArgumentException("the L2 strength must be a number of 0 or more, got " + l2);
        }
        if (batch < 0) {
            throw new IllegalArgumentException("the batch size must be 0 (full batch) or more, got " + batch);
        }
        if (classes < 2 || classes > MAX_CLASSES) {
            throw new IllegalArgumentException(
                    "the network classifies into 2 to " + MAX_CLASSES + " classes, got " + classes);
        }
    }

    /** The most classes a network's output may have (as a data set's). */
    public static final int MAX_CLASSES = dev.boundarylab.data.Dataset.MAX_CLASSES;

    /** A binary architecture (two classes, the seed's one sigmoid output), as every one was before K classes. */
    public Architecture(
            List<Feature> features,
            List<Integer> layers,
            Activation activation,
            double l2,
            int batch,
            long shuffleSeed,
            InitScale initScale) {
        this(features, layers, activation, l2, batch, shuffleSeed, initScale, 2);
    }

    /** The seed's network with {@code hidden} units: x1, x2 → one tanh layer → sigmoid, λ = 0, full batch. */
    public static Architecture seed(int hidden) {
        return new Architecture(
                List.of(Feature.X1, Feature.X2),
                List.of(hidden),
                Activation.TANH,
                0.0,
                0,
                DEFAULT_SHUFFLE_SEED,
                InitScale.SMALL);
    }

    /** The seed's architecture: one layer of 4. */
    public static Architecture defaults() {
        return seed(4);
    }

    /**
     * Whether this is exactly the seed's architecture (x1, x2 → one tanh layer → sigmoid, λ = 0, two classes) trained
     * full batch
     * on {@code m} points: what {@code NeuralNetwork}, the fast path, computes. The initial scale only draws the
     * start, so it does not matter here.
     */
    public boolean isSeedShape(int m) {
        return features.equals(List.of(Feature.X1, Feature.X2))
                && layers.size() == 1
                && activation == Activation.TANH
                && l2 == 0
                && classes == 2
                && fullBatch(m);
    }

    /** Whether every update uses all {@code m} points. */
    public boolean fullBatch(int m) {
        return batch == 0 || batch >= m;
    }

    /** The number of units of each layer with parameters, the output last: hidden sizes then {@link #outputs()}. */
    public int[] widths() {
        int[] w = new int[layers.size() + 1];
        for (int l = 0; l < layers.size(); l++) {
            w[l] = layers.get(l);
        }
        w[layers.size()] = outputs();
        return w;
    }

    /**
     * The units of the output layer (the rows of its W and b): 1 for two classes (a sigmoid unit, the logit of
     * class 1), K for K &gt; 2 classes (softmax units, one logit per class).
     */
    public int outputs() {
        return classes == 2 ? 1 : classes;
    }

    /**
     * A copy for {@code k} classes, the rest as it is (the output layer then has {@link #outputs()} rows).
     *
     * @throws IllegalArgumentException if k is not from 2 to {@value #MAX_CLASSES}
     */
    public Architecture withClasses(int k) {
        return new Architecture(features, layers, activation, l2, batch, shuffleSeed, initScale, k);
    }

    /** The number of inputs of layer {@code l} (0 the first hidden layer or, with none, the output). */
    public int inputsOf(int l) {
        return l == 0 ? features.size() : layers.get(l - 1);
    }

    /** A copy with other hidden layers; the initial scale becomes the default for them. */
    public Architecture withLayers(List<Integer> newLayers) {
        return new Architecture(
                features,
                newLayers,
                activation,
                l2,
                batch,
                shuffleSeed,
                InitScale.defaultFor(newLayers.size()),
                classes);
    }

    /** A copy with {@code units} units in every hidden layer, the rest as it is (what a sweep of sizes varies). */
    public Architecture withUnits(int units) {
        return new Architecture(
                features,
                java.util.Collections.nCopies(layers.size(), units),
                activation,
                l2,
                batch,
                shuffleSeed,
                initScale,
                classes);
    }

    /** A one-line description, e.g. "4 hidden units" or "hidden layers 8,8 of relu on x1,x2,x1sq, L2 0.1, batch 32". */
    public String describe() {
        String net = layers.size() == 1 && activation == Activation.TANH
                ? layers.get(0) + " hidden units"
                : layers.isEmpty()
                        ? "no hidden layer"
                        : "hidden layers " + text(Setting.LAYERS) + " of " + activation.id();
        if (!features.equals(List.of(Feature.X1, Feature.X2))) {
            net += " on " + text(Setting.FEATURES);
        }
        if (l2 > 0) {
            net += ", L2 " + l2;
        }
        if (batch > 0) {
            net += ", batch " + batch;
        }
        if (classes > 2) {
            net += ", " + classes + " classes";
        }
        return net;
    }

    /**
     * A copy with one setting read from its text, as the command line gives it and {@link #text} writes it:
     * "x1,x2,x1sq", "8,8" (or "0" for none), "relu", "0.01", "32" (0 for full batch), "10", "xavier", "3". A change of
     * the layers also sets the initial scale to their default; set it after them to choose another.
     *
     * @throws IllegalArgumentException with one line saying what is wrong
     */
    public Architecture with(Setting s, String text) {
        String t = text.trim();
        return switch (s) {
            case FEATURES ->
                new Architecture(
                        parseList(t, Feature::of), layers, activation, l2, batch, shuffleSeed, initScale, classes);
            case LAYERS -> withLayers(parseLayers(t));
            case ACTIVATION ->
                new Architecture(features, layers, Activation.of(t), l2, batch, shuffleSeed, initScale, classes);
            case L2 ->
                new Architecture(
                        features, layers, activation, number(t, "L2 strength"), batch, shuffleSeed, initScale, classes);
            case BATCH ->
                new Architecture(
                        features,
                        layers,
                        activation,
                        l2,
                        (int) whole(t, "batch size"),
                        shuffleSeed,
                        initScale,
                        classes);
            case SHUFFLE_SEED ->
                new Architecture(features, layers, activation, l2, batch, whole(t, "shuffle seed"), initScale, classes);
            case INIT_SCALE ->
                new Architecture(features, layers, activation, l2, batch, shuffleSeed, InitScale.of(t), classes);
            case CLASSES ->
                withClasses((int) Math.max(-1, Math.min(Integer.MAX_VALUE, whole(t, "the number of classes"))));
        };
    }

    /** The setting as text, the form {@link #with} reads. */
    public String text(Setting s) {
        return switch (s) {
            case FEATURES -> ids(features);
            case LAYERS ->
                layers.isEmpty() ? "0" : layers.stream().map(String::valueOf).collect(Collectors.joining(","));
            case ACTIVATION -> activation.id();
            case L2 -> Double.toString(l2);
            case BATCH -> Integer.toString(batch);
            case SHUFFLE_SEED -> Long.toString(shuffleSeed);
            case INIT_SCALE -> initScale.id();
            case CLASSES -> Integer.toString(classes);
        };
    }

    /** The hidden layer sizes of "8,8"; "0" (or empty) is none. */
    public static List<Integer> parseLayers(String text) {
        String t = text.trim();
        if (t.equals("0") || t.isEmpty()) {
            return List.of();
        }
        return parseList(t, v -> {
            long units = whole(v, "a layer's units");
            if (units < 1 || units > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("a hidden layer needs at least one unit, got " + v);
            }
            return (int) units;
        });
    }

    private static <T> List<T> parseList(String text, java.util.function.Function<String, T> one) {
        List<T> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String p = part.trim();
            if (p.isEmpty()) {
                throw new IllegalArgumentException("an empty item in '" + text + "'");
            }
            out.add(one.apply(p));
        }
        return out;
    }

    private static double number(String t, String what) {
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the " + what + " must be a number, got '" + t + "'");
        }
    }

    private static long whole(String t, String what) {
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number, got '" + t + "'");
        }
    }

    private static String ids(List<Feature> fs) {
        return fs.stream().map(Feature::id).collect(Collectors.joining(","));
    }
}
