package dev.boundarylab.ui;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.data.Drawing;
import dev.boundarylab.render.BoundaryPanelRenderer;
import dev.boundarylab.render.Viewport;
import dev.boundarylab.train.TrainingSnapshot;
import java.awt.geom.Rectangle2D;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Drawing data on the panels with the mouse, as in Orange's Paint Data. In draw mode a click puts a point of the
 * selected class at the cursor (Shift-click one of the next class), a drag sprays {@link #densityProperty()} points
 * over the brush's disc at each step of the cursor, and a right-click or Alt-drag erases the points under the brush.
 * A press, its drag and its release are one edit of {@link DataEdits}. Sprayed positions come from a generator
 * seeded with {@link #SEED}, so a stroke replayed from a fresh tool puts its points in the same places.
 */
final class DrawTool {
    /** The seed of the spray's generator. */
    static final long SEED = 15;
    /** The brush radius a tool starts with, in screen pixels. */
    static final double START_RADIUS = 20;
    /** The range of the brush radius, in screen pixels. */
    static final double MIN_RADIUS = 4;

    static final double MAX_RADIUS = 80;
    /** The points a spray step puts down at first; from 1 to {@link #MAX_DENSITY}. */
    static final int START_DENSITY = 4;

    static final int MAX_DENSITY = 20;
    /** The least distance, in screen pixels, the cursor moves between two spray or erase steps of a drag. */
    static final double STEP_PIXELS = 4;

    private final LabModel model;
    private final DataEdits edits;
    private final BooleanProperty drawing = new SimpleBooleanProperty(false);
    private final IntegerProperty selectedClass = new SimpleIntegerProperty(0);
    private final DoubleProperty radius = new SimpleDoubleProperty(START_RADIUS);
    private final IntegerProperty density = new SimpleIntegerProperty(START_DENSITY);
    private RandomGenerator random = new Well19937c(SEED);

    // The stroke under way: whether it erases, its class, the last position it acted at, whether it changed data.
    private boolean stroking;
    private boolean erasing;
    private int strokeClass;
    private double lastX;
    private double lastY;
    private boolean begun;

    /** A tool that edits the data of {@code model}'s snapshots through {@code edits}. */
    DrawTool(LabModel model, DataEdits edits) {
        this.model = model;
        this.edits = edits;
    }

    /** Whether the panels are in draw mode: clicks and drags edit the data. */
    BooleanProperty drawingProperty() {
        return drawing;
    }

    /** The class a click puts down, 0 to the number of classes less one. */
    IntegerProperty selectedClassProperty() {
        return selectedClass;
    }

    /** The brush radius in screen pixels, {@link #MIN_RADIUS} to {@link #MAX_RADIUS}. */
    DoubleProperty radiusProperty() {
        return radius;
    }

    /** The points one spray step puts down, 1 to {@link #MAX_DENSITY}. */
    IntegerProperty densityProperty() {
        return density;
    }

    /** Starts the spray's generator again from {@code seed}. */
    void reseed(long seed) {
        random = new Well19937c(seed);
    }

    /** Makes the mouse draw on {@code panels} in draw mode, with a crosshair over them then. */
    void install(RasterView... panels) {
        for (RasterView p : panels) {
            p.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> pressed(p, e));
            p.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> dragged(p, e));
            p.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> stroking = false);
            p.cursorProperty()
                    .bind(javafx.beans.binding.Bindings.when(drawing)
                            .then(Cursor.CROSSHAIR)
                            .otherwise(Cursor.DEFAULT));
            brush(p);
        }
    }

    /** The brush's outline on {@code panel}, following the cursor in draw mode. */
    private void brush(RasterView panel) {
        javafx.scene.shape.Circle c = new javafx.scene.shape.Circle();
        c.setFill(null);
        c.setStroke(javafx.scene.paint.Color.rgb(38, 42, 51, 0.7));
        c.getStrokeDashArray().setAll(4.0, 3.0);
        c.radiusProperty().bind(radius);
        c.setVisible(false);
        // Clipped to the panel: an outline reaching past its edge would widen the panel's bounds, and the panel
        // would take the clicks meant for the controls beside it.
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(panel.widthProperty());
        clip.heightProperty().bind(panel.heightProperty());
        c.setClip(clip);
        panel.addOverlay(c);
        javafx.event.EventHandler<MouseEvent> follow = e -> {
            c.setCenterX(e.getX());
            c.setCenterY(e.getY());
            c.setVisible(drawing.get());
        };
        panel.addEventHandler(MouseEvent.MOUSE_MOVED, follow);
        panel.addEventHandler(MouseEvent.MOUSE_DRAGGED, follow);
        panel.addEventHandler(MouseEvent.MOUSE_EXITED, e -> c.setVisible(false));
        drawing.addListener((o, was, on) -> c.setVisible(on && panel.isHover()));
    }

    /** Makes the key D switch draw mode on and off in {@code scene}, unless a text field has the keys. */
    void installKey(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Node focus = scene.getFocusOwner();
            if (e.getCode() == KeyCode.D
                    && !e.isShortcutDown()
                    && !e.isAltDown()
                    && !e.isShiftDown()
                    && !Shortcuts.takesText(focus)) {
                drawing.set(!drawing.get());
                e.consume();
            }
        });
    }

    /** Empties the data, one edit: a drawing starts from nothing. */
    void clear() {
        Dataset shown = shown();
        if (shown != null && edits.data(shown).size() > 0) {
            edits.begin(shown, Drawing.empty(shown.labelNames()));
        }
    }

    private Dataset shown() {
        TrainingSnapshot s = model.snapshot();
        return s == null ? null : s.data();
    }

    private void pressed(RasterView panel, MouseEvent e) {
        Dataset shown = shown();
        if (!drawing.get() || shown == null) {
            return;
        }
        e.consume();
        double[] at = toData(panel, e.getX(), e.getY());
        if (at == null) {
            return;
        }
        stroking = true;
        begun = false;
        erasing = e.getButton() == MouseButton.SECONDARY || e.isAltDown();
        int classes = shown.labelNames().size();
        int selected = Math.floorMod(selectedClass.get(), classes);
        strokeClass = e.isShiftDown() ? (selected + 1) % classes : selected;
        lastX = e.getX();
        lastY = e.getY();
        Dataset base = edits.data(shown);
        change(
                shown,
                base,
                erasing
                        ? Drawing.erase(base, at[0], at[1], radiusIn(panel))
                        : Drawing.add(base, at[0], at[1], strokeClass));
    }

    private void dragged(RasterView panel, MouseEvent e) {
        Dataset shown = shown();
        if (!drawing.get() || !stroking || shown == null) {
            return;
        }
        e.consume();
        if (Math.hypot(e.getX() - lastX, e.getY() - lastY) < STEP_PIXELS) {
            return;
        }
        double[] at = toData(panel, e.getX(), e.getY());
        if (at == null) {
            return;
        }
        lastX = e.getX();
        lastY = e.getY();
        Dataset base = edits.data(shown);
        double r = radiusIn(panel);
        change(
                shown,
                base,
                erasing
                        ? Drawing.erase(base, at[0], at[1], r)
                        : Drawing.spray(base, at[0], at[1], r, density.get(), strokeClass, random));
    }

    /** The stroke's first change begins an edit, the next ones extend it; no change is no edit. */
    private void change(Dataset shown, Dataset base, Dataset next) {
        if (next == base) {
            return;
        }
        if (begun) {
            edits.extend(next);
        } else {
            edits.begin(shown, next);
            begun = true;
        }
    }

    /** The point of the plane at (px, py) of {@code panel}, or null outside its plot. */
    double[] toData(RasterView panel, double px, double py) {
        Viewport v = model.viewport();
        if (v == null) {
            return null;
        }
        Rectangle2D plot = BoundaryPanelRenderer.plotArea(0, 0, panel.getWidth(), panel.getHeight(), v);
        if (!plot.contains(px, py)) {
            return null;
        }
        return new double[] {
            v.x1Min() + (px - plot.getMinX()) / plot.getWidth() * v.width(),
            v.x2Max() - (py - plot.getMinY()) / plot.getHeight() * v.height()
        };
    }

    /** The brush radius in the plane's units on {@code panel}. */
    double radiusIn(RasterView panel) {
        Viewport v = model.viewport();
        Rectangle2D plot = BoundaryPanelRenderer.plotArea(0, 0, panel.getWidth(), panel.getHeight(), v);
        return radius.get() / plot.getWidth() * v.width();
    }
}
