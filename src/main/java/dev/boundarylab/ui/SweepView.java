package dev.boundarylab.ui;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.figure.Figures;
import dev.boundarylab.files.PngWriter;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.render.FigureRenderer;
import dev.boundarylab.render.PanelSpec;
import dev.boundarylab.render.Viewport;
import dev.boundarylab.train.Baseline;
import dev.boundarylab.train.HeadlessRun;
import dev.boundarylab.train.Limit;
import dev.boundarylab.train.Sweep;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.stage.FileChooser;

/**
 * The hidden-layer sweep: one network per size on the main window's data, trained in the background on all cores,
 * filling a gallery of small boundary panels as each finishes. Clicking a panel shows that network in the main view.
 */
final class SweepView implements AutoCloseable {
    static final int CELL_WIDTH = FigureRenderer.GRID_PANEL_WIDTH;
    static final int CELL_HEIGHT = FigureRenderer.GRID_PANEL_HEIGHT;

    private final BorderPane root = new BorderPane();
    final TextField sizesField = new TextField("1, 2, 3, 4, 5, 20, 50");
    final Spinner<Integer> epochsSpinner = new Spinner<>();
    final TextField rateField = new TextField();
    final Spinner<Integer> testSpinner = new Spinner<>();
    final Button startButton = new Button("Start");
    final Button cancelButton = new Button("Cancel");
    final Button exportButton = new Button("Export grid…");
    final ProgressBar progress = new ProgressBar(0);
    final Label message = new Label();
    /** The rate field's tooltip while its text is good. */
    private Tooltip rateTip;

    final TilePane grid = new TilePane(8, 8);
    private final java.util.function.Supplier<Dataset> data;
    /** The architecture of every network, sized by the sweep. */
    private final java.util.function.Supplier<Architecture> template;

    private final java.util.function.Supplier<Baseline> baseline;
    private final java.util.function.LongSupplier initSeed;
    private final Consumer<HeadlessRun.Result> open;
    private final java.util.function.IntSupplier exportScale;
    private final AnimationTimer timer;
    private volatile Sweep sweep;
    private Thread runner;
    private final List<HeadlessRun.Result> results = new ArrayList<>();
    private CompletableFuture<List<HeadlessRun.Result>> finished = new CompletableFuture<>();

    SweepView(
            java.util.function.Supplier<Dataset> data,
            java.util.function.Supplier<Baseline> baseline,
            java.util.function.LongSupplier initSeed,
            double learningRate,
            Consumer<HeadlessRun.Result> open,
            java.util.function.IntSupplier exportScale) {
        this(data, baseline, initSeed, Architecture::defaults, learningRate, open, exportScale);
    }

    /**
     * As above, each network of {@code template}'s architecture (the main window's), each size the units of every
     * hidden layer.
     */
    SweepView(
            java.util.function.Supplier<Dataset> data,
            java.util.function.Supplier<Baseline> baseline,
            java.util.function.LongSupplier initSeed,
            java.util.function.Supplier<Architecture> template,
            double learningRate,
            Consumer<HeadlessRun.Result> open,
            java.util.function.IntSupplier exportScale) {
        this.template = template;
        this.data = data;
        this.baseline = baseline;
        this.initSeed = initSeed;
        this.open = open;
        this.exportScale = exportScale;
        rateField.setText(LogScale.formatRate(learningRate));
        build();
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                Sweep s = sweep;
                if (s != null && s.epochsTotal() > 0) {
                    progress.setProgress((double) s.epochsDone() / s.epochsTotal());
                }
            }
        };
        timer.start();
    }

    Parent root() {
        return root;
    }

    /** The results of the last sweep started, when it completes (exceptionally if cancelled or refused). */
    CompletableFuture<List<HeadlessRun.Result>> finished() {
        return finished;
    }

    private void build() {
        root.getStyleClass().add(Styles.ROOT);
        sizesField.setId("sweepSizes");
        sizesField.setPrefColumnCount(18);
        sizesField.setTooltip(new Tooltip(
                "The hidden-layer sizes to train, separated by commas (" + Limit.HIDDEN.range() + " each)."));
        epochsSpinner.setId("sweepEpochs");
        // Limit.EPOCHS, as far as an int holds (2.1 billion epochs, days of training).
        epochsSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                (int) Limit.EPOCHS.min(), Integer.MAX_VALUE, 5000, 1000));
        epochsSpinner.setEditable(true);
        epochsSpinner.setPrefWidth(110);
        epochsSpinner.setTooltip(new Tooltip("Epochs of gradient descent for every network."));
        NumberFields.guard(
                epochsSpinner, "Epochs", Limit.EPOCHS, v -> (int) Math.min(v, Integer.MAX_VALUE), message::setText);
        testSpinner.setId("sweepTest");
        testSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                (int) Math.round(100 * Limit.TEST_FRACTION.min()),
                (int) Math.round(100 * Limit.TEST_FRACTION.max()),
                0,
                10));
        testSpinner.setEditable(true);
        testSpinner.setPrefWidth(80);
        testSpinner.setTooltip(new Tooltip("Percent of the points (of each class) held out of training; each panel's "
                + "title then gives the network's accuracy on them. 0 trains on every point."));
        rateField.setId("sweepRate");
        rateField.setPrefColumnCount(6);
        Widgets.tip(rateField, "Learning rate for every network, " + NumberFields.range(Limit.LEARNING_RATE) + ".");
        rateTip = rateField.getTooltip();
        rateField.setOnAction(e -> checkRate());
        rateField.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                checkRate();
            }
        });
        startButton.setId("sweepStart");
        startButton.getStyleClass().add(Styles.ACCENT);
        startButton.setTooltip(new Tooltip("Train one network per size on the main window's data, on all cores."));
        startButton.setOnAction(e -> start());
        cancelButton.setId("sweepCancel");
        cancelButton.setTooltip(new Tooltip("Stop every worker; finished panels stay."));
        cancelButton.setDisable(true);
        cancelButton.setOnAction(e -> cancel());
        exportButton.setId("sweepExport");
        exportButton.setTooltip(new Tooltip("Save the gallery as a PNG, at the window's export scale."));
        exportButton.setDisable(true);
        exportButton.setOnAction(e -> chooseAndExport());
        progress.setId("sweepProgress");
        progress.setPrefWidth(160);
        message.setId("sweepMessage");
        HBox fields = new HBox(
                8,
                fixed(new Label("Hidden sizes")),
                sizesField,
                fixed(new Label("Epochs")),
                epochsSpinner,
                fixed(new Label("Learning rate")),
                rateField,
                fixed(new Label("Test %")),
                testSpinner);
        fields.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(sizesField, Priority.ALWAYS);
        HBox actions = new HBox(8, fixed(startButton), fixed(cancelButton), progress, fixed(exportButton));
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(progress, Priority.ALWAYS);
        progress.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.VBox bar = new javafx.scene.layout.VBox(8, fields, actions);
        bar.setPadding(new Insets(10));
        message.setPadding(new Insets(0, 10, 6, 10));
        message.setWrapText(true);
        BorderPane top = new BorderPane(null, bar, null, message, null);
        root.setTop(top);
        grid.setId("sweepGrid");
        grid.setPadding(new Insets(10));
        grid.setPrefColumns(4);
        grid.setPrefTileWidth(CELL_WIDTH);
        grid.setPrefTileHeight(CELL_HEIGHT);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);
        message.setText("Trains one network per size on the data of the main window, from the same initial seed. "
                + "Click a finished panel to open it in the main view.");
    }

    private static <T extends javafx.scene.layout.Region> T fixed(T node) {
        node.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return node;
    }

    /** The learning rate typed, or NaN: a refused one marks the field, says why in its tooltip and the message line. */
    private double checkRate() {
        double rate = NumberFields.check(rateField, "Learning rate", Limit.LEARNING_RATE, rateTip);
        if (Double.isNaN(rate)) {
            message.setText(rateField.getTooltip().getText());
        }
        return rate;
    }

    /** Starts a sweep with the fields' values; a bad value gets one message and starts nothing. */
    void start() {
        List<Integer> sizes;
        double rate;
        try {
            sizes = Sweep.parseSizes(sizesField.getText());
            rate = checkRate();
            if (Double.isNaN(rate)) {
                return;
            }
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
            return;
        }
        Dataset all = data.get();
        Dataset d = all;
        Dataset test = null;
        int percent = testSpinner.getValue();
        if (percent > 0) {
            try {
                Dataset.Split split = all.split(percent / 100.0, initSeed.getAsLong());
                d = split.train();
                test = split.test();
            } catch (IllegalArgumentException e) {
                message.setText(e.getMessage());
                return;
            }
        }
        cancel();
        boolean heldOut = test != null;
        Baseline b = baseline.get();
        Viewport view = Viewport.around(all);
        int epochs = epochsSpinner.getValue();
        Sweep s = new Sweep(
                d,
                test,
                template.get(),
                sizes,
                rate,
                epochs,
                initSeed.getAsLong(),
                Runtime.getRuntime().availableProcessors());
        sweep = s;
        results.clear();
        grid.getChildren().clear();
        List<Cell> cells = new ArrayList<>();
        for (int h : sizes) {
            Cell c = new Cell(h, d, view);
            cells.add(c);
            grid.getChildren().add(c);
        }
        CompletableFuture<List<HeadlessRun.Result>> done = new CompletableFuture<>();
        finished = done;
        startButton.setDisable(true);
        cancelButton.setDisable(false);
        exportButton.setDisable(true);
        progress.setProgress(0);
        message.setText(String.format(
                Locale.ROOT,
                "Training %d networks for %,d epochs on %s (%d points%s)…",
                sizes.size(),
                epochs,
                d.name(),
                d.size(),
                heldOut ? ", " + test.size() + " held out to test" : ""));
        long t0 = System.nanoTime();
        runner = new Thread(
                () -> {
                    try {
                        List<HeadlessRun.Result> out = s.run(r -> Platform.runLater(() -> {
                            if (sweep == s) {
                                cells.get(sizes.indexOf(firstLayer(r))).show(r);
                            }
                        }));
                        double secs = (System.nanoTime() - t0) * 1e-9;
                        Platform.runLater(() -> finish(s, out, summary(out, secs, heldOut, b)));
                        done.complete(out);
                    } catch (CancellationException e) {
                        Platform.runLater(() -> {
                            cells.forEach(c -> c.stopped("cancelled"));
                            finish(s, null, "Cancelled; the finished panels stay.");
                        });
                        done.completeExceptionally(e);
                    } catch (RuntimeException e) {
                        Platform.runLater(() -> {
                            cells.forEach(c -> c.stopped("not trained"));
                            finish(s, null, "The sweep failed: " + e.getMessage());
                        });
                        done.completeExceptionally(e);
                    }
                },
                "boundary-lab-sweep-runner");
        runner.setDaemon(true);
        runner.start();
    }

    /**
     * What the message line says when a sweep is done: how many trained in how long, which diverged and when, and
     * the baseline; "2 networks trained in 0.0 s" is never all it says of a sweep whose networks diverged.
     */
    static String summary(List<HeadlessRun.Result> out, double seconds, boolean heldOut, Baseline b) {
        List<String> diverged = new ArrayList<>();
        for (HeadlessRun.Result r : out) {
            if (r.diverged()) {
                diverged.add(firstLayer(r) + " hidden diverged at epoch " + r.divergedAt());
            }
        }
        String trained = diverged.isEmpty()
                ? String.format(Locale.ROOT, "%d networks trained in %.1f s", out.size(), seconds)
                : String.format(
                        Locale.ROOT,
                        "%d of %d networks trained in %.1f s; %s (try a smaller learning rate)",
                        out.size() - diverged.size(),
                        out.size(),
                        seconds,
                        String.join(", ", diverged));
        return String.format(
                Locale.ROOT,
                "%s. Logistic regression on %s: %s. Click a panel to open it in the main view.",
                trained,
                heldOut ? "every point (the main window's fit)" : "the same data",
                b.model() == null ? "not fitted" : String.format(Locale.ROOT, "%.1f%%", 100 * b.accuracy()));
    }

    private void finish(Sweep s, List<HeadlessRun.Result> out, String text) {
        if (sweep != s) {
            return;
        }
        if (out != null) {
            results.clear();
            results.addAll(out);
            progress.setProgress(1);
        }
        message.setText(text);
        startButton.setDisable(false);
        cancelButton.setDisable(true);
        exportButton.setDisable(out == null);
    }

    /** Stops the running sweep, if any; returns at once, the workers end within a chunk of epochs. */
    void cancel() {
        Sweep s = sweep;
        if (s != null) {
            s.cancel();
        }
    }

    private void chooseAndExport() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export the sweep gallery");
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        fc.setInitialFileName("boundary-lab_" + data.get().name() + "_sweep_" + stamp + ".png");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG files", "*.png"));
        File f = fc.showSaveDialog(root.getScene().getWindow());
        if (f != null) {
            exportGrid(f.toPath());
        }
    }

    /** Writes the finished gallery as a PNG through the shared renderer; the message line says how it went. */
    CompletableFuture<Path> exportGrid(Path target) {
        List<PanelSpec> specs = Figures.sweepPanels(List.copyOf(results), baseline.get());
        int scale = exportScale.getAsInt();
        CompletableFuture<Path> done = new CompletableFuture<>();
        Thread t = new Thread(
                () -> {
                    try {
                        PngWriter.write(new FigureRenderer(scale).renderGrid(specs, 4), target);
                        done.complete(target);
                        Platform.runLater(() -> message.setText("Exported the gallery to " + target));
                    } catch (Exception | OutOfMemoryError e) {
                        done.completeExceptionally(e);
                        Platform.runLater(() -> message.setText("Export failed: " + e.getMessage()));
                    }
                },
                "boundary-lab-export");
        t.setDaemon(true);
        t.start();
        return done;
    }

    /** Cancels the sweep and waits up to a second for its workers. */
    @Override
    public void close() {
        timer.stop();
        Sweep s = sweep;
        if (s != null) {
            s.close();
        }
        Thread r = runner;
        if (r != null) {
            try {
                r.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The units of the first hidden layer of a sweep's network: its size. */
    private static int firstLayer(HeadlessRun.Result r) {
        return r.initialNetwork().architecture().layers().get(0);
    }

    /** One panel of the gallery: "training…" until its network finishes, then its boundary. */
    private final class Cell extends StackPane {
        private final RasterView view = new RasterView();
        private final Label waiting;
        private final int hidden;
        private final Dataset d;
        private final Viewport viewport;
        private FigureRenderer renderer;

        Cell(int hidden, Dataset d, Viewport viewport) {
            this.hidden = hidden;
            this.d = d;
            this.viewport = viewport;
            setId("sweepCell" + hidden);
            setPrefSize(CELL_WIDTH, CELL_HEIGHT);
            setMinSize(CELL_WIDTH, CELL_HEIGHT);
            waiting = new Label(hidden + " hidden: training…");
            getChildren().addAll(view, waiting);
            getStyleClass().add(Styles.SWEEP_CELL);
        }

        /** Says why a panel that was still training never will: "cancelled", "not trained". */
        void stopped(String why) {
            if (getChildren().contains(waiting)) {
                waiting.setText(hidden + " hidden: " + why);
            }
        }

        void show(HeadlessRun.Result r) {
            getChildren().remove(waiting);
            String title = Figures.sweepTitle(r);
            view.setAccessibleText(title);
            PanelSpec spec = new PanelSpec(r.network(), d, viewport, title, r.test());
            view.setPainter((img, scale) -> {
                if (renderer == null || renderer.scale() != scale) {
                    renderer = new FigureRenderer(scale);
                }
                renderer.renderBoundaryPanel(spec, img);
            });
            view.repaintLater();
            Tooltip.install(
                    this,
                    new Tooltip("Click to open the network with " + firstLayer(r) + " hidden units in the main view."));
            setOnMouseClicked(e -> open.accept(r));
        }
    }
}
