package dev.boundarylab.ui;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.render.ColorMap;
import dev.boundarylab.train.TrainingSnapshot;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * The drawing tools over the panels: the draw-mode toggle, one swatch per class in its colour with its name (the
 * class a click puts down), the brush's radius and density, and Undo, Redo and Clear. Built here, bound to a
 * {@link DrawTool} and its {@link DataEdits}; the swatches follow the classes of the data shown.
 */
final class DrawBar {
    private final ToggleButton draw = new ToggleButton("Draw");
    private final HBox swatches = new HBox(2);
    private final ToggleGroup classes = new ToggleGroup();
    private final Slider radius = new Slider(DrawTool.MIN_RADIUS, DrawTool.MAX_RADIUS, DrawTool.START_RADIUS);
    private final Slider density = new Slider(1, DrawTool.MAX_DENSITY, DrawTool.START_DENSITY);
    private final Button undo = Widgets.button("undoButton", "Undo", "Undo the last edit of the data (Ctrl+Z)");
    private final Button redo = Widgets.button("redoButton", "Redo", "Do the undone edit again (Ctrl+Shift+Z)");
    private final Button clear =
            Widgets.button("clearData", "Clear", "Remove every point, to draw data from nothing (Undo brings it back)");
    private final HBox root;
    private List<String> shownNames = List.of();

    /** Builds the bar, doing nothing yet. */
    DrawBar() {
        draw.setId("drawToggle");
        Widgets.tip(
                draw,
                "Draw mode (D): click a panel to put a point of the selected class (Shift: the next class), drag to"
                        + " spray points, right-click or Alt-drag to erase");
        swatches.setId("classSwatches");
        radius.setId("brushRadius");
        density.setId("brushDensity");
        density.setMajorTickUnit(1);
        density.setMinorTickCount(0);
        density.setSnapToTicks(true);
        radius.setPrefWidth(90);
        density.setPrefWidth(70);
        Widgets.tip(radius, "Brush radius in pixels: where a drag sprays and an erase removes points");
        Widgets.tip(density, "Points a drag sprays at each step of the cursor");
        root = new HBox(
                6, draw, swatches, new Label("Brush"), radius, new Label("Density"), density, undo, redo, clear);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setId("drawBar");
    }

    Node root() {
        return root;
    }

    /** Makes the controls drive {@code tool} and {@code edits}, and the swatches follow {@code model}'s classes. */
    void bind(LabModel model, DrawTool tool, DataEdits edits) {
        draw.selectedProperty().bindBidirectional(tool.drawingProperty());
        radius.valueProperty().bindBidirectional(tool.radiusProperty());
        density.valueProperty().addListener((o, a, b) -> tool.densityProperty().set((int) Math.round(b.doubleValue())));
        undo.disableProperty().bind(edits.canUndoProperty().not());
        redo.disableProperty().bind(edits.canRedoProperty().not());
        undo.setOnAction(e -> edits.undo());
        redo.setOnAction(e -> edits.redo());
        clear.setOnAction(e -> tool.clear());
        classes.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                tool.selectedClassProperty().set((Integer) b.getUserData());
            } else if (a != null) {
                a.setSelected(true); // one class is always selected
            }
        });
        tool.selectedClassProperty().addListener((o, a, b) -> select(b.intValue()));
        model.snapshotProperty().addListener((o, a, s) -> {
            edits.follow(s.data());
            showClasses(s, tool);
        });
        showClasses(model.snapshot(), tool);
    }

    /** One swatch a class of the data shown, in its colour with its name; rebuilt only when the names change. */
    private void showClasses(TrainingSnapshot s, DrawTool tool) {
        List<String> names = s == null ? Dataset.DEFAULT_LABEL_NAMES : s.data().labelNames();
        if (names.equals(shownNames)) {
            return;
        }
        shownNames = names;
        swatches.getChildren().clear();
        classes.getToggles().clear();
        for (int k = 0; k < names.size(); k++) {
            ToggleButton b = new ToggleButton(names.get(k), swatch(k, names.size()));
            b.setId("drawClass" + k);
            b.setUserData(k);
            b.setToggleGroup(classes);
            Widgets.tip(b, "Draw points of class " + names.get(k));
            swatches.getChildren().add(b);
        }
        int selected = tool.selectedClassProperty().get();
        tool.selectedClassProperty().set(selected < names.size() ? selected : 0);
        select(tool.selectedClassProperty().get());
    }

    private void select(int k) {
        if (k >= 0 && k < classes.getToggles().size()) {
            classes.getToggles().get(k).setSelected(true);
        }
    }

    /** A disc in the colour the panels draw class {@code k}'s points in, of {@code classes} classes. */
    private static Circle swatch(int k, int classes) {
        int argb = ColorMap.DEFAULT.point(k, classes);
        Circle c = new Circle(6, Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF));
        int outline = ColorMap.DEFAULT.pointOutline();
        c.setStroke(Color.rgb((outline >> 16) & 0xFF, (outline >> 8) & 0xFF, outline & 0xFF, 0.6));
        return c;
    }
}
