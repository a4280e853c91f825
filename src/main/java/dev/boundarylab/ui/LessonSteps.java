package dev.boundarylab.ui;

import dev.boundarylab.model.Architecture;
import dev.boundarylab.train.Settings;
import dev.boundarylab.train.TrainingSnapshot;
import javafx.beans.value.ChangeListener;

/**
 * What each lesson page sets up, in one click: the seed's data and network through the controls (so that they
 * show what is trained) and the model's commands, then the page's own part (training, a window, a choice). The user
 * may change anything afterwards; the next click on a page sets it up again.
 */
final class LessonSteps {
    /** The sizes of the seed article's last experiment. */
    static final String SWEEP_SIZES = "1, 2, 3, 4, 5, 20, 50";
    /** The share held out in step 5, in percent. */
    static final int HELD_OUT_PERCENT = 30;
    /** The units of the network that over-fits in step 5, and the epochs every sweep network trains. */
    static final int OVERFIT_UNITS = 50;

    static final int SWEEP_EPOCHS = 5000;
    /** The learning rates of step 7: too small, about right, too large. */
    static final double RATE_SMALL = 0.1;

    static final double RATE_SEED = 1.2;
    static final double RATE_LARGE = 20;
    /** The pace of the learning-rate pages, epochs per second: 3,000 epochs in a few seconds. */
    static final double FAST_PACE = 1000;

    private final LabModel model;
    private final ControlsView controls;
    private final PlotsView plots;
    private final DiagramWindow diagram;
    private final SweepWindow sweep;
    /** Waits for new data before a sweep starts on it; removed once it has. */
    private ChangeListener<TrainingSnapshot> waiting;

    LessonSteps(LabModel model, ControlsView controls, PlotsView plots, DiagramWindow diagram, SweepWindow sweep) {
        this.model = model;
        this.controls = controls;
        this.plots = plots;
        this.diagram = diagram;
        this.sweep = sweep;
    }

    /**
     * Sets the window up for page {@code id}.
     *
     * @throws IllegalArgumentException for an id no page has
     */
    void setUp(String id) {
        switch (id) {
            case "1" -> {
                seed(RATE_SEED, LabModel.START_PACE, BaselineFeaturesView.Choice.PLAIN);
                model.pause();
            }
            case "2" -> {
                seed(RATE_SEED, LabModel.START_PACE, BaselineFeaturesView.Choice.PLAIN);
                model.play();
            }
            case "3" -> {
                seed(RATE_SEED, LabModel.START_PACE, BaselineFeaturesView.Choice.PLAIN);
                model.step(1000);
                plots.zeroLinesProperty().set(true);
                diagram.open();
            }
            case "4" -> {
                boolean newData = seed(RATE_SEED, LabModel.START_PACE, BaselineFeaturesView.Choice.PLAIN);
                model.pause();
                whenDataIn(newData, () -> sweep(0));
            }
            case "5" -> {
                // The main window holds the same 30% out (Test %) and trains the sweep's largest network on the rest.
                boolean newData = seed(
                        RATE_SEED,
                        LabModel.START_PACE,
                        BaselineFeaturesView.Choice.PLAIN,
                        OVERFIT_UNITS,
                        HELD_OUT_PERCENT / 100.0);
                model.step(SWEEP_EPOCHS);
                whenDataIn(newData, () -> sweep(HELD_OUT_PERCENT));
            }
            case "6" -> {
                seed(RATE_SEED, LabModel.START_PACE, BaselineFeaturesView.Choice.SQUARES);
                model.play();
            }
            case "7a" -> rate(RATE_SMALL);
            case "7b" -> rate(RATE_SEED);
            case "7c" -> rate(RATE_LARGE);
            default -> throw new IllegalArgumentException("no lesson page '" + id + "'");
        }
    }

    /**
     * The seed's data and network from the seed's initial weights at epoch 0, at {@code rate} and {@code pace}, the
     * baseline on {@code baseline}, the zero lines off; returns whether new data was asked for.
     */
    private boolean seed(double rate, double pace, BaselineFeaturesView.Choice baseline) {
        return seed(rate, pace, baseline, Architecture.defaults().layers().get(0), 0);
    }

    /** As {@link #seed(double, double, BaselineFeaturesView.Choice)} with {@code units} hidden units, {@code test} held out. */
    private boolean seed(double rate, double pace, BaselineFeaturesView.Choice baseline, int units, double test) {
        // Paused first, so that no epoch slips in between the reset and what the page does next (step 3's 1000).
        model.pause();
        Settings s = Settings.defaults().withLearningRate(rate).withHidden(units);
        boolean newData = controls.show(model, s, Architecture.seed(units), pace, false);
        model.setTestFraction(test);
        model.setLearningRate(rate);
        model.setInitSeed(s.initSeed());
        model.reset();
        plots.baselineFeatures.choice.setValue(baseline);
        plots.zeroLinesProperty().set(false);
        return newData;
    }

    /** The seed's network trained afresh at {@code rate}, fast enough to see thousands of epochs. */
    private void rate(double rate) {
        seed(rate, FAST_PACE, BaselineFeaturesView.Choice.PLAIN);
        model.play();
    }

    /** Runs {@code then} now, or once the new data asked for is in (the sweep trains on the data shown). */
    private void whenDataIn(boolean newData, Runnable then) {
        if (waiting != null) {
            model.snapshotProperty().removeListener(waiting);
            waiting = null;
        }
        if (!newData) {
            then.run();
            return;
        }
        TrainingSnapshot before = model.snapshot();
        waiting = (o, a, s) -> {
            if (s != null && (before == null || s.data() != before.data())) {
                model.snapshotProperty().removeListener(waiting);
                waiting = null;
                then.run();
            }
        };
        model.snapshotProperty().addListener(waiting);
    }

    /** Opens the sweep of the article's sizes at the seed's rate and 5,000 epochs, {@code percent} held out, and starts it. */
    private void sweep(int percent) {
        sweep.open();
        SweepView v = sweep.view();
        if (v == null) {
            return; // no data yet: the sweep window said so
        }
        v.sizesField.setText(SWEEP_SIZES);
        v.epochsSpinner.getValueFactory().setValue(SWEEP_EPOCHS);
        v.rateField.setText(LogScale.formatRate(RATE_SEED));
        v.testSpinner.getValueFactory().setValue(percent);
        v.start();
    }
}
