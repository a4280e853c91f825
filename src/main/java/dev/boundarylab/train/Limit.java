package dev.boundarylab.train;

import dev.boundarylab.data.DatasetKind;
import java.math.BigDecimal;

/**
 * The rule of one numeric setting, written once: its name as the user reads it, its command-line option, its
 * range, and the one message for a value outside it. The window's controls and tooltips, the sweep, the
 * training service and the command line (its checks and its {@code --help}) all take their ranges from here, so
 * they cannot disagree.
 *
 * @param name the setting as a person reads it, e.g. "learning rate"
 * @param option the command-line option without its dashes, e.g. "learning-rate"
 * @param min the smallest value allowed
 * @param max the largest value allowed
 * @param whole whether only whole numbers are allowed
 */
public record Limit(String name, String option, double min, double max, boolean whole) {
    /**
     * The learning rate of gradient descent: from 0.0001, where a network barely moves in a minute of training,
     * to 1000, far past where the seed's network blows up (about 10), so divergence can be shown.
     */
    public static final Limit LEARNING_RATE = new Limit("learning rate", "learning-rate", 1e-4, 1000, false);
    /** Hidden units of the network. */
    public static final Limit HIDDEN = new Limit("hidden units", "hidden", 1, 100, true);
    /** Hidden layers of the network (each of {@link #HIDDEN} units); 0 is logistic regression by gradient descent. */
    public static final Limit LAYERS = new Limit("hidden layers", "layers", 0, 6, true);
    /** The L2 strength λ of J = mean cost + λ/(2m) Σ ||W||²; 0 is none. */
    public static final Limit L2 = new Limit("L2 strength", "l2", 0, 1000, false);
    /** Points per mini-batch; 0 is full batch (as is any size of at least the number of points). */
    public static final Limit BATCH = new Limit("batch size", "batch", 0, DatasetKind.MAX_SAMPLES, true);
    /** Epochs a headless run trains. */
    public static final Limit EPOCHS = new Limit("epochs", "epochs", 0, 1e12, true);
    /** The share of each class held out of training. */
    public static final Limit TEST_FRACTION = new Limit("test fraction", "test-fraction", 0, 0.9, false);
    /**
     * The window's training pace in epochs per second, from one epoch a frame to a hundred thousand times that;
     * beyond it the pace is unlimited ("as fast as possible"), which {@link #checkPace} also allows.
     */
    public static final Limit PACE = new Limit("pace", "pace", 60, 6e6, false);
    /** The number of points a generator makes. */
    public static final Limit SAMPLES = new Limit("samples", "samples", 2, DatasetKind.MAX_SAMPLES, true);
    /** The noise of a generator. */
    public static final Limit NOISE = new Limit("noise", "noise", 0, 1e6, false);
    /** The number of classes of the generated points and of the network's output; 2 is the seed's binary case. */
    public static final Limit CLASSES =
            new Limit("classes", "classes", 2, dev.boundarylab.data.Dataset.MAX_CLASSES, true);
    /** The seed of the generated points, as the window takes it. */
    public static final Limit DATA_SEED = new Limit("seed", "seed", 0, Integer.MAX_VALUE, true);

    /**
     * The shuffle seed of the mini-batches: epoch e shuffles with numpy's {@code RandomState(seed + e)}, whose seed
     * must be below 2^32, so the window's and the command line's seeds stay well inside it.
     */
    public static final Limit SHUFFLE_SEED = new Limit("shuffle seed", "shuffle-seed", 0, Integer.MAX_VALUE, true);

    /** Whether {@code v} is allowed: in the range (and whole, if it must be); never NaN. */
    public boolean allows(double v) {
        return v >= min && v <= max && (!whole || v == Math.rint(v));
    }

    /**
     * Returns {@code v} if it is allowed.
     *
     * @throws IllegalArgumentException with {@link #message} otherwise
     */
    public double check(double v) {
        if (!allows(v)) {
            throw new IllegalArgumentException(message(format(v)));
        }
        return v;
    }

    /** The one message for a value outside the range, {@code got} as the user gave it. */
    public String message(String got) {
        return messageFor(name, got);
    }

    /** The same message naming the command-line option, e.g. "--learning-rate must be from 0.0001 to 1000, got 5000". */
    public String optionMessage(String got) {
        return messageFor("--" + option, got);
    }

    private String messageFor(String who, String got) {
        return who + " must be " + (whole ? "a whole number " : "") + "from " + range() + ", got " + got;
    }

    /** The range as the help and the tooltips write it, e.g. "0.0001 to 1000". */
    public String range() {
        return format(min) + " to " + format(max);
    }

    /**
     * Returns {@code pace} if it is allowed by {@link #PACE} or is positive infinity (no limit).
     *
     * @throws IllegalArgumentException otherwise
     */
    public static double checkPace(double pace) {
        return pace == Double.POSITIVE_INFINITY ? pace : PACE.check(pace);
    }

    /** A number written plainly, without exponent or trailing zeros: 0.0001, 1000, 1.2, 10,000,000. */
    public static String format(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (Math.abs(v) >= 10_000 && v == Math.rint(v) && Math.abs(v) < 1e18) {
            // Grouped, so that a range reads at a glance: 10,000,000 rather than 10000000.
            return String.format(java.util.Locale.ROOT, "%,d", (long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
