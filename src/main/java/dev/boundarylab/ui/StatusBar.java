package dev.boundarylab.ui;

import dev.boundarylab.figure.Figures;
import dev.boundarylab.train.Baseline;
import dev.boundarylab.train.HeldOut;
import dev.boundarylab.train.TrainingSnapshot;
import java.util.Locale;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.Label;

/** The status line at the bottom: state, epoch, cost, both accuracies, speed, frame rate and points. */
final class StatusBar {
    private final Label line = new Label();
    private LabModel model;
    private ObservableDoubleValue framesPerSecond;

    /** Builds the status line, empty. */
    StatusBar() {
        line.setId("statusLine");
        line.getStyleClass().add(Styles.STATUS_LINE);
        line.setMaxWidth(Double.MAX_VALUE);
    }

    Label root() {
        return line;
    }

    /** Shows the model's snapshot and the views' frame rate, again whenever either changes. */
    void bind(LabModel lab, ObservableDoubleValue fps) {
        this.model = lab;
        this.framesPerSecond = fps;
        model.snapshotProperty().addListener(o -> show());
        fps.addListener(o -> show());
        show();
    }

    private void show() {
        line.setText(text(model.snapshotProperty().get(), framesPerSecond.get()));
    }

    /** The line for snapshot {@code s} (null while loading) at {@code fps} frames a second. */
    static String text(TrainingSnapshot s, double fps) {
        if (s == null) {
            return "Loading data…";
        }
        return String.format(
                Locale.ROOT,
                "%s   epoch %,d   cost %s   network %s   logistic %s   %s epochs/s   %.0f fps   %s",
                switch (s.state()) {
                    case RUNNING -> "Training";
                    case DIVERGED -> "Diverged";
                    case PAUSED -> "Paused";
                },
                s.epoch(),
                shownCost(s),
                network(s),
                logistic(s),
                LogScale.compact(s.epochsPerSecond()),
                fps,
                points(s));
    }

    /** The network's accuracy: "97.5%", or with held-out points "97.5% train, 91.7% test"; "n/a" with no points. */
    private static String network(TrainingSnapshot s) {
        HeldOut h = s.heldOut();
        if (Double.isNaN(s.accuracy())) {
            return "n/a";
        }
        return h.any()
                ? Figures.trainTest(s.accuracy(), h.accuracy())
                : String.format(Locale.ROOT, "%.1f%%", 100 * s.accuracy());
    }

    /** How many points, how many are held out, and whether a person made or changed them by hand. */
    private static String points(TrainingSnapshot s) {
        HeldOut h = s.heldOut();
        return points(s.data())
                + (h.any()
                        ? String.format(Locale.ROOT, " (%d held out)", h.test().size())
                        : "");
    }

    /** How many points, saying whether a person made or changed them by hand: "hand-made, 57 points". */
    static String points(dev.boundarylab.data.Dataset d) {
        String n = d.size() + (d.size() == 1 ? " point" : " points");
        return dev.boundarylab.data.Drawing.NAME.equals(d.name()) ? d.name() + ", " + n : n;
    }

    /**
     * The cost the chart ends on: the snapshot's, or, after a divergence to a number that is not finite, the last
     * finite cost of the history with its epoch, the point where the chart's line stops.
     */
    static String shownCost(TrainingSnapshot s) {
        if (Double.isFinite(s.cost()) || s.costs().size() == 0) {
            return cost(s.cost());
        }
        int last = s.costs().size() - 1;
        return cost(s.costs().cost(last)) + " at epoch "
                + String.format(Locale.ROOT, "%,d", s.costs().epoch(last));
    }

    /** A cost readable at any size: 0.69315, 0.00123, and below a thousandth 1.2e-4 rather than 0.00000. */
    static String cost(double c) {
        if (!Double.isFinite(c)) {
            return "not finite";
        }
        if (c == 0 || Math.abs(c) >= 1e-3) {
            return String.format(Locale.ROOT, "%.5f", c);
        }
        return String.format(Locale.ROOT, "%.1e", c)
                .replaceFirst("e([-+])0*(\\d)", "e$1$2")
                .replace("e+", "e");
    }

    private static String logistic(TrainingSnapshot s) {
        Baseline b = s.baseline();
        // Fitted on x1, x2 or on other features alike.
        if (b.classifier() != null) {
            return s.heldOut().any()
                    ? Figures.trainTest(b.accuracy(), s.heldOut().baselineAccuracy())
                    : String.format(Locale.ROOT, "%.1f%%", 100 * b.accuracy());
        }
        return b.isPending() ? "fitting…" : "n/a";
    }
}
