package dev.boundarylab.ui;

import dev.boundarylab.data.CsvData;
import dev.boundarylab.figure.FigureData;
import dev.boundarylab.figure.Figures;
import dev.boundarylab.figure.InsideFigures;
import dev.boundarylab.files.PngWriter;
import dev.boundarylab.io.CostCsv;
import dev.boundarylab.io.ParametersJson;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.render.FigureRenderer;
import dev.boundarylab.render.Viewport;
import dev.boundarylab.train.Notice.Severity;
import dev.boundarylab.train.TrainingSnapshot;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.transform.Transform;
import javafx.stage.FileChooser;

/**
 * Exports what the window shows: each plot as PNG (drawn again by the shared renderer at 1x, 2x or 3x, not
 * stretched), the whole window, the cost history and data as CSV, and the parameters as JSON. Files are written
 * on a background thread through a temporary file and a move, so a failure leaves nothing half-written and the
 * window never waits for a disk.
 */
final class Exporter implements AutoCloseable {
    /** What can be exported. */
    enum Kind {
        NETWORK_PANEL(
                "Network panel",
                "network",
                "png",
                new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN)),
        LOGISTIC_PANEL(
                "Logistic panel",
                "logistic",
                "png",
                new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN)),
        SIDE_BY_SIDE(
                "Both panels side by side",
                "both",
                "png",
                new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN)),
        COST_CHART("Cost chart", "cost", "png", new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN)),
        FIGURE(
                "Figure (panels and cost chart)",
                "figure",
                "png",
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN)),
        NETWORK_DIAGRAM(
                "Network diagram",
                "network-diagram",
                "png",
                new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN)),
        UNIT_FIELDS(
                "Every unit's field",
                "units",
                "png",
                new KeyCodeCombination(KeyCode.DIGIT6, KeyCombination.SHORTCUT_DOWN)),
        CONFUSION(
                "Confusion matrices",
                "confusion",
                "png",
                new KeyCodeCombination(KeyCode.DIGIT7, KeyCombination.SHORTCUT_DOWN)),
        WINDOW(
                "Whole window",
                "window",
                "png",
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
        COST_CSV("Cost history", "cost", "csv", null),
        DATA_CSV("Data points", "data", "csv", new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN)),
        PARAMETERS_JSON(
                "Network parameters",
                "parameters",
                "json",
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));

        final String label;
        final String slug;
        final String extension;
        final KeyCombination key;

        Kind(String label, String slug, String extension, KeyCombination key) {
            this.label = label;
            this.slug = slug;
            this.extension = extension;
            this.key = key;
        }

        /** The text of its menu item, e.g. "Network panel as PNG…". */
        String menuText() {
            return label + " as " + extension.toUpperCase() + "…";
        }
    }

    private final LabModel model;
    private final Node content;
    private final List<RasterView> plots;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "boundary-lab-export");
        t.setDaemon(true);
        return t;
    });
    private int scale = 1;
    private File lastFolder;
    private final LabPrefs prefs;

    /**
     * An exporter of what {@code model} shows.
     *
     * @param model the snapshot, viewport and chart axis to export, and the banner to report in
     * @param content the window's content: captured for {@link Kind#WINDOW}; its window owns the file dialog
     * @param plots the views drawn again at the export scale while the window is captured
     */
    Exporter(LabModel model, Node content, List<RasterView> plots) {
        this(model, content, plots, null);
    }

    /** As {@link #Exporter(LabModel, Node, List)}, remembering the last folder in {@code prefs} (if not null). */
    Exporter(LabModel model, Node content, List<RasterView> plots, LabPrefs prefs) {
        this.model = model;
        this.prefs = prefs;
        this.lastFolder = prefs == null ? null : prefs.folder(LabPrefs.Folder.EXPORT);
        this.content = content;
        this.plots = List.copyOf(plots);
    }

    void setScale(int s) {
        if (s < 1 || s > 3) {
            throw new IllegalArgumentException("export scale must be 1, 2 or 3, got " + s);
        }
        this.scale = s;
    }

    int scale() {
        return scale;
    }

    /** A file name that says what and when: data set, hidden layers, epoch, kind and time. */
    static String suggestedName(Kind kind, TrainingSnapshot s, int scale, LocalDateTime when) {
        // Data read from "points.csv" is named so; the name says "points", not "points.csv".
        String data = s.data().name().replaceFirst("(?i)\\.csv$", "").replaceAll("[^A-Za-z0-9._-]+", "-");
        String stamp = when.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String x = kind.extension.equals("png") && scale > 1 ? "@" + scale + "x" : "";
        // The hidden layers' units: h4 for the seed's, h8-8 for two layers of 8, h0 for none.
        String layers = s.architecture().text(Architecture.Setting.LAYERS).replace(',', '-');
        return "boundary-lab_" + data + "_h" + layers + "_e" + s.epoch() + "_" + kind.slug + "_" + stamp + x + "."
                + kind.extension;
    }

    /** Asks where to export {@code kind} of the snapshot shown now, then exports it there. */
    void chooseAndExport(Kind kind) {
        TrainingSnapshot s = model.snapshot();
        if (s == null) {
            model.say(Severity.PROBLEM, "Nothing to export yet: the data is still loading");
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle("Export " + kind.label.toLowerCase());
        fc.setInitialFileName(suggestedName(kind, s, scale, LocalDateTime.now()));
        if (lastFolder != null && lastFolder.isDirectory()) {
            fc.setInitialDirectory(lastFolder);
        }
        fc.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(kind.extension.toUpperCase() + " files", "*." + kind.extension));
        File f = fc.showSaveDialog(content.getScene().getWindow());
        if (f != null) {
            lastFolder = f.getParentFile();
            if (prefs != null) {
                prefs.putFolder(LabPrefs.Folder.EXPORT, lastFolder);
            }
            export(kind, withExtension(f.toPath(), kind));
        }
    }

    /** {@code file}, with the kind's extension added if the name typed has none (not every chooser adds it). */
    static Path withExtension(Path file, Kind kind) {
        String name = file.getFileName().toString();
        return name.lastIndexOf('.') > 0 ? file : file.resolveSibling(name + "." + kind.extension);
    }

    /**
     * Exports {@code kind} of the snapshot shown now to {@code target}; the window's banner says when it is written
     * or why it could not be. Called on the FX thread (the whole window is captured there); the file is drawn and
     * written on the export thread. The future completes when the file is written, or fails with the reason.
     */
    CompletableFuture<Path> export(Kind kind, Path target) {
        CompletableFuture<Path> done = new CompletableFuture<>();
        TrainingSnapshot s = model.snapshot();
        if (s == null) {
            failed(done, new IllegalStateException("the data is still loading"));
            return done;
        }
        FigureData d = LiveFigures.figureData(s);
        Viewport view = model.viewport();
        boolean log = model.logScale();
        int k = scale;
        BufferedImage windowImage;
        try {
            windowImage = kind == Kind.WINDOW ? snapshotWindow(k) : null;
        } catch (RuntimeException | OutOfMemoryError e) {
            failed(done, e);
            return done;
        }
        worker.execute(() -> {
            try {
                write(kind, target, s, d, view, log, k, windowImage);
                done.complete(target);
                Platform.runLater(
                        () -> model.say(Severity.INFO, "Exported " + kind.label.toLowerCase() + " to " + target));
            } catch (Exception | OutOfMemoryError e) {
                failed(done, e);
            }
        });
        return done;
    }

    private void failed(CompletableFuture<Path> done, Throwable e) {
        done.completeExceptionally(e);
        String why = e.getMessage() == null ? e.toString() : e.getMessage();
        Platform.runLater(() -> model.say(Severity.PROBLEM, "Export failed: " + why));
    }

    private static void write(
            Kind kind,
            Path target,
            TrainingSnapshot s,
            FigureData d,
            Viewport view,
            boolean log,
            int k,
            BufferedImage windowImage)
            throws Exception {
        FigureRenderer r = kind.extension.equals("png") ? new FigureRenderer(k) : null;
        switch (kind) {
            case NETWORK_PANEL -> PngWriter.write(r.renderBoundaryPanel(Figures.networkPanel(d, view)), target);
            case LOGISTIC_PANEL -> PngWriter.write(r.renderBoundaryPanel(Figures.logisticPanel(d, view)), target);
            case SIDE_BY_SIDE ->
                PngWriter.write(
                        r.renderSideBySide(Figures.networkPanel(d, view), Figures.logisticPanel(d, view)), target);
            case COST_CHART -> PngWriter.write(r.renderCostChart(Figures.costChart(d, log)), target);
            case FIGURE ->
                PngWriter.write(
                        r.renderFigure(
                                Figures.networkPanel(d, view),
                                Figures.logisticPanel(d, view),
                                Figures.costChart(d, log)),
                        target);
            case NETWORK_DIAGRAM -> PngWriter.write(r.renderNetworkDiagram(InsideFigures.diagram(d, view)), target);
            case UNIT_FIELDS -> PngWriter.write(InsideFigures.unitGallery(r, d, view), target);
            case CONFUSION -> PngWriter.write(r.renderConfusion(dev.boundarylab.figure.ConfusionFigures.of(d)), target);
            case WINDOW -> PngWriter.write(windowImage, target);
            case COST_CSV ->
                CostCsv.write(s.costs(), s.heldOut().any() ? s.heldOut().costs() : null, target);
            case DATA_CSV -> {
                if (s.data().size() == 0) {
                    // A file of a header alone reads back as no data set at all.
                    throw new IllegalStateException("there are no points to save; draw some first");
                }
                CsvData.write(s.data(), target);
            }
            case PARAMETERS_JSON -> {
                // The seed's form for the seed's network (earlier versions read it), the layers form otherwise.
                if (s.network().hasSeedForm()) {
                    ParametersJson.write(s.parameters(), target);
                } else {
                    ParametersJson.write(s.network(), target);
                }
            }
            default -> throw new IllegalStateException("unknown export " + kind);
        }
    }

    /**
     * The whole window at {@code k} times its size: the plots are drawn again at that resolution, then the scene
     * is captured with a scale transform so controls and text are sharp too.
     */
    private BufferedImage snapshotWindow(int k) {
        for (RasterView v : plots) {
            v.setRenderScale(k);
            v.repaintIfNeeded();
        }
        try {
            SnapshotParameters p = new SnapshotParameters();
            p.setTransform(Transform.scale(k, k));
            WritableImage img = content.snapshot(p, null);
            int w = (int) img.getWidth();
            int h = (int) img.getHeight();
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            int[] px = new int[w * h];
            img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
            out.setRGB(0, 0, w, h, px, 0, w);
            return out;
        } finally {
            for (RasterView v : plots) {
                v.setRenderScale(1);
            }
        }
    }

    /**
     * Stops the export thread: an export in progress is abandoned (its temporary file removed, nothing left under
     * the target name) and queued ones dropped. Waits up to a second for the thread to end.
     */
    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
