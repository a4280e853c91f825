package dev.boundarylab.ui;

import dev.boundarylab.data.CsvData;
import dev.boundarylab.data.Dataset;
import dev.boundarylab.data.DatasetKind;
import dev.boundarylab.figure.FigureData;
import dev.boundarylab.figure.Figures;
import dev.boundarylab.io.ParametersJson;
import dev.boundarylab.model.Parameters;
import dev.boundarylab.render.FigureRenderer;
import dev.boundarylab.render.Viewport;
import dev.boundarylab.train.Settings;
import dev.boundarylab.train.TrainingService;
import dev.boundarylab.train.TrainingSnapshot;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The main window's content: the controls on the left, the two boundary panels side by side, the cost chart
 * below them and a status line. It only wires controls to the {@link TrainingService} and draws the newest
 * {@link TrainingSnapshot} through the shared renderer; it never trains.
 */
public final class MainWindow implements AutoCloseable {
    static final String STYLESHEET = "/dev/boundarylab/ui/boundary-lab.css";

    private final TrainingService service;
    private final ReadOnlyObjectWrapper<TrainingSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final BorderPane root = new BorderPane();
    private final RasterView networkView = new RasterView();
    private final RasterView logisticView = new RasterView();
    private final RasterView costView = new RasterView();
    private final Label status = new Label();
    private final Label banner = new Label();
    private final Exporter exporter;
    private final AnimationTimer timer;
    private Settings settings;
    private Dataset viewportData;
    private Viewport viewport;
    /** The least time between two redraws of the cost chart while training: 20 a second. */
    private static final long CHART_FRAME_NANOS = 50_000_000L;

    private long shownVersion = -1;
    private boolean chartDirty = true;
    private long lastChartPaint;
    private long fpsStart = System.nanoTime();
    private long fpsPaints;
    private double framesPerSecond;
    private SweepView sweepView;
    private javafx.stage.Stage sweepStage;
    private boolean logScale;
    /** The serial of the service's message last put in the banner: the banner changes only for a new one. */
    private long shownMessageSerial = -1;

    // Controls, kept for wiring and tests (looked up by id).
    final ComboBox<DatasetKind> datasetChoice = new ComboBox<>();
    final Spinner<Integer> samplesSpinner = new Spinner<>();
    final Spinner<Double> noiseSpinner = new Spinner<>();
    final Spinner<Integer> seedSpinner = new Spinner<>();
    final Slider hiddenSlider = new Slider(1, 100, 4);
    final Slider rateSlider = new Slider(-4, 1, Math.log10(1.2));
    final Slider paceSlider = new Slider(0, LogScale.PACE_TOP, LogScale.pacePosition(300));
    final Button playButton = new Button("Play");

    /**
     * Builds the window's content on the seed's settings and starts training at once if {@code autoPlay}.
     */
    public MainWindow(Settings initial, boolean autoPlay) {
        this.settings = initial.validate();
        Dataset data;
        try {
            data = settings.loadData();
        } catch (Exception e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        double pace = LogScale.pace(paceSlider.getValue());
        this.service =
                new TrainingService(data, settings.hidden(), settings.initSeed(), settings.learningRate(), pace, null);
        this.exporter = new Exporter(this);
        // Interim, until the window loads in the background: wait for the service's first snapshot.
        while (service.latest() == null) {
            Thread.onSpinWait();
        }
        snapshot.set(service.latest());
        build();
        if (autoPlay) {
            service.play();
        }
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse();
            }
        };
        timer.start();
    }

    /** The window's content. */
    public Parent root() {
        return root;
    }

    /** The newest snapshot shown. */
    public ReadOnlyObjectProperty<TrainingSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** The training service (for the exporter and tests). */
    TrainingService service() {
        return service;
    }

    /** The exporter (for tests). */
    Exporter exporter() {
        return exporter;
    }

    Settings settings() {
        return settings;
    }

    boolean logScale() {
        return logScale;
    }

    Viewport viewport() {
        return viewport;
    }

    RasterView networkView() {
        return networkView;
    }

    RasterView logisticView() {
        return logisticView;
    }

    RasterView costView() {
        return costView;
    }

    /** Shows a one-line message to the user in the banner above the plots. */
    void say(String message, boolean problem) {
        banner.setText(message);
        banner.setVisible(!message.isEmpty());
        banner.setManaged(!message.isEmpty());
        banner.getStyleClass().removeAll("banner-problem", "banner-info");
        banner.getStyleClass().add(problem ? "banner-problem" : "banner-info");
    }

    /** Once per frame: take the newest snapshot (dropping any in between) and repaint what changed. */
    private void pulse() {
        TrainingSnapshot s = service.latest();
        if (s.version() != shownVersion) {
            TrainingSnapshot previous = snapshot.get();
            shownVersion = s.version();
            snapshot.set(s);
            if (viewportData != s.data()) {
                viewportData = s.data();
                viewport = Viewport.around(s.data());
                logisticView.invalidate();
            }
            if (previous == null || previous.baseline() != s.baseline()) {
                logisticView.invalidate();
            }
            networkView.invalidate();
            chartDirty = true;
            showStatus(s);
        }
        // The boundary is redrawn every frame; the cost chart, whose change from frame to frame is a pixel or two,
        // at most CHART_FRAME_NANOS apart while training, and at once when training stops.
        long t = System.nanoTime();
        if (chartDirty
                && (t - lastChartPaint >= CHART_FRAME_NANOS
                        || snapshot.get().state() != TrainingSnapshot.State.RUNNING)) {
            costView.invalidate();
            chartDirty = false;
            lastChartPaint = t;
        }
        networkView.repaintIfNeeded();
        logisticView.repaintIfNeeded();
        costView.repaintIfNeeded();
        long now = System.nanoTime();
        if (now - fpsStart >= 1_000_000_000L) {
            long paints = networkView.paintCount();
            framesPerSecond = (paints - fpsPaints) * 1e9 / (now - fpsStart);
            fpsStart = now;
            fpsPaints = paints;
            showStatus(snapshot.get());
        }
    }

    /** How many times a second the network panel was redrawn, over the last second. */
    double framesPerSecond() {
        return framesPerSecond;
    }

    private void showStatus(TrainingSnapshot s) {
        String logistic = s.baseline().isPending()
                ? "fitting…"
                : s.baseline().model() == null
                        ? "n/a"
                        : String.format(
                                Locale.ROOT, "%.1f%%", 100 * s.baseline().accuracy());
        status.setText(String.format(
                Locale.ROOT,
                "%s   epoch %,d   cost %.5f   network %.1f%%   logistic %s   %s epochs/s   %.0f fps   %d points",
                s.state() == TrainingSnapshot.State.RUNNING
                        ? "Training"
                        : s.state() == TrainingSnapshot.State.DIVERGED ? "Diverged" : "Paused",
                s.epoch(),
                s.cost(),
                100 * s.accuracy(),
                logistic,
                LogScale.compact(s.epochsPerSecond()),
                framesPerSecond,
                s.data().size()));
        playButton.setText(s.state() == TrainingSnapshot.State.RUNNING ? "Pause" : "Play");
        networkView.setAccessibleText(Figures.networkTitle(figureData(s)));
        logisticView.setAccessibleText(Figures.logisticTitle(figureData(s)));
        // Only a new message replaces the banner: an export's "Export failed: ..." must outlive the next frame. A
        // message told again (the same divergence after a reset) is new, even with the same words.
        if (s.notice().serial() != shownMessageSerial) {
            shownMessageSerial = s.notice().serial();
            say(s.message(), s.notice().severity() == dev.boundarylab.train.Notice.Severity.PROBLEM);
        }
    }

    /**
     * Cells per side of the decision surface drawn live in the window, scaled up bilinearly to the panel: enough for
     * a smooth heat map and boundary, and cheap enough to redraw every frame while training.
     */
    static final int LIVE_SURFACE_CELLS = 200;

    /** One renderer per view, kept across frames (it keeps its buffers) and replaced only when the scale changes. */
    private static final class RendererCache {
        private FigureRenderer renderer;

        FigureRenderer at(double scale) {
            if (renderer == null || renderer.scale() != scale) {
                renderer = liveRenderer(scale);
            }
            return renderer;
        }
    }

    /** The shared renderer as the window's live views use it: the surface capped at {@link #LIVE_SURFACE_CELLS}. */
    static FigureRenderer liveRenderer(double scale) {
        FigureRenderer r = new FigureRenderer(scale);
        r.panelRenderer().setMaxSurfaceResolution((int) Math.round(LIVE_SURFACE_CELLS * scale));
        return r;
    }

    /** What the renderer needs of a snapshot. */
    static FigureData figureData(TrainingSnapshot s) {
        return new FigureData(s.data(), s.parameters(), s.accuracy(), s.baseline(), s.costs(), s.epoch());
    }

    private void build() {
        root.getStyleClass().add("lab-root");
        root.setTop(menuBar());
        ScrollPane side = new ScrollPane(controls());
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.getStyleClass().add("sidebar");
        side.setPrefWidth(290);
        root.setLeft(side);

        networkView.setId("networkPanel");
        logisticView.setId("logisticPanel");
        costView.setId("costChart");
        RendererCache net = new RendererCache();
        RendererCache logistic = new RendererCache();
        RendererCache cost = new RendererCache();
        networkView.setPainter((img, scale) ->
                net.at(scale).renderBoundaryPanel(Figures.networkPanel(figureData(snapshot.get()), viewport), img));
        logisticView.setPainter((img, scale) -> logistic.at(scale)
                .renderBoundaryPanel(Figures.logisticPanel(figureData(snapshot.get()), viewport), img));
        costView.setPainter((img, scale) ->
                cost.at(scale).renderCostChart(Figures.costChart(figureData(snapshot.get()), logScale), img));
        HBox panels = new HBox(8, networkView, logisticView);
        HBox.setHgrow(networkView, Priority.ALWAYS);
        HBox.setHgrow(logisticView, Priority.ALWAYS);
        panels.setFillHeight(true);
        SplitPane split = new SplitPane(panels, costView);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        banner.setId("banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setWrapText(true);
        say("", false);
        VBox center = new VBox(6, banner, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        center.setPadding(new Insets(8));
        root.setCenter(center);
        status.setId("statusLine");
        status.getStyleClass().add("status-line");
        status.setMaxWidth(Double.MAX_VALUE);
        root.setBottom(status);
        viewportData = snapshot.get().data();
        viewport = Viewport.around(viewportData);
        showStatus(snapshot.get());
    }

    private Parent controls() {
        VBox box = new VBox(10);
        box.setPadding(new Insets(12));
        box.getStyleClass().add("controls");

        // Data
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
        datasetChoice.setValue(DatasetKind.fromId(settings.dataset()));
        datasetChoice.setMaxWidth(Double.MAX_VALUE);
        tip(datasetChoice, "Which two-class data set to train on. Changing it draws new points and starts over.");
        samplesSpinner.setId("samplesSpinner");
        samplesSpinner.setValueFactory(
                new SpinnerValueFactory.IntegerSpinnerValueFactory(2, 1_000_000, settings.samples(), 50));
        samplesSpinner.setEditable(true);
        tip(samplesSpinner, "How many points to generate (2 to 1,000,000).");
        noiseSpinner.setId("noiseSpinner");
        DatasetKind kind = datasetChoice.getValue();
        double noise0 = Double.isNaN(settings.noise()) ? kind.defaultNoise() : settings.noise();
        noiseSpinner.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 5, noise0, 0.05));
        noiseSpinner.setEditable(true);
        tip(noiseSpinner, "How much random jitter the generator adds to the points.");
        seedSpinner.setId("seedSpinner");
        seedSpinner.setValueFactory(
                new SpinnerValueFactory.IntegerSpinnerValueFactory(0, Integer.MAX_VALUE, (int) settings.seed(), 1));
        seedSpinner.setEditable(true);
        tip(seedSpinner, "Seed of the generated points: the same seed always gives the same points.");
        Button newData = new Button("New data");
        newData.setId("newDataButton");
        newData.setMaxWidth(Double.MAX_VALUE);
        tip(newData, "Draw a fresh set of points (next seed) and start training over.");
        newData.setOnAction(e -> seedSpinner.getValueFactory().setValue(seedSpinner.getValue() + 1));
        datasetChoice.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                noiseSpinner.getValueFactory().setValue(b.defaultNoise());
                regenerate();
            }
        });
        samplesSpinner.valueProperty().addListener((o, a, b) -> regenerate());
        noiseSpinner.valueProperty().addListener((o, a, b) -> regenerate());
        seedSpinner.valueProperty().addListener((o, a, b) -> regenerate());
        GridPane dataGrid = form(
                "Points", samplesSpinner,
                "Noise", noiseSpinner,
                "Seed", seedSpinner);
        VBox data = section("Data", datasetChoice, dataGrid, newData);

        // Network
        hiddenSlider.setId("hiddenSlider");
        hiddenSlider.setMajorTickUnit(33);
        hiddenSlider.setMinorTickCount(0);
        hiddenSlider.setBlockIncrement(1);
        hiddenSlider.setValue(settings.hidden());
        Label hiddenValue = valueLabel();
        hiddenValue.setId("hiddenValue");
        tip(
                hiddenSlider,
                "Hidden units of the network (1 to 100). Changing it starts the network over with new "
                        + "random weights; training continues if it was running.");
        hiddenSlider.valueProperty().addListener((o, a, b) -> {
            int h = (int) Math.round(b.doubleValue());
            hiddenValue.setText(Integer.toString(h));
            if (h != settings.hidden()) {
                settings = settings.withHidden(h);
                service.setHidden(h);
            }
        });
        hiddenValue.setText(Integer.toString(settings.hidden()));
        rateSlider.setId("rateSlider");
        rateSlider.setValue(Math.log10(settings.learningRate()));
        Label rateValue = valueLabel();
        rateValue.setId("rateValue");
        tip(
                rateSlider,
                "Learning rate of gradient descent, from 0.0001 to 10 on a log scale. Applied at once, "
                        + "without starting over. Too large a rate makes the cost blow up.");
        rateSlider.valueProperty().addListener((o, a, b) -> {
            double r = LogScale.learningRate(b.doubleValue());
            rateValue.setText(LogScale.formatRate(r));
            if (r != settings.learningRate()) {
                settings = settings.withLearningRate(r);
                service.setLearningRate(r);
            }
        });
        rateValue.setText(LogScale.formatRate(settings.learningRate()));
        VBox network = section(
                "Network",
                labelled("Hidden units", hiddenValue),
                hiddenSlider,
                labelled("Learning rate", rateValue),
                rateSlider);

        // Run
        paceSlider.setId("paceSlider");
        Label paceValue = valueLabel();
        paceValue.setId("paceValue");
        tip(paceSlider, "Training speed: from one epoch per frame (watch every step) to as fast as the machine goes.");
        paceSlider.valueProperty().addListener((o, a, b) -> {
            double p = LogScale.pace(b.doubleValue());
            paceValue.setText(LogScale.formatPace(p));
            service.setPace(p);
        });
        paceValue.setText(LogScale.formatPace(LogScale.pace(paceSlider.getValue())));
        playButton.setId("playButton");
        playButton.setDefaultButton(false);
        playButton.getStyleClass().add("accent");
        tip(playButton, "Start or pause training (Space).");
        playButton.setOnAction(e -> service.togglePlay());
        Button step =
                button("stepButton", "Step", "Pause and train exactly one epoch (Right arrow).", () -> service.step(1));
        Button step100 = button(
                "step100Button",
                "Step 100",
                "Pause and train 100 epochs (Shift+Right arrow).",
                () -> service.step(100));
        Button reset =
                button("resetButton", "Reset", "Back to epoch 0 with the same initial weights (R).", service::reset);
        Button reseed =
                button("reseedButton", "Re-seed", "Start over from new random initial weights (N).", this::reseed);
        HBox row1 = new HBox(6, playButton, step, step100);
        HBox row2 = new HBox(6, reset, reseed);
        for (Button b : new Button[] {playButton, step, step100, reset, reseed}) {
            HBox.setHgrow(b, Priority.ALWAYS);
            b.setMaxWidth(Double.MAX_VALUE);
        }
        CheckBox log = new CheckBox("Log-scale cost axis");
        log.setId("logScaleCheck");
        tip(log, "Show the cost on a logarithmic axis, to see the slow last part of training.");
        log.selectedProperty().addListener((o, a, b) -> {
            logScale = b;
            costView.invalidate();
        });
        VBox run = section("Training", labelled("Pace", paceValue), paceSlider, row1, row2, log);

        box.getChildren().addAll(data, new Separator(), network, new Separator(), run);
        return box;
    }

    /** Opens the hidden-layer sweep in its own window (one at a time), on the data shown here. */
    void openSweep() {
        if (sweepStage != null) {
            sweepStage.show();
            sweepStage.toFront();
            return;
        }
        sweepView = new SweepView(
                () -> snapshot.get().data(),
                () -> snapshot.get().baseline(),
                () -> settings.initSeed(),
                settings.learningRate(),
                this::showSweepResult,
                exporter::scale);
        javafx.scene.Scene scene = new javafx.scene.Scene(sweepView.root(), 1100, 680);
        scene.getStylesheets().add(getClass().getResource(STYLESHEET).toExternalForm());
        sweepStage = new javafx.stage.Stage();
        sweepStage.setTitle("Boundary Lab — hidden-layer sweep");
        sweepStage.setScene(scene);
        if (root.getScene() != null && root.getScene().getWindow() != null) {
            sweepStage.initOwner(root.getScene().getWindow());
        }
        sweepStage.setOnHidden(e -> sweepView.cancel());
        sweepStage.show();
    }

    SweepView sweepView() {
        return sweepView;
    }

    /** Shows one of the sweep's trained networks in the main view. */
    private void showSweepResult(dev.boundarylab.train.HeadlessRun.Result r) {
        int h = r.parameters().hidden();
        settings = settings.withHidden(h);
        hiddenSlider.setValue(h);
        service.loadParameters(
                r.parameters(),
                String.format(
                        Locale.ROOT,
                        "showing the sweep's network with %d hidden units after %,d epochs (accuracy %.1f%%)",
                        h,
                        r.epochs(),
                        100 * r.accuracy()));
        if (root.getScene() != null && root.getScene().getWindow() instanceof javafx.stage.Stage st) {
            st.toFront();
        }
    }

    private void reseed() {
        long seed = ThreadLocalRandom.current().nextLong(1, Integer.MAX_VALUE);
        settings = settings.withInitSeed(seed);
        service.reseed(seed);
    }

    /** Generates new data from the data controls, off the FX thread; a failure leaves the data as it was. */
    private void regenerate() {
        DatasetKind kind = datasetChoice.getValue();
        Integer n = samplesSpinner.getValue();
        Double noise = noiseSpinner.getValue();
        Integer seed = seedSpinner.getValue();
        if (kind == null || n == null || noise == null || seed == null) {
            return;
        }
        Settings next = settings.withDataset(kind.id()).withData(n, noise, seed);
        settings = next;
        service.loadData(() -> next.loadData());
    }

    /** Reads a CSV file of points (on the training thread) and trains on it. */
    void loadCsv(Path file) {
        service.loadData(() -> CsvData.read(file));
    }

    /**
     * Reads parameters (a file the Export menu or {@code --save-params} wrote, or a report) on a thread of its own,
     * so that a large or slow file cannot freeze the window, and then starts from them on the JavaFX thread; a bad
     * file gets its one-line message in the banner and changes nothing. The future completes once that is done.
     */
    java.util.concurrent.CompletableFuture<Void> loadParameters(Path file) {
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    Parameters p = null;
                    String problem = null;
                    try {
                        p = ParametersJson.read(file);
                    } catch (Exception | OutOfMemoryError e) {
                        problem = e.getMessage() != null ? e.getMessage() : file + ": cannot be read (" + e + ")";
                    }
                    Parameters read = p;
                    String failure = problem;
                    javafx.application.Platform.runLater(() -> {
                        try {
                            if (failure != null) {
                                say(failure, true);
                            } else {
                                applyParameters(file, read);
                            }
                        } finally {
                            done.complete(null);
                        }
                    });
                },
                "boundary-lab-load-parameters");
        reader.setDaemon(true);
        reader.start();
        return done;
    }

    private void applyParameters(Path file, Parameters p) {
        if (p.hidden() > hiddenSlider.getMax()) {
            // The slider would clamp the size and so replace the file's weights with random ones.
            say(
                    file + ": the parameters have " + p.hidden() + " hidden units; the window trains networks of 1 to "
                            + (int) hiddenSlider.getMax(),
                    true);
            return;
        }
        service.loadParameters(p);
        settings = settings.withHidden(p.hidden());
        hiddenSlider.setValue(p.hidden());
    }

    private MenuBar menuBar() {
        Menu file = new Menu("File");
        file.getItems()
                .addAll(
                        item(
                                "Open data (CSV)…",
                                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                                () -> chooseOpen("Open data", "CSV files", "*.csv")
                                        .ifPresent(this::loadCsv)),
                        item(
                                "Load parameters (JSON)…",
                                new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                                () -> chooseOpen("Load parameters", "JSON files", "*.json")
                                        .ifPresent(this::loadParameters)),
                        new SeparatorMenuItem(),
                        item("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), () -> {
                            Window w = root.getScene() == null
                                    ? null
                                    : root.getScene().getWindow();
                            if (w != null) {
                                w.hide();
                            }
                        }));
        Menu run = new Menu("Run");
        run.getItems()
                .addAll(
                        item("Play / pause", new KeyCodeCombination(KeyCode.SPACE), service::togglePlay),
                        item("Step one epoch", new KeyCodeCombination(KeyCode.RIGHT), () -> service.step(1)),
                        item(
                                "Step 100 epochs",
                                new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHIFT_DOWN),
                                () -> service.step(100)),
                        item("Reset", new KeyCodeCombination(KeyCode.R), service::reset),
                        item("Re-seed weights", new KeyCodeCombination(KeyCode.N), this::reseed));
        Menu scale = new Menu("Export scale");
        ToggleGroup g = new ToggleGroup();
        for (int k = 1; k <= 3; k++) {
            RadioMenuItem r = new RadioMenuItem(k + "x");
            int kk = k;
            r.setToggleGroup(g);
            r.setSelected(k == 1);
            r.setOnAction(e -> exporter.setScale(kk));
            scale.getItems().add(r);
        }
        Menu tools = new Menu("Tools");
        tools.getItems()
                .add(item(
                        "Hidden-layer sweep…",
                        new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN),
                        this::openSweep));
        Menu export = new Menu("Export");
        export.getItems().addAll(exporter.menuItems());
        export.getItems().addAll(new SeparatorMenuItem(), scale);
        MenuBar bar = new MenuBar(file, run, tools, export);
        bar.setId("menuBar");
        return bar;
    }

    java.util.Optional<Path> chooseOpen(String title, String kind, String pattern) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        File f = fc.showOpenDialog(root.getScene().getWindow());
        return java.util.Optional.ofNullable(f).map(File::toPath);
    }

    private static MenuItem item(String text, KeyCombination key, Runnable action) {
        MenuItem i = new MenuItem(text);
        if (key != null) {
            i.setAccelerator(key);
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    private static Button button(String id, String text, String tooltip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        tip(b, tooltip);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static void tip(javafx.scene.control.Control c, String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(320);
        c.setTooltip(t);
    }

    private static Label valueLabel() {
        Label l = new Label();
        l.getStyleClass().add("value-label");
        return l;
    }

    private static HBox labelled(String name, Label value) {
        Label n = new Label(name);
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(n, spacer, value);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static VBox section(String title, javafx.scene.Node... children) {
        Label t = new Label(title);
        t.getStyleClass().add("section-title");
        VBox v = new VBox(6);
        v.getChildren().add(t);
        v.getChildren().addAll(children);
        return v;
    }

    private static GridPane form(Object... pairs) {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        for (int i = 0; i < pairs.length; i += 2) {
            g.add(new Label((String) pairs[i]), 0, i / 2);
            javafx.scene.control.Control c = (javafx.scene.control.Control) pairs[i + 1];
            c.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(c, Priority.ALWAYS);
            g.add(c, 1, i / 2);
        }
        return g;
    }

    /**
     * Installs the keyboard shortcuts on the scene: Space plays or pauses, Right steps one epoch, Shift+Right 100,
     * R resets, N re-seeds. Keys typed into a text field, and arrows on a focused slider, are left to them.
     */
    public void installShortcuts(javafx.scene.Scene scene) {
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            javafx.scene.Node focus = scene.getFocusOwner();
            boolean arrowsTaken = focus instanceof Slider && e.getCode().isArrowKey();
            if (focus instanceof javafx.scene.control.TextInputControl || e.isShortcutDown() || arrowsTaken) {
                return;
            }
            Runnable action = switch (e.getCode()) {
                case SPACE -> service::togglePlay;
                case RIGHT -> e.isShiftDown() ? () -> service.step(100) : () -> service.step(1);
                case R -> service::reset;
                case N -> this::reseed;
                default -> null;
            };
            if (action != null) {
                action.run();
                e.consume();
            }
        });
    }

    /** Stops the frame timer, the training thread and any export in progress. */
    @Override
    public void close() {
        timer.stop();
        if (sweepView != null) {
            sweepView.close();
            javafx.stage.Stage st = sweepStage;
            if (javafx.application.Platform.isFxApplicationThread()) {
                st.hide();
            } else {
                javafx.application.Platform.runLater(st::hide);
            }
        }
        exporter.close();
        service.close();
    }
}
