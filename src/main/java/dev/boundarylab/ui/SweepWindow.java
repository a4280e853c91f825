package dev.boundarylab.ui;

import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The hidden-layer sweep in a window of its own, one at a time, on the data the main window shows; a network
 * clicked in its gallery is shown in the main window.
 */
final class SweepWindow implements AutoCloseable {
    private final LabModel model;
    private final IntSupplier exportScale;
    private final Supplier<Window> owner;
    private SweepView view;
    private Stage stage;

    /**
     * A sweep window on {@code model}'s data, not shown yet.
     *
     * @param exportScale the scale the gallery is exported at: the main window's export scale
     * @param owner the main window, or null while it is not shown
     */
    SweepWindow(LabModel model, IntSupplier exportScale, Supplier<Window> owner) {
        this.model = model;
        this.exportScale = exportScale;
        this.owner = owner;
    }

    /**
     * Opens the sweep window, or brings it to the front if it is open. Each time it opens (not when brought to the
     * front) its Test % starts at the main window's share held out; the user may change it after.
     */
    void open() {
        if (stage != null) {
            if (!stage.isShowing()) {
                startAtMainShare();
            }
            stage.show();
            stage.toFront();
            return;
        }
        if (model.snapshot() == null) {
            model.say(dev.boundarylab.train.Notice.Severity.PROBLEM, "The sweep needs data: it is still loading");
            return;
        }
        view = new SweepView(
                () -> model.snapshot().data(),
                () -> model.snapshot().baseline(),
                () -> model.settings().initSeed(),
                // The main window's network, sized by the sweep; one layer of it if it has none.
                () -> model.architecture().layers().isEmpty()
                        ? model.architecture().withLayers(java.util.List.of(1))
                        : model.architecture(),
                model.settings().learningRate(),
                r -> {
                    model.showSweepResult(r);
                    if (owner.get() instanceof Stage main) {
                        main.toFront();
                    }
                },
                exportScale);
        startAtMainShare();
        Scene scene = new Scene(view.root(), 1100, 680);
        Styles.apply(scene);
        stage = new Stage();
        stage.setTitle("Boundary Lab — hidden-layer sweep");
        stage.setScene(scene);
        if (owner.get() != null) {
            stage.initOwner(owner.get());
        }
        stage.setOnHidden(e -> view.cancel());
        stage.show();
    }

    private void startAtMainShare() {
        view.testSpinner.getValueFactory().setValue((int)
                Math.round(100 * model.testFractionProperty().get()));
    }

    /** Whether the window is showing. */
    boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    /** The sweep's view once opened, else null (for tests). */
    SweepView view() {
        return view;
    }

    /** Stops the sweep's workers and hides its window. */
    @Override
    public void close() {
        if (view == null) {
            return;
        }
        view.close();
        Widgets.hide(stage);
    }
}
