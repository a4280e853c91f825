package dev.boundarylab.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The small pieces the views are built of, made the same way everywhere: labelled rows, sections, tooltips. */
final class Widgets {
    private Widgets() {}

    /** A menu item with an optional accelerator; its action is set when the menus are bound. */
    static MenuItem item(String text, KeyCombination key) {
        MenuItem i = new MenuItem(text);
        if (key != null) {
            i.setAccelerator(key);
        }
        return i;
    }

    /** A button with an id and a tooltip; its action is set when its view is bound. */
    static Button button(String id, String text, String tooltip) {
        Button b = new Button(text);
        b.setId(id);
        tip(b, tooltip);
        return b;
    }

    /** Gives {@code c} a wrapping tooltip. */
    static void tip(Control c, String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(320);
        c.setTooltip(t);
    }

    /** The bold label showing a slider's value. */
    static Label valueLabel(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(Styles.VALUE_LABEL);
        return l;
    }

    /** A row with a name on the left and its value on the right. */
    static HBox labelled(String name, Label value) {
        Label n = new Label(name);
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(n, spacer, value);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A titled group of controls. */
    static VBox section(String title, Node... children) {
        Label t = new Label(title);
        t.getStyleClass().add(Styles.SECTION_TITLE);
        VBox v = new VBox(6);
        v.getChildren().add(t);
        v.getChildren().addAll(children);
        return v;
    }

    /** A two-column form: each name beside its control, the controls as wide as the column. */
    static GridPane form(Object... namesAndControls) {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        for (int i = 0; i < namesAndControls.length; i += 2) {
            Label name = new Label((String) namesAndControls[i]);
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the control gives way, not the name
            g.add(name, 0, i / 2);
            Control c = (Control) namesAndControls[i + 1];
            c.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(c, Priority.ALWAYS);
            g.add(c, 1, i / 2);
        }
        return g;
    }

    /**
     * Makes the arrow keys move {@code slider} by {@code fine} and Page Up/Down by {@code coarse} (in the slider's
     * own units), instead of the slider's default jumps.
     */
    static void keySteps(Slider slider, double fine, double coarse) {
        slider.setBlockIncrement(fine);
        slider.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            double by = switch (e.getCode()) {
                case RIGHT, UP, KP_RIGHT, KP_UP -> fine;
                case LEFT, DOWN, KP_LEFT, KP_DOWN -> -fine;
                case PAGE_UP -> coarse;
                case PAGE_DOWN -> -coarse;
                default -> 0;
            };
            if (by != 0 && !e.isShortcutDown() && !e.isAltDown()) {
                slider.setValue(Math.max(slider.getMin(), Math.min(slider.getMax(), slider.getValue() + by)));
                e.consume();
            }
        });
    }

    /** Makes the buttons share their row's width. */
    static void growAll(Button... buttons) {
        for (Button b : buttons) {
            HBox.setHgrow(b, Priority.ALWAYS);
            b.setMaxWidth(Double.MAX_VALUE);
        }
    }

    /** Hides {@code stage} (none if null) on the FX thread: at once if called there, else as soon as it can. */
    static void hide(javafx.stage.Stage stage) {
        if (stage == null) {
            return;
        }
        if (javafx.application.Platform.isFxApplicationThread()) {
            stage.hide();
        } else {
            javafx.application.Platform.runLater(stage::hide);
        }
    }
}
