package dev.boundarylab.ui;

import dev.boundarylab.figure.Figures;
import dev.boundarylab.model.Classifier;
import dev.boundarylab.model.Network;
import dev.boundarylab.render.BoundaryPanelRenderer;
import dev.boundarylab.render.CostChartRenderer;
import dev.boundarylab.render.CostChartSpec;
import dev.boundarylab.render.Viewport;
import dev.boundarylab.train.CostSeries;
import dev.boundarylab.train.TrainingSnapshot;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * The numbers under the cursor, as tooltips that follow it: over a panel, x1 and x2, both models' probability of
 * class 1 and the activations of each hidden layer at that point (one forward pass of a single point, computed by
 * the model); over the cost chart, the epoch and the costs there.
 */
final class Readouts {
    private Readouts() {}

    /** Puts the readouts on the plots' views, reading the model's newest snapshot. */
    static void install(PlotsView plots, LabModel model) {
        for (RasterView panel : new RasterView[] {plots.networkView(), plots.logisticView()}) {
            Tooltip tip = tooltip("readoutTip");
            Tooltip.install(panel, tip);
            panel.setOnMouseMoved(e -> {
                tip.setText(panelText(model, panel.getWidth(), panel.getHeight(), e.getX(), e.getY()));
                plots.hoveredPointProperty()
                        .set(pointAt(model, panel.getWidth(), panel.getHeight(), e.getX(), e.getY()));
            });
            panel.setOnMouseExited(e -> plots.hoveredPointProperty().set(-1));
        }
        Tooltip chartTip = tooltip("chartReadoutTip");
        Tooltip.install(plots.costView(), chartTip);
        plots.costView()
                .setOnMouseMoved(e -> chartTip.setText(chartText(
                        model, plots.costView().getWidth(), plots.costView().getHeight(), e.getX())));
    }

    private static Tooltip tooltip(String id) {
        Tooltip t = new Tooltip("");
        t.setId(id);
        t.setShowDelay(Duration.millis(80));
        t.setHideDelay(Duration.ZERO);
        t.setShowDuration(Duration.INDEFINITE);
        return t;
    }

    /** The readout of the point under (px, py) of a panel w x h, or a hint outside its plot. */
    static String panelText(LabModel model, double w, double h, double px, double py) {
        TrainingSnapshot s = model.snapshot();
        Viewport v = model.viewport();
        if (s == null || v == null) {
            return "";
        }
        Rectangle2D plot = BoundaryPanelRenderer.plotArea(0, 0, w, h, v);
        if (!plot.contains(px, py)) {
            return "move over the plot for the numbers at a point";
        }
        double x1 = v.x1Min() + (px - plot.getMinX()) / plot.getWidth() * v.width();
        double x2 = v.x2Max() - (py - plot.getMinY()) / plot.getHeight() * v.height();
        // A training point within 5 pixels is the one hovered: its own numbers through the network.
        int nearest = nearest(s.trainData(), v, plot, x1, x2);
        if (nearest >= 0) {
            return dataPointText(s, nearest);
        }
        dev.boundarylab.data.Dataset test = s.heldOut().test();
        int held = test == null ? -1 : nearest(test, v, plot, x1, x2);
        if (held >= 0) {
            // Not trained on: no share of the gradient, only what both models say there.
            return String.format(
                            Locale.ROOT,
                            "held-out point, class %s, not trained on%n",
                            test.labelNames().get(test.label(held)))
                    + pointText(s, test.x1(held), test.x2(held));
        }
        return pointText(s, x1, x2);
    }

    /**
     * The training point under (px, py) of a panel w x h, the nearest within 5 pixels (its index in the snapshot's
     * training data), or -1 for none.
     */
    static int pointAt(LabModel model, double w, double h, double px, double py) {
        TrainingSnapshot s = model.snapshot();
        Viewport v = model.viewport();
        if (s == null || v == null) {
            return -1;
        }
        Rectangle2D plot = BoundaryPanelRenderer.plotArea(0, 0, w, h, v);
        if (!plot.contains(px, py)) {
            return -1;
        }
        double x1 = v.x1Min() + (px - plot.getMinX()) / plot.getWidth() * v.width();
        double x2 = v.x2Max() - (py - plot.getMinY()) / plot.getHeight() * v.height();
        return nearest(s.trainData(), v, plot, x1, x2);
    }

    /** The point of {@code data} within 5 pixels of (x1, x2) and nearest it, or -1. */
    private static int nearest(dev.boundarylab.data.Dataset data, Viewport v, Rectangle2D plot, double x1, double x2) {
        int nearest = -1;
        double best = 5;
        for (int i = 0; i < data.size(); i++) {
            double dx = (data.x1(i) - x1) / v.width() * plot.getWidth();
            double dy = (data.x2(i) - x2) / v.height() * plot.getHeight();
            double d = Math.hypot(dx, dy);
            if (d <= best) {
                best = d;
                nearest = i;
            }
        }
        return nearest;
    }

    /** The numbers of training point i through the network: computed by the figure, as the diagram shows them. */
    static String dataPointText(TrainingSnapshot s, int i) {
        return dev.boundarylab.figure.Equations.point(s.network(), s.trainData(), i);
    }

    /** "P(class 1) = 0.8123" for two classes, "P = (0.1, 0.7, 0.2), class 1" for K: a model's readout at a point. */
    static String probabilityText(Classifier m, double x1, double x2) {
        if (m.classes() == 2) {
            return String.format(Locale.ROOT, "P(class 1) = %.4f", m.probability(x1, x2));
        }
        double[] p = new double[m.classes()];
        m.classProbabilities(new double[] {x1}, new double[] {x2}, 1, p);
        StringBuilder sb = new StringBuilder("P = (");
        for (int j = 0; j < p.length; j++) {
            sb.append(j == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", p[j]));
        }
        return sb.append("), class ").append(m.predict(x1, x2)).toString();
    }

    /** What the readout says at (x1, x2). */
    static String pointText(TrainingSnapshot s, double x1, double x2) {
        Network n = s.network();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "x1 = %.3f, x2 = %.3f%n", x1, x2));
        sb.append("network: ").append(probabilityText(n, x1, x2)).append(String.format("%n"));
        Classifier logistic = s.baseline().classifier();
        sb.append(logistic == null ? "logistic: not fitted" : "logistic: " + probabilityText(logistic, x1, x2));
        for (int l = 0; l < n.depth() - 1; l++) {
            int units = n.biases(l).length;
            double[][] a = new double[units][1];
            n.activations(l, new double[] {x1}, new double[] {x2}, 1, a);
            sb.append(String.format(Locale.ROOT, "%nlayer %d: ", l + 1));
            for (int j = 0; j < units; j++) {
                sb.append(j == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", a[j][0]));
            }
        }
        return sb.toString();
    }

    /** The readout of the epoch under px of the cost chart w x h: the nearest recorded epoch and its costs. */
    static String chartText(LabModel model, double w, double h, double px) {
        TrainingSnapshot s = model.snapshot();
        if (s == null || s.costs().size() == 0) {
            return "";
        }
        CostChartSpec spec = Figures.costChart(LiveFigures.figureData(s), model.logScale());
        double epoch = CostChartRenderer.epochAt(spec, w, h, px);
        if (Double.isNaN(epoch)) {
            return "move over the plot for the costs at an epoch";
        }
        CostSeries c = s.costs();
        int best = 0;
        for (int i = 1; i < c.size(); i++) {
            best = Math.abs(c.epoch(i) - epoch) < Math.abs(c.epoch(best) - epoch) ? i : best;
        }
        String logistic = Double.isFinite(s.baseline().cost())
                ? String.format(
                        Locale.ROOT,
                        "%nlogistic regression: cost %.5f",
                        s.baseline().cost())
                : "";
        return String.format(Locale.ROOT, "epoch %,d: network cost %.5f", c.epoch(best), c.cost(best))
                + logistic
                + heldOutText(s, c.epoch(best));
    }

    /** The held-out points' costs at the test sample nearest {@code epoch}; empty without held-out points. */
    private static String heldOutText(TrainingSnapshot s, long epoch) {
        CostSeries t = s.heldOut().costs();
        if (!s.heldOut().any() || t.size() == 0) {
            return "";
        }
        int best = 0;
        for (int i = 1; i < t.size(); i++) {
            best = Math.abs(t.epoch(i) - epoch) < Math.abs(t.epoch(best) - epoch) ? i : best;
        }
        return String.format(
                Locale.ROOT,
                "%nheld-out points: network cost %.5f (epoch %,d), logistic %.5f",
                t.cost(best),
                t.epoch(best),
                s.heldOut().baselineCost());
    }
}
