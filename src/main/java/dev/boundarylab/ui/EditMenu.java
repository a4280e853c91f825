package dev.boundarylab.ui;

import static dev.boundarylab.ui.Widgets.item;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The Edit menu: Undo and Redo of the edits of the data, draw mode, and Clear data. */
final class EditMenu {
    private final MenuItem undo =
            item("Undo edit of the data", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
    private final MenuItem redo = item(
            "Redo edit of the data",
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    // D is named in the text, not an accelerator, which would fire while typing (see Shortcuts).
    private final CheckMenuItem draw = new CheckMenuItem("Draw points (D)");
    private final MenuItem clear = item("Clear data", null);
    private final Menu menu = new Menu("Edit");

    /** Builds the menu, its items doing nothing yet. */
    EditMenu() {
        undo.setId("undoItem");
        redo.setId("redoItem");
        draw.setId("drawItem");
        clear.setId("clearItem");
        menu.getItems().addAll(undo, redo, new SeparatorMenuItem(), draw, clear);
    }

    Menu root() {
        return menu;
    }

    /** Makes the items drive {@code tool} and {@code edits}. */
    void bind(DrawTool tool, DataEdits edits) {
        undo.setOnAction(e -> edits.undo());
        redo.setOnAction(e -> edits.redo());
        undo.disableProperty().bind(edits.canUndoProperty().not());
        redo.disableProperty().bind(edits.canRedoProperty().not());
        draw.selectedProperty().bindBidirectional(tool.drawingProperty());
        clear.setOnAction(e -> tool.clear());
    }
}
