package dev.boundarylab.ui;

import static dev.boundarylab.ui.Widgets.button;
import static dev.boundarylab.ui.Widgets.form;
import static dev.boundarylab.ui.Widgets.labelled;
import static dev.boundarylab.ui.Widgets.section;
import static dev.boundarylab.ui.Widgets.tip;
import static dev.boundarylab.ui.Widgets.valueLabel;

import dev.boundarylab.data.DatasetKind;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.train.Limit;
import dev.boundarylab.train.Notice;
import dev.boundarylab.train.Settings;
import dev.boundarylab.train.TrainingSnapshot;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The sidebar: the data controls, the network's size and learning rate, the pace and the run buttons. Built empty,
 * then {@link #bind bound}: the controls take the model's values and send their changes to its commands.
 */
final class ControlsView {
    /** The rate slider's arrow-key step, in decades. */
    static final double RATE_FINE_DECADES = 0.05;
    /** The rate slider's Page Up/Down step, in decades. */
    static final double RATE_COARSE_DECADES = 0.5;

    private static final double PACE_DECADES = Math.log10(Limit.PACE.max() / Limit.PACE.min());
    // Kept for wiring and tests (which also look them up by id).
    final ComboBox<DatasetKind> datasetChoice = new ComboBox<>();
    final Spinner<Integer> samplesSpinner = new Spinner<>();
    final Spinner<Double> noiseSpinner = new Spinner<>();
    final Spinner<Integer> seedSpinner = new Spinner<>();
    /** How many classes to generate, 2 to 8, for the generators that draw more than two (issue 16). */
    final Spinner<Integer> classesSpinner = new Spinner<>();
    /** The percent of each class held out of training. */
    final Spinner<Integer> testSpinner = new Spinner<>();

    final Button newData = new Button("New data");
    final Label dataSource = new Label();
    final Button backToGenerated = button(
            "generatedDataButton",
            "Back to generated data",
            "Leave the file's points and generate points again with the settings below.");
    final Slider hiddenSlider = new Slider(Limit.HIDDEN.min(), Limit.HIDDEN.max(), 4);
    final Slider rateSlider =
            new Slider(Math.log10(Limit.LEARNING_RATE.min()), Math.log10(Limit.LEARNING_RATE.max()), Math.log10(1.2));
    final Slider paceSlider = new Slider(0, LogScale.PACE_TOP, LogScale.pacePosition(300));
    final Button playButton = new Button("Play");
    final Button step = button("stepButton", "Step", "Pause and train exactly one epoch (Right arrow).");
    final Button step100 = button("step100Button", "Step 100", "Pause and train 100 epochs (Shift+Right arrow).");
    final Button reset = button("resetButton", "Reset", "Back to epoch 0 with the same initial weights (R).");
    final Button reseed = button("reseedButton", "Re-seed", "Start over from new random initial weights (N).");
    final CheckBox logScale = new CheckBox("Log-scale cost axis");
    /** The features, layers, activation, L2 and batch size of the Network section. */
    final ArchitectureView architecture = new ArchitectureView();

    private final Label hiddenValue = valueLabel("hiddenValue");
    private final Label rateValue = valueLabel("rateValue");
    private final Label paceValue = valueLabel("paceValue");
    private final ScrollPane root;
    /** While the controls are set from settings: their listeners make no new data, one call does afterwards. */
    private boolean quiet;

    /** Builds the sidebar's controls, showing nothing yet. */
    ControlsView() {
        VBox box = new VBox(10);
        box.setPadding(new Insets(12));
        box.getStyleClass().add(Styles.CONTROLS);
        box.getChildren().addAll(dataSection(), new Separator(), networkSection(), new Separator(), runSection());
        root = new ScrollPane(box);
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.getStyleClass().add(Styles.SIDEBAR);
        root.setPrefWidth(290);
    }

    Parent root() {
        return root;
    }

    private VBox dataSection() {
        datasetChoice.setId("datasetChoice");
        datasetChoice.getItems().setAll(DatasetKind.values());
        datasetChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(DatasetKind k) {
                return k == null ? "" : k.displayName();
            }

            @Override
            public DatasetKind fromString(String s) {
                return null;
            }
        });
        datasetChoice.setMaxWidth(Double.MAX_VALUE);
        tip(datasetChoice, "Which data set to train on. Changing it draws new points and starts over.");
        samplesSpinner.setId("samplesSpinner");
        samplesSpinner.setEditable(true);
        tip(samplesSpinner, "How many points to generate.");
        noiseSpinner.setId("noiseSpinner");
        noiseSpinner.setEditable(true);
        tip(noiseSpinner, "How much random jitter the generator adds to the points.");
        seedSpinner.setId("seedSpinner");
        seedSpinner.setEditable(true);
        tip(seedSpinner, "Seed of the generated points: the same seed always gives the same points.");
        classesSpinner.setId("classesSpinner");
        classesSpinner.setEditable(true);
        tip(
                classesSpinner,
                "How many classes to generate (" + Limit.CLASSES.range()
                        + "): gaussian quantiles, arms and blobs draw up to 8, the others two.");
        testSpinner.setId("testSpinner");
        testSpinner.setEditable(true);
        tip(
                testSpinner,
                "Percent of each class held out of training, drawn with the init seed (Re-seed draws others), "
                        + "as train --test-fraction does: drawn as rings, the field showing inside; the titles, the "
                        + "status line and the cost chart then give both models' numbers on them. Changing it "
                        + "starts the network over. 0 trains on every point.");
        newData.setId("newDataButton");
        newData.setMaxWidth(Double.MAX_VALUE);
        tip(newData, "Draw a fresh set of points (next seed) and start training over.");
        dataSource.setId("dataSource");
        dataSource.setWrapText(true);
        dataSource.getStyleClass().add(Styles.HINT);
        backToGenerated.setMaxWidth(Double.MAX_VALUE);
        showDataFile(null, 0);
        return section("Data", dataSource, backToGenerated, datasetChoice, generatorForm(), testRow());
    }

    /**
     * Points, noise and seed, with the classes beside the points: the data set's name gets the sidebar's whole
     * width ("Gaussian quantiles" is not cut) and the sidebar is no taller than with the classes beside it.
     */
    private javafx.scene.layout.GridPane generatorForm() {
        javafx.scene.layout.GridPane g = form("Points", samplesSpinner, "Noise", noiseSpinner, "Seed", seedSpinner);
        classesSpinner.setPrefWidth(62);
        classesSpinner.setMinWidth(62);
        Label label = new Label("Classes");
        label.setMinWidth(Label.USE_PREF_SIZE);
        label.setLabelFor(classesSpinner);
        g.add(label, 2, 0);
        g.add(classesSpinner, 3, 0);
        javafx.scene.layout.GridPane.setColumnSpan(noiseSpinner, 3);
        javafx.scene.layout.GridPane.setColumnSpan(seedSpinner, 3);
        return g;
    }

    /**
     * New data and Test % on one line, so that the sidebar is no taller than without it (the run buttons stay in
     * view in a window 800 high with a file's note above).
     */
    private HBox testRow() {
        testSpinner.setPrefWidth(78);
        Label label = new Label("Test %");
        label.setMinWidth(Label.USE_PREF_SIZE);
        label.setLabelFor(testSpinner);
        HBox row = new HBox(8, newData, label, testSpinner);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(newData, javafx.scene.layout.Priority.ALWAYS);
        return row;
    }

    private VBox networkSection() {
        hiddenSlider.setId("hiddenSlider");
        hiddenSlider.setMajorTickUnit(33);
        hiddenSlider.setMinorTickCount(0);
        // Arrows step one unit, Page Up/Down ten.
        Widgets.keySteps(hiddenSlider, 1, 10);
        tip(
                hiddenSlider,
                "Units of the first hidden layer (" + Limit.HIDDEN.range()
                        + "). Changing it starts the network over with new "
                        + "random weights; training continues if it was running.");
        rateSlider.setId("rateSlider");
        // The slider's value is log10 of the rate: arrows step a twentieth of a decade, Page Up/Down half of one.
        Widgets.keySteps(rateSlider, RATE_FINE_DECADES, RATE_COARSE_DECADES);
        tip(
                rateSlider,
                "Learning rate of gradient descent, from " + Limit.LEARNING_RATE.range()
                        + " on a log scale. Applied at once, "
                        + "without starting over. Too large a rate makes the cost blow up.");
        VBox v = section("Network");
        v.getChildren().addAll(architecture.featureRows());
        v.getChildren()
                .addAll(
                        architecture.layersRow(),
                        labelled("Layer 1 units", hiddenValue),
                        hiddenSlider,
                        architecture.extraLayersRow());
        v.getChildren().addAll(architecture.trainingRows());
        v.getChildren().addAll(labelled("Learning rate", rateValue), rateSlider);
        return v;
    }

    private VBox runSection() {
        paceSlider.setId("paceSlider");
        Widgets.keySteps(paceSlider, LogScale.PACE_TOP / PACE_DECADES * 0.05, LogScale.PACE_TOP / PACE_DECADES * 0.5);
        tip(paceSlider, "Training speed: from one epoch per frame (watch every step) to as fast as the machine goes.");
        playButton.setId("playButton");
        playButton.setDefaultButton(false);
        playButton.getStyleClass().add(Styles.ACCENT);
        tip(playButton, "Start or pause training (Space).");
        Widgets.growAll(playButton, step, step100, reset, reseed);
        logScale.setId("logScaleCheck");
        tip(logScale, "Show the cost on a logarithmic axis, to see the slow last part of training.");
        return section(
                "Training",
                labelled("Pace", paceValue),
                paceSlider,
                new HBox(6, playButton, step, step100),
                new HBox(6, reset, reseed),
                logScale);
    }

    /** Shows the model's settings in the controls, then sends every change of a control to the model. */
    void bind(LabModel model) {
        Settings s = model.settings();
        DatasetKind kind = DatasetKind.fromId(s.dataset());
        datasetChoice.setValue(kind);
        samplesSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                (int) Limit.SAMPLES.min(), (int) Limit.SAMPLES.max(), s.samples(), 50));
        double noise = Double.isNaN(s.noise()) ? kind.defaultNoise() : s.noise();
        noiseSpinner.setValueFactory(
                new SpinnerValueFactory.DoubleSpinnerValueFactory(Limit.NOISE.min(), Limit.NOISE.max(), noise, 0.05));
        seedSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                (int) Limit.DATA_SEED.min(), (int) Limit.DATA_SEED.max(), (int) s.seed(), 1));
        Consumer<String> report = why -> model.say(Notice.Severity.PROBLEM, why);
        NumberFields.guard(samplesSpinner, "Points", Limit.SAMPLES, v -> (int) v, report);
        NumberFields.guard(noiseSpinner, "Noise", Limit.NOISE, v -> v, report);
        NumberFields.guard(seedSpinner, "Seed", Limit.DATA_SEED, v -> (int) v, report);
        classesSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                (int) Limit.CLASSES.min(), kind.maxClasses(), Math.min(s.classes(), kind.maxClasses()), 1));
        NumberFields.guard(classesSpinner, "Classes", Limit.CLASSES, v -> (int) v, report);
        classesSpinner.setDisable(kind.maxClasses() <= 2);
        testSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                (int) HeldOutSetting.PERCENT.min(),
                (int) HeldOutSetting.PERCENT.max(),
                percent(model.testFractionProperty().get()),
                HeldOutSetting.STEP));
        NumberFields.guard(testSpinner, "Test %", HeldOutSetting.PERCENT, v -> (int) v, report);
        hiddenSlider.setValue(s.hidden());
        hiddenValue.setText(Integer.toString(s.hidden()));
        rateSlider.setValue(Math.log10(s.learningRate()));
        rateValue.setText(LogScale.formatRate(s.learningRate()));
        paceSlider.setValue(LogScale.pacePosition(model.paceProperty().get()));
        paceValue.setText(LogScale.formatPace(model.paceProperty().get()));
        logScale.setSelected(model.logScale());

        datasetChoice.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                noiseSpinner.getValueFactory().setValue(b.defaultNoise());
                // The classes this generator can draw: two for most, up to 8 for some.
                quiet = true;
                try {
                    classesFor(b);
                } finally {
                    quiet = false;
                }
                generate(model);
            }
        });
        samplesSpinner.valueProperty().addListener((o, a, b) -> generate(model));
        noiseSpinner.valueProperty().addListener((o, a, b) -> generate(model));
        seedSpinner.valueProperty().addListener((o, a, b) -> generate(model));
        classesSpinner.valueProperty().addListener((o, a, b) -> generate(model));
        newData.setOnAction(e -> seedSpinner.getValueFactory().setValue(seedSpinner.getValue() + 1));
        testSpinner.valueProperty().addListener((o, a, b) -> {
            if (b != percent(model.testFractionProperty().get())) {
                model.setTestFraction(b / 100.0);
            }
        });
        // A lesson or Restore defaults sets the share on the model: the control follows.
        model.testFractionProperty().addListener((o, a, b) -> {
            if (percent(b.doubleValue()) != testSpinner.getValue()) {
                testSpinner.getValueFactory().setValue(percent(b.doubleValue()));
            }
        });
        backToGenerated.setOnAction(e -> generate(model));
        model.dataFileProperty()
                .addListener(
                        (o, a, f) -> showDataFile(f, model.snapshot().data().size()));
        // The model sets the file of new data before the snapshot that brings it: the snapshot tells both.
        model.snapshotProperty().addListener((o, a, b) -> {
            if (b != null && (a == null || a.data() != b.data())) {
                showDataFile(model.dataFileProperty().get(), b.data().size());
            }
        });

        hiddenSlider.valueProperty().addListener((o, a, b) -> {
            int h = (int) Math.round(b.doubleValue());
            hiddenValue.setText(Integer.toString(h));
            model.setHidden(h);
        });
        // Parameters loaded from a file or the sweep bring their own size: the slider follows.
        model.settingsProperty().addListener((o, a, b) -> {
            if (b.hidden() != (int) Math.round(hiddenSlider.getValue())) {
                hiddenSlider.setValue(b.hidden());
            }
            // So does a learning rate set by a command (a lesson): the slider shows the rate in use.
            if (b.learningRate() != LogScale.learningRate(rateSlider.getValue())) {
                rateSlider.setValue(Math.log10(b.learningRate()));
            }
        });
        architecture.bind(model);
        // Without hidden layers there is no first layer to size.
        hiddenSlider.setDisable(model.architecture().layers().isEmpty());
        model.architectureProperty()
                .addListener((o, a, b) -> hiddenSlider.setDisable(b.layers().isEmpty()));
        rateSlider.valueProperty().addListener((o, a, b) -> {
            double r = LogScale.learningRate(b.doubleValue());
            rateValue.setText(LogScale.formatRate(r));
            if (!quiet) {
                model.setLearningRate(r);
            }
        });
        paceSlider.valueProperty().addListener((o, a, b) -> {
            double p = LogScale.pace(b.doubleValue());
            paceValue.setText(LogScale.formatPace(p));
            if (!quiet) {
                model.setPace(p);
            }
        });
        logScale.selectedProperty().addListener((o, a, b) -> model.setLogScale(b));

        playButton.setOnAction(e -> model.togglePlay());
        step.setOnAction(e -> model.step(1));
        step100.setOnAction(e -> model.step(100));
        reset.setOnAction(e -> model.reset());
        reseed.setOnAction(e -> model.reseed());
        model.snapshotProperty().addListener((o, a, b) -> showState(b));
        showState(model.snapshot());
    }

    /** A share as the Test % control shows it, in whole percents. */
    private static int percent(double fraction) {
        return (int) Math.round(100 * fraction);
    }

    private void showState(TrainingSnapshot s) {
        playButton.setText(s != null && s.state() == TrainingSnapshot.State.RUNNING ? "Pause" : "Play");
    }

    /**
     * Shows {@code s}, the architecture {@code arch}, the pace and the axis in the controls, which send them to the
     * model; new data is made once, unless the data in use is already the generator's with these settings. Returns
     * whether new data was asked for.
     */
    boolean show(LabModel model, Settings s, Architecture arch, double pace, boolean log) {
        DatasetKind kind = DatasetKind.fromId(s.dataset());
        quiet = true;
        try {
            datasetChoice.setValue(kind);
            samplesSpinner.getValueFactory().setValue(s.samples());
            noiseSpinner.getValueFactory().setValue(Double.isNaN(s.noise()) ? kind.defaultNoise() : s.noise());
            seedSpinner.getValueFactory().setValue((int) s.seed());
            classesFor(kind);
            classesSpinner.getValueFactory().setValue(Math.min(s.classes(), kind.maxClasses()));
        } finally {
            quiet = false;
        }
        Settings now = model.settings();
        boolean same = model.dataFileProperty().get() == null
                && model.snapshot() != null
                && now.dataset().equals(kind.id())
                && now.samples() == samplesSpinner.getValue()
                && now.noise() == noiseSpinner.getValue()
                && now.seed() == seedSpinner.getValue();
        if (!same) {
            generate(model);
        }
        model.setArchitecture(arch);
        hiddenSlider.setValue(s.hidden());
        rateSlider.setValue(Math.log10(s.learningRate()));
        paceSlider.setValue(LogScale.pacePosition(pace));
        logScale.setSelected(log);
        return !same;
    }

    /**
     * Shows the model's settings, pace and axis in the controls without sending them back (a session opened: the
     * model has them, exactly, and the rate slider's three digits must not replace its rate).
     */
    void showModel(LabModel model) {
        Settings s = model.settings();
        DatasetKind kind = DatasetKind.fromId(s.dataset());
        quiet = true;
        try {
            datasetChoice.setValue(kind);
            samplesSpinner.getValueFactory().setValue(s.samples());
            noiseSpinner.getValueFactory().setValue(Double.isNaN(s.noise()) ? kind.defaultNoise() : s.noise());
            seedSpinner.getValueFactory().setValue((int) s.seed());
            rateSlider.setValue(Math.log10(s.learningRate()));
            rateValue.setText(LogScale.formatRate(s.learningRate()));
            paceSlider.setValue(LogScale.pacePosition(model.paceProperty().get()));
            logScale.setSelected(model.logScale());
        } finally {
            quiet = false;
        }
    }

    /**
     * Says where the points come from: with a file, its name and point count, the generator's controls disabled
     * and the way back to them; without one, the controls describe the data in use.
     */
    private void showDataFile(java.nio.file.Path file, int points) {
        boolean fromFile = file != null;
        dataSource.setText(
                fromFile
                        ? String.format(
                                java.util.Locale.ROOT,
                                "From file %s: %,d points. The generator below is not in use.",
                                file.getFileName(),
                                points)
                        : "");
        for (javafx.scene.Node n : new javafx.scene.Node[] {dataSource, backToGenerated}) {
            n.setVisible(fromFile);
            n.setManaged(fromFile);
        }
        for (javafx.scene.Node n :
                new javafx.scene.Node[] {datasetChoice, samplesSpinner, noiseSpinner, seedSpinner, newData}) {
            n.setDisable(fromFile);
        }
        DatasetKind kind = datasetChoice.getValue();
        classesSpinner.setDisable(fromFile || kind == null || kind.maxClasses() <= 2);
    }

    /** Lets the classes spinner go up to what {@code kind} can draw (2 for most), keeping its value if it can. */
    private void classesFor(DatasetKind kind) {
        SpinnerValueFactory.IntegerSpinnerValueFactory f =
                (SpinnerValueFactory.IntegerSpinnerValueFactory) classesSpinner.getValueFactory();
        if (f != null) {
            f.setMax(kind.maxClasses());
            classesSpinner.setDisable(kind.maxClasses() <= 2);
        }
    }

    /** New data from the data controls. */
    private void generate(LabModel model) {
        if (quiet) {
            return;
        }
        DatasetKind kind = datasetChoice.getValue();
        Integer n = samplesSpinner.getValue();
        Double noise = noiseSpinner.getValue();
        Integer seed = seedSpinner.getValue();
        Integer classes = classesSpinner.getValue();
        if (kind != null && n != null && noise != null && seed != null) {
            model.generateData(kind, n, noise, seed, classes == null ? 2 : Math.min(classes, kind.maxClasses()));
        }
    }
}
