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
            panel.setOnMouseMoved(
                    e -> tip.setText(panelText(model, panel.getWidth(), panel.getHeight(), e.getX(), e.getY())));
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
        // A data point within 5 pixels is the one hovered: its own numbers through the network.
        int nearest = -1;
        double best = 5;
        var data = s.trainData();
        for (int i = 0; i < data.size(); i++) {
            double dx = (data.x1(i) - x1) / v.width() * plot.getWidth();
            double dy = (data.x2(i) - x2) / v.height() * plot.getHeight();
            double d = Math.hypot(dx, dy);
            if (d <= best) {
                best = d;
                nearest = i;
            }
        }
        return nearest >= 0 ? dataPointText(s, nearest) : pointText(s, x1, x2);
    }

    /**
     * The numbers of training point i through the network: x, each layer's Z and A, p, its loss, and its share of
     * the output layer's gradient, (p − y)·A / m (what the point adds to dW of the last layer).
     */
    static String dataPointText(TrainingSnapshot s, int i) {
        Network n = s.network();
        var data = s.trainData();
        double x1 = data.x1(i);
        double x2 = data.x2(i);
        int y = data.label(i);
        StringBuilder sb = new StringBuilder(String.format(
                Locale.ROOT,
                "point %d: x1 = %.3f, x2 = %.3f, class %s",
                i + 1,
                x1,
                x2,
                data.labelNames().get(y)));
        double[] last = null;
        for (int l = 0; l < n.depth(); l++) {
            int units = n.biases(l).length;
            double[][] z = new double[units][1];
            n.preActivations(l, new double[] {x1}, new double[] {x2}, 1, z);
            sb.append(String.format(Locale.ROOT, "%nz%d = %s", l + 1, row(z)));
            if (l < n.depth() - 1) {
                double[][] a = new double[units][1];
                n.activations(l, new double[] {x1}, new double[] {x2}, 1, a);
                sb.append(String.format(Locale.ROOT, "   a%d = %s", l + 1, row(a)));
                last = column(a);
            } else if (n.classes() > 2) {
                sb.append(classesText(column(z), y, last, l, data.size()));
            } else {
                double p = dev.boundarylab.model.Elementary.sigmoid(z[0][0]);
                double loss = dev.boundarylab.model.Loss.crossEntropy(z[0][0], y);
                sb.append(String.format(Locale.ROOT, "%np = %.4f, loss %.4f", p, loss));
                if (last != null) {
                    double[] share = new double[last.length];
                    for (int j = 0; j < share.length; j++) {
                        share[j] = (p - y) * last[j] / data.size();
                    }
                    sb.append(String.format(
                            Locale.ROOT,
                            "%nits share of dW%d = (p − y)·a%d / %d = %s",
                            l + 1,
                            l,
                            data.size(),
                            row(share)));
                }
            }
        }
        return sb.toString();
    }

    /**
     * The output of K softmax units for a point of class y: p = softmax(z), its loss −log p_y, and its share of
     * the last layer's gradient, (p − onehot(y))·aᵀ / m, a row per output unit.
     */
    private static String classesText(double[] z, int y, double[] last, int l, int m) {
        int k = z.length;
        double[] p = new double[k];
        dev.boundarylab.model.Softmax.probabilities(z, 0, k, p, 0);
        double loss = dev.boundarylab.model.Softmax.crossEntropy(z, 0, k, y);
        StringBuilder sb =
                new StringBuilder(String.format(Locale.ROOT, "%np = %s, loss −log p%d = %.4f", row(p), y, loss));
        if (last != null) {
            sb.append(String.format(Locale.ROOT, "%nits share of dW%d = (p − onehot(y))·a%dᵀ / %d:", l + 1, l, m));
            for (int j = 0; j < k; j++) {
                double[] share = new double[last.length];
                for (int i = 0; i < share.length; i++) {
                    share[i] = (p[j] - (j == y ? 1 : 0)) * last[i] / m;
                }
                sb.append(String.format(Locale.ROOT, "%n  class %d: %s", j, row(share)));
            }
        }
        return sb.toString();
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

    private static double[] column(double[][] v) {
        double[] c = new double[v.length];
        for (int j = 0; j < v.length; j++) {
            c[j] = v[j][0];
        }
        return c;
    }

    private static String row(double[][] v) {
        return row(column(v));
    }

    private static String row(double[] v) {
        StringBuilder sb = new StringBuilder("(");
        for (int j = 0; j < v.length; j++) {
            sb.append(j == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3g", v[j]));
        }
        return sb.append(')').toString();
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
        return String.format(Locale.ROOT, "epoch %,d: network cost %.5f", c.epoch(best), c.cost(best)) + logistic;
    }
}
