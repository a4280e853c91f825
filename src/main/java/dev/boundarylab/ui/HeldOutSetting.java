package dev.boundarylab.ui;

import dev.boundarylab.train.Limit;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * The window's share of each class held out of training (the data section's "Test %"): its value as a read-only
 * property, and the one check of a new value against {@link Limit#TEST_FRACTION}. The model sends an accepted value
 * to the training service, which splits the data with the init seed (as {@code train --test-fraction} does) off the
 * FX thread and starts the network over on the rest, as with new data; a refused value is said in the banner and
 * changes nothing.
 */
final class HeldOutSetting {
    /** The control's range, whole percents of {@link Limit#TEST_FRACTION}'s: 0 to 90. */
    static final Limit PERCENT = new Limit(
            "held-out share (%)",
            Limit.TEST_FRACTION.option(),
            Math.round(100 * Limit.TEST_FRACTION.min()),
            Math.round(100 * Limit.TEST_FRACTION.max()),
            true);
    /** The control's step, in percent. */
    static final int STEP = 5;

    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(0);

    /** The share held out, 0 to 0.9; 0 trains on every point. */
    ReadOnlyDoubleProperty property() {
        return fraction.getReadOnlyProperty();
    }

    double get() {
        return fraction.get();
    }

    /** Tells a service just started the share held out, if any (it starts with none). */
    void sendTo(dev.boundarylab.train.TrainingService service) {
        if (fraction.get() > 0) {
            service.setTestFraction(fraction.get());
        }
    }

    /**
     * Takes {@code f} if it is allowed and another share than now, and returns whether it did; a share outside
     * the limit goes to {@code problem} in its one line and changes nothing.
     */
    boolean set(double f, Consumer<String> problem) {
        if (!Limit.TEST_FRACTION.allows(f)) {
            problem.accept("Test %: " + Limit.TEST_FRACTION.message(Limit.format(f)));
            return false;
        }
        if (f == fraction.get()) {
            return false;
        }
        fraction.set(f);
        return true;
    }
}
