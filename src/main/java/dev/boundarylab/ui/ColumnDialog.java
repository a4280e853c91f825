package dev.boundarylab.ui;

import dev.boundarylab.data.CsvColumns;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks which columns of a CSV file are x1, x2 and the class, when its header does not name them {@code x1,x2,label}:
 * three choice boxes of the header's names, each preselected by {@link CsvColumns#guess} (else the first three
 * columns). OK is allowed once the three differ. The dialog does not block: the choice goes to a callback, Cancel
 * to none.
 */
final class ColumnDialog {
    private final Dialog<CsvColumns> dialog = new Dialog<>();
    private final ChoiceBox<String> x1 = new ChoiceBox<>();
    private final ChoiceBox<String> x2 = new ChoiceBox<>();
    private final ChoiceBox<String> label = new ChoiceBox<>();

    /** A dialog for {@code file}, whose header is {@code header}, owned by {@code owner} (may be null). */
    ColumnDialog(Path file, List<String> header, Window owner) {
        dialog.setTitle("Choose the columns");
        dialog.setHeaderText("Which columns of " + file.getFileName() + " are x1, x2 and the class?");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        x1.setId("columnX1");
        x2.setId("columnX2");
        label.setId("columnLabel");
        for (ChoiceBox<String> c : List.of(x1, x2, label)) {
            c.getItems().setAll(header);
        }
        CsvColumns guess = CsvColumns.guess(header)
                .orElse(header.size() >= 3 ? new CsvColumns(header.get(0), header.get(1), header.get(2)) : null);
        if (guess != null) {
            x1.setValue(guess.x1());
            x2.setValue(guess.x2());
            label.setValue(guess.label());
        }
        GridPane form = Widgets.form("x1", x1, "x2", x2, "class", label);
        Label hint = new Label("Other columns are ignored.");
        hint.getStyleClass().add(Styles.HINT);
        dialog.getDialogPane().setContent(new VBox(8, form, hint));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        javafx.scene.Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("columnsOk");
        ok.disableProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> chosen() == null, x1.valueProperty(), x2.valueProperty(), label.valueProperty()));
        dialog.setResultConverter(b -> b == ButtonType.OK ? chosen() : null);
    }

    /** The columns chosen, or null while two are the same or one is not chosen. */
    private CsvColumns chosen() {
        String a = x1.getValue();
        String b = x2.getValue();
        String c = label.getValue();
        if (a == null || b == null || c == null || a.equals(b) || a.equals(c) || b.equals(c)) {
            return null;
        }
        return new CsvColumns(a, b, c);
    }

    /** Shows the dialog; once closed by OK, {@code then} gets the columns chosen. */
    void show(Consumer<CsvColumns> then) {
        dialog.setOnHidden(e -> {
            CsvColumns c = dialog.getResult();
            if (c != null) {
                then.accept(c);
            }
        });
        dialog.show();
    }

    /** The dialog, for tests. */
    Dialog<CsvColumns> dialog() {
        return dialog;
    }
}
