package dev.boundarylab.ui;

import dev.boundarylab.figure.ConfusionFigures;
import dev.boundarylab.render.ConfusionSpec;
import dev.boundarylab.train.TrainingSnapshot;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Both models' confusion matrices, live, in a small window of their own (Tools → Confusion matrices…): on the
 * training points and, when some are held out, on those. Each matrix is a full forward pass over the data, so a
 * worker thread computes them for the newest snapshot only, at most {@value #UPDATES_PER_SECOND} times a second
 * (newer snapshots replace a waiting one); the FX thread only draws the finished tables.
 */
final class ConfusionWindow implements AutoCloseable {
    static final int UPDATES_PER_SECOND = 4;

    private final LabModel model;
    private final Supplier<Window> owner;
    private final RasterView view = new RasterView();
    // The matrices of the newest snapshot, at most UPDATES_PER_SECOND: a matrix changes a count at a time, and each
    // costs a forward pass.
    private final NewestWorker<TrainingSnapshot> worker =
            new NewestWorker<>("boundary-lab-confusion", 1_000_000_000L / UPDATES_PER_SECOND, this::compute);
    private ConfusionSpec shown;
    private Stage stage;
    private AnimationTimer frames;

    /** A window on {@code model}'s newest snapshot, not shown yet. */
    ConfusionWindow(LabModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
        view.setId("confusionMatrices");
        LiveFigures.RendererCache cache = new LiveFigures.RendererCache();
        view.setPainter((img, scale) -> {
            if (shown == null) {
                PlotsView.placeholder(img, scale, "computing…");
            } else {
                cache.at(scale).renderConfusion(shown, img);
            }
        });
    }

    /** Opens the window, or brings it to the front if it is open. */
    void open() {
        if (stage != null) {
            stage.show();
            stage.toFront();
            return;
        }
        // Sized for the tables of the data in use, a little above their base size.
        TrainingSnapshot shape = model.snapshot();
        java.awt.Dimension size = shape == null
                ? new java.awt.Dimension(600, 300)
                : new dev.boundarylab.render.FigureRenderer(1)
                        .confusionSize(ConfusionFigures.shape(
                                shape.data(), shape.heldOut().any()));
        Scene scene = new Scene(new javafx.scene.layout.StackPane(view), 1.25 * size.width, 1.25 * size.height);
        Styles.apply(scene);
        stage = new Stage();
        stage.setTitle("Boundary Lab — confusion matrices");
        stage.setScene(scene);
        if (owner.get() != null) {
            stage.initOwner(owner.get());
        }
        model.snapshotProperty().addListener((o, a, s) -> request(s));
        frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                view.repaintIfNeeded();
            }
        };
        stage.setOnHidden(e -> frames.stop());
        stage.setOnShown(e -> {
            frames.start();
            request(model.snapshot());
        });
        stage.show();
    }

    /** Asks for the matrices of {@code s}; the worker takes the newest asked for when it is free. */
    private void request(TrainingSnapshot s) {
        if (s == null || stage == null || !stage.isShowing()) {
            return;
        }
        worker.request(s);
    }

    private void compute(TrainingSnapshot s) {
        // The points trained on and those held out, as the panels show them.
        ConfusionSpec spec = ConfusionFigures.of(LiveFigures.figureData(s));
        Platform.runLater(() -> {
            shown = spec;
            view.invalidate();
        });
    }

    /** The tables shown now, null before the first (for tests). */
    ConfusionSpec shown() {
        return shown;
    }

    /** The view drawing them (for tests). */
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
