package dev.boundarylab.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

/**
 * The keyboard shortcuts of the main window: Space plays or pauses, Right steps one epoch, Shift+Right 100,
 * R resets, N re-seeds. Keys typed into a text field (a spinner's too), and arrows on a focused slider, are left to
 * them; the menus name these keys but do not make them accelerators, which would fire while typing.
 */
final class Shortcuts {
    private Shortcuts() {}

    /** Installs the shortcuts on {@code scene}, sending them to {@code model}. */
    static void install(Scene scene, LabModel model) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Node focus = scene.getFocusOwner();
            boolean arrowsTaken = focus instanceof Slider && e.getCode().isArrowKey();
            if (takesText(focus) || e.isShortcutDown() || e.isAltDown() || arrowsTaken) {
                return;
            }
            Runnable action = switch (e.getCode()) {
                case SPACE -> model::togglePlay;
                case RIGHT -> e.isShiftDown() ? () -> model.step(100) : () -> model.step(1);
                case R -> model::reset;
                case N -> model::reseed;
                default -> null;
            };
            if (action != null) {
                action.run();
                e.consume();
            }
        });
    }

    /**
     * Whether keys pressed on {@code focus} are typing: a text field, or an editable spinner or combo box, whose
     * text field takes the keys while the control itself holds the focus.
     */
    static boolean takesText(Node focus) {
        return focus instanceof TextInputControl
                || focus instanceof Spinner<?> s && s.isEditable()
                || focus instanceof ComboBoxBase<?> c && c.isEditable();
    }
}
