package dev.boundarylab.ui;

import dev.boundarylab.train.Notice;
import javafx.scene.control.Label;

/** The one-line banner above the plots: the model's notice, red for a problem, blue for news, hidden when empty. */
final class BannerView {
    private final Label label = new Label();

    /** Builds the banner, hidden. */
    BannerView() {
        label.setId("banner");
        label.setMaxWidth(Double.MAX_VALUE);
        label.setWrapText(true);
        show(Notice.NONE);
    }

    Label root() {
        return label;
    }

    /** Shows the model's notice, and every new one. */
    void bind(LabModel model) {
        model.noticeProperty().addListener((o, a, n) -> show(n));
        show(model.noticeProperty().get());
    }

    private void show(Notice n) {
        label.setText(n.text());
        label.setVisible(!n.isEmpty());
        label.setManaged(!n.isEmpty());
        label.getStyleClass().removeAll(Styles.BANNER_PROBLEM, Styles.BANNER_INFO);
        label.getStyleClass().add(n.severity() == Notice.Severity.PROBLEM ? Styles.BANNER_PROBLEM : Styles.BANNER_INFO);
    }
}
