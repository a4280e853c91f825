package dev.boundarylab.ui;

import dev.boundarylab.figure.Equations;
import dev.boundarylab.figure.Figures;
import dev.boundarylab.figure.InsideFigures;
import dev.boundarylab.render.NetworkDiagramRenderer;
import dev.boundarylab.render.NetworkDiagramSpec;
import dev.boundarylab.render.Viewport;
import dev.boundarylab.train.TrainingSnapshot;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The network's diagram, live, in a window of its own: every unit a thumbnail of what it computes, links by weight.
 * The thumbnails come from the model's batch forward pass over a 32 x 32 grid on a worker thread, for the newest
 * snapshot only (a snapshot that arrives while one is computed waits for it, and newer ones replace it); the FX
 * thread only draws the finished diagram, at most {@value #FRAMES_PER_SECOND} times a second.
 */
final class DiagramWindow implements AutoCloseable {
    static final int FRAMES_PER_SECOND = 30;

    private final LabModel model;
    private final Supplier<Window> owner;
    private final RasterView view = new RasterView();
    /** How it computes: the equations of the architecture with the data's shapes and the current numbers. */
    private final javafx.scene.control.Label equations = new javafx.scene.control.Label();

    /** A diagram asked for: a snapshot and the axes it is drawn over, both read on the FX thread. */
    private record Job(TrainingSnapshot snapshot, Viewport view) {}

    // The diagram of the newest snapshot, as soon as the last is done.
    private final NewestWorker<Job> worker = new NewestWorker<>("boundary-lab-diagram", 0, this::compute);
    private NetworkDiagramSpec shown;
    private Stage stage;
    private AnimationTimer frames;
    private long lastFrame;

    /** The hovered training point's numbers through the network, beside the equations. */
    private final javafx.scene.control.Label pointNumbers = new javafx.scene.control.Label();

    private final javafx.beans.property.ObjectProperty<int[]> shownUnit;
    private final javafx.beans.property.BooleanProperty zeroLines;
    private final javafx.beans.property.IntegerProperty hoveredPoint;
    private int[] pinned;

    /**
     * A diagram window on {@code model}'s newest snapshot, not shown yet; hovering a unit puts it in the plots'
     * shown unit (the network panel then shows its field, the diagram rings it), a click pins it there, another
     * click unpins. With the plots' zero lines on, the first layer's tiles take their lines' colours; a point
     * hovered on a panel has its numbers shown beside the equations.
     */
    DiagramWindow(LabModel model, Supplier<Window> owner, PlotsView plots) {
        this.model = model;
        this.owner = owner;
        this.shownUnit = plots.shownUnitProperty();
        this.zeroLines = plots.zeroLinesProperty();
        this.hoveredPoint = plots.hoveredPointProperty();
        view.setId("networkDiagram");
        javafx.scene.control.Tooltip linkTip = new javafx.scene.control.Tooltip("");
        linkTip.setShowDelay(javafx.util.Duration.millis(80));
        linkTip.setHideDelay(javafx.util.Duration.ZERO);
        javafx.scene.control.Tooltip.install(view, linkTip);
        view.setOnMouseMoved(e -> {
            if (pinned == null) {
                shownUnit.set(unitAt(e.getX(), e.getY()));
            }
            linkTip.setText(linkText(linkAt(e.getX(), e.getY())));
        });
        view.setOnMouseExited(e -> shownUnit.set(pinned));
        view.setOnMouseClicked(e -> {
            int[] link = linkAt(e.getX(), e.getY());
            if (link != null) {
                editWeight(link);
                return;
            }
            int[] u = unitAt(e.getX(), e.getY());
            pinned = pinned != null && u != null && java.util.Arrays.equals(pinned, u) ? null : u;
            shownUnit.set(pinned != null ? pinned : u);
        });
        LiveFigures.RendererCache cache = new LiveFigures.RendererCache();
        view.setPainter((img, scale) -> {
            if (shown == null) {
                PlotsView.placeholder(img, scale, "computing…");
            } else {
                cache.at(scale).renderNetworkDiagram(decorated(shown), img);
            }
        });
        shownUnit.addListener(o -> view.invalidate());
        zeroLines.addListener(o -> view.invalidate());
        hoveredPoint.addListener(o -> showPoint());
    }

    /** {@code spec} with the unit the network panel shows ringed, and the first layer in its lines' colours. */
    private NetworkDiagramSpec decorated(NetworkDiagramSpec spec) {
        int[] u = shownUnit.get();
        boolean hidden = u != null && u[0] >= 1 && u[0] < spec.fields().layers() - 1;
        return spec.withMarked(hidden ? u : null)
                .withUnitColors(zeroLines.get() && Figures.hasZeroLines(spec.network()));
    }

    /** The hovered point's numbers through the network of the newest snapshot, or how to get them. */
    private void showPoint() {
        TrainingSnapshot s = model.snapshot();
        int i = hoveredPoint.get();
        pointNumbers.setText(
                s != null && i >= 0 && i < s.trainData().size()
                        ? "The hovered point through the network\n" + Equations.point(s.network(), s.trainData(), i)
                        : NO_POINT);
    }

    /** What the point's panel says while no point is hovered. */
    static final String NO_POINT = "A point's numbers\nHover a data point on a panel of the main window:"
            + "\nits x, each layer's z and a, p, its loss and\nits share of the last layer's gradient show here.";

    /** Opens the window, or brings it to the front if it is open. */
    void open() {
        if (stage != null) {
            stage.show();
            stage.toFront();
            return;
        }
        equations.setId("equations");
        equations.setStyle("-fx-font-family: monospace; -fx-font-size: 11px; -fx-padding: 6 12 10 12;");
        equations.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        pointNumbers.setId("pointNumbers");
        pointNumbers.setStyle(equations.getStyle());
        pointNumbers.setWrapText(true);
        showPoint();
        javafx.scene.layout.HBox both = new javafx.scene.layout.HBox(12, equations, pointNumbers);
        javafx.scene.layout.HBox.setHgrow(pointNumbers, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.control.ScrollPane how = new javafx.scene.control.ScrollPane(both);
        how.setFitToWidth(true);
        how.setPrefViewportHeight(230);
        javafx.scene.layout.BorderPane pane = new javafx.scene.layout.BorderPane(view);
        pane.setBottom(how);
        Scene scene = new Scene(pane, 960, 680);
        Styles.apply(scene);
        stage = new Stage();
        stage.setTitle("Boundary Lab — inside the network");
        stage.setScene(scene);
        if (owner.get() != null) {
            stage.initOwner(owner.get());
        }
        model.snapshotProperty().addListener((o, a, s) -> request(s));
        frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (now - lastFrame >= 1_000_000_000L / FRAMES_PER_SECOND) {
                    lastFrame = now;
                    view.repaintIfNeeded();
                }
            }
        };
        frames.start();
        stage.setOnHidden(e -> {
            frames.stop();
            pinned = null;
            shownUnit.set(null);
        });
        stage.setOnShown(e -> {
            frames.start();
            request(model.snapshot());
        });
        stage.show();
    }

    /** Asks for the diagram of {@code s}; the worker takes the newest asked for when it is free. */
    private void request(TrainingSnapshot s) {
        if (s == null || stage == null || !stage.isShowing()) {
            return;
        }
        worker.request(new Job(s, model.viewport()));
    }

    private void compute(Job job) {
        NetworkDiagramSpec spec = InsideFigures.diagram(LiveFigures.figureData(job.snapshot()), job.view());
        TrainingSnapshot snap = job.snapshot();
        String how = Equations.text(
                snap.network().architecture(), snap.trainData().size(), snap.epoch(), snap.cost(), snap.learningRate());
        Platform.runLater(() -> {
            shown = spec;
            equations.setText(how);
            showPoint();
            view.invalidate();
        });
    }

    /** The link under (x, y) of the view, {l, j, i}, or null. */
    private int[] linkAt(double x, double y) {
        return shown == null ? null : NetworkDiagramRenderer.linkAt(shown, view.getWidth(), view.getHeight(), x, y);
    }

    /** What hovering a link says: its weight and where it goes, and that a click changes it while paused. */
    private String linkText(int[] link) {
        if (link == null || shown == null) {
            return "hover a unit to see its field, a link to read its weight";
        }
        double w = shown.network().weights(link[0])[link[1]][link[2]];
        return String.format(
                java.util.Locale.ROOT,
                "weight %.4f: layer %d, unit %d, from input %d%nclick while paused to type a new one",
                w,
                link[0] + 1,
                link[1] + 1,
                link[2] + 1);
    }

    /**
     * While paused, asks for a new value of the clicked link's weight and sets it by hand; a value that is not a
     * number changes nothing and says why; while training, says to pause first.
     */
    private void editWeight(int[] link) {
        TrainingSnapshot s = model.snapshot();
        if (s == null || s.state() == TrainingSnapshot.State.RUNNING) {
            model.say(dev.boundarylab.train.Notice.Severity.INFO, "Pause training to change a weight by hand");
            return;
        }
        double now = s.network().weights(link[0])[link[1]][link[2]];
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(Double.toString(now));
        dialog.setTitle("Change a weight");
        dialog.setHeaderText(String.format(
                java.util.Locale.ROOT,
                "Weight of layer %d, unit %d, from input %d",
                link[0] + 1,
                link[1] + 1,
                link[2] + 1));
        dialog.initOwner(stage);
        // Blocks the diagram alone, not the main window (a modal dialog would freeze both, as an error once did).
        dialog.initModality(javafx.stage.Modality.WINDOW_MODAL);
        dialog.showAndWait().ifPresent(text -> {
            double v;
            try {
                v = Double.parseDouble(text.trim());
            } catch (NumberFormatException e) {
                model.say(
                        dev.boundarylab.train.Notice.Severity.PROBLEM,
                        "'" + text + "' is not a number; the weight stays " + now);
                return;
            }
            if (!Double.isFinite(v)) {
                model.say(
                        dev.boundarylab.train.Notice.Severity.PROBLEM,
                        "a weight must be a finite number; it stays " + now);
                return;
            }
            model.setWeight(link[0], link[1], link[2], v);
        });
    }

    /** The unit under (x, y) of the view, or null. */
    private int[] unitAt(double x, double y) {
        return shown == null ? null : NetworkDiagramRenderer.unitAt(shown, view.getWidth(), view.getHeight(), x, y);
    }

    /** The diagram shown now, null before the first (for tests). */
    NetworkDiagramSpec shown() {
        return shown;
    }

    /** The equations shown now (for tests). */
    String equationsText() {
        return equations.getText();
    }

    /** Whether the window is showing. */
    boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    /** The hovered point's numbers shown now (for tests). */
    String pointText() {
        return pointNumbers.getText();
    }

    /** The view drawing it (for tests). */
    RasterView view() {
        return view;
    }

    /** Ends the worker and hides the window. */
    @Override
    public void close() {
        worker.close();
        if (frames != null) {
            frames.stop();
        }
        Widgets.hide(stage);
    }
}
