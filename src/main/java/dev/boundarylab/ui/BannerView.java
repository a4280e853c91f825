package dev.boundarylab.ui;

import dev.boundarylab.train.Notice;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Popup;
import javafx.stage.Window;

/**
 * The banner above the plots: the model's notice, red for a problem, blue for news, hidden when empty. Long lines
 * wrap; they are never cut. The last {@value #HISTORY} notices are kept with their time, and History shows them.
 */
final class BannerView {
    /** How many notices the history keeps. */
    static final int HISTORY = 50;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Label label = new Label();
    private final Button historyButton = new Button("History");
    private final HBox root = new HBox(6, label, historyButton);
    private final Deque<String> history = new ArrayDeque<>();
    private Popup shown;

    /** Builds the banner, hidden. */
    BannerView() {
        label.setId("banner");
        label.setMaxWidth(Double.MAX_VALUE);
        label.setWrapText(true);
        // As tall as its wrapped text: the layout may not squeeze it to one line and an ellipsis.
        label.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(label, Priority.ALWAYS);
        historyButton.setId("historyButton");
        historyButton.setMinWidth(Region.USE_PREF_SIZE);
        Widgets.tip(historyButton, "The last " + HISTORY + " messages, newest first.");
        historyButton.setOnAction(e ->
                showHistory(root.getScene() == null ? null : root.getScene().getWindow()));
        root.setAlignment(Pos.TOP_LEFT);
        show(Notice.NONE);
    }

    Parent root() {
        return root;
    }

    Label label() {
        return label;
    }

    /** Shows the model's notice, and every new one, and keeps each in the history. */
    void bind(LabModel model) {
        model.noticeProperty().addListener((o, a, n) -> show(n));
        show(model.noticeProperty().get());
    }

    /** The notices kept, newest first, each as "HH:mm:ss  text". */
    List<String> history() {
        return new ArrayList<>(history);
    }

    /** Shows the history in a popup under the banner, owned by {@code owner} (nothing if null). */
    void showHistory(Window owner) {
        if (owner == null) {
            return;
        }
        if (shown != null) {
            shown.hide();
        }
        ListView<String> list = new ListView<>();
        list.setId("historyList");
        list.getItems().setAll(history.isEmpty() ? List.of("No messages yet.") : history());
        list.setPrefSize(640, 320);
        list.setCellFactory(v -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        Popup p = new Popup();
        p.setAutoHide(true);
        p.getContent().add(list);
        javafx.geometry.Bounds b = root.localToScreen(root.getBoundsInLocal());
        double x = b == null ? owner.getX() + 40 : b.getMinX();
        double y = b == null ? owner.getY() + 80 : b.getMaxY();
        p.show(owner, x, y);
        shown = p;
    }

    private void show(Notice n) {
        if (!n.isEmpty()) {
            history.addFirst(LocalTime.now().format(TIME) + "  " + n.text());
            while (history.size() > HISTORY) {
                history.removeLast();
            }
        }
        label.setText(n.text());
        root.setVisible(!n.isEmpty());
        label.setVisible(!n.isEmpty());
        root.setManaged(!n.isEmpty());
        label.getStyleClass().removeAll(Styles.BANNER_PROBLEM, Styles.BANNER_INFO);
        label.getStyleClass().add(n.severity() == Notice.Severity.PROBLEM ? Styles.BANNER_PROBLEM : Styles.BANNER_INFO);
    }
}
