package dev.boundarylab.figure;

import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Classifier;
import dev.boundarylab.model.Feature;
import dev.boundarylab.model.Network;
import dev.boundarylab.render.CostChartSpec;
import dev.boundarylab.render.FigureRenderer;
import dev.boundarylab.render.PanelSpec;
import dev.boundarylab.render.Viewport;
import dev.boundarylab.train.Baseline;
import dev.boundarylab.train.CostSeries;
import dev.boundarylab.train.HeadlessRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The app's figures of a training run, composed once for the window and for every export: the titles, the
 * two decision panels and the cost chart. The window and the command line both call these, so a PNG shows
 * exactly what the window shows.
 */
public final class Figures {
    /** Drawn in place of a logistic model that could not be fit: no boundary, a neutral surface. */
    private static final Classifier UNDECIDED = (x1, x2, n, out) -> java.util.Arrays.fill(out, 0, n, 0.0);

    private Figures() {}

    /**
     * The network panel's title, e.g. "Neural network, 4 hidden units — accuracy 97.5%", or with held-out points
     * "Neural network, 4 units — 97.5% train, 91.7% test".
     */
    public static String networkTitle(FigureData d) {
        if (!d.network().hasSeedForm()) {
            // Short enough for the panel: the layers, the activation and how many inputs.
            Architecture a = d.network().architecture();
            return String.format(
                    Locale.ROOT,
                    "Network %s, %d inputs — %s",
                    a.layers().isEmpty()
                            ? "without hidden layers"
                            : a.text(Architecture.Setting.LAYERS) + " "
                                    + a.activation().id(),
                    a.features().size(),
                    d.heldOut().any()
                            ? trainTest(d.networkAccuracy(), d.heldOut().accuracy())
                            : percent(d.networkAccuracy()));
        }
        int h = d.network().architecture().layers().get(0);
        // With held-out points both accuracies need the room of "hidden".
        return String.format(
                Locale.ROOT,
                "Neural network, %d %sunit%s — %s",
                h,
                d.heldOut().any() ? "" : "hidden ",
                h == 1 ? "" : "s",
                accuracies(d.networkAccuracy(), d.heldOut().any(), d.heldOut().accuracy()));
    }

    /** "accuracy 97.5%", or with held-out points "97.5% train, 91.7% test". */
    private static String accuracies(double train, boolean tested, double test) {
        return tested ? trainTest(train, test) : "accuracy " + percent(train);
    }

    /** Both accuracies, as the titles and the status line give them: "97.5% train, 91.7% test". */
    public static String trainTest(double train, double test) {
        return percent(train) + " train, " + percent(test) + " test";
    }

    /** A share as a percentage with one decimal, "97.5%"; "n/a" for NaN (no points to measure it on, as after Clear). */
    private static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    /** The short form of the accuracies: "97.5%", or with held-out points "97.5% / 91.7% test". */
    private static String shortAccuracies(double train, boolean tested, double test) {
        return tested ? percent(train) + " / " + percent(test) + " test" : percent(train);
    }

    /** The network panel's title for a narrow panel, e.g. "NN, 4 units: 97.5%". */
    public static String networkTitleShort(FigureData d) {
        java.util.List<Integer> layers = d.network().architecture().layers();
        if (layers.size() != 1) {
            String sizes =
                    layers.isEmpty() ? "no hidden layer" : layers.toString().replaceAll("[\\[\\] ]", "");
            return String.format(Locale.ROOT, "NN %s: %s", sizes, shortNetwork(d));
        }
        int h = layers.get(0);
        return String.format(Locale.ROOT, "NN, %d unit%s: %s", h, h == 1 ? "" : "s", shortNetwork(d));
    }

    private static String shortNetwork(FigureData d) {
        return shortAccuracies(
                d.networkAccuracy(), d.heldOut().any(), d.heldOut().accuracy());
    }

    /** The logistic panel's title for a narrow panel, e.g. "Logistic: 51.5%". */
    public static String logisticTitleShort(FigureData d) {
        if (d.baseline().isPending()) {
            return "Logistic: fitting…";
        }
        if (d.baseline().model() == null) {
            return "Logistic: not fitted";
        }
        return "Logistic: "
                + shortAccuracies(
                        d.baseline().accuracy(), d.heldOut().any(), d.heldOut().baselineAccuracy());
    }

    /** The logistic panel's title, e.g. "Logistic regression — accuracy 51.5%". */
    public static String logisticTitle(FigureData d) {
        if (d.baseline().isPending()) {
            return "Logistic regression — fitting…";
        }
        if (d.baseline().classifier() == null) {
            return d.data().size() == 0
                    ? "Logistic regression — not fitted (no points)"
                    : "Logistic regression — not fitted (one class only)";
        }
        return String.format(
                Locale.ROOT,
                "Logistic regression%s — %s",
                d.baseline().model() == null ? ", " + d.baseline().features().size() + " inputs" : "",
                accuracies(
                        d.baseline().accuracy(), d.heldOut().any(), d.heldOut().baselineAccuracy()));
    }

    /** The network's decision panel over {@code view}. */
    public static PanelSpec networkPanel(FigureData d, Viewport view) {
        return networkPanel(d, view, false);
    }

    /** The network's decision panel over {@code view}, with the short title if {@code brief}. */
    public static PanelSpec networkPanel(FigureData d, Viewport view, boolean brief) {
        return new PanelSpec(
                d.network(),
                d.data(),
                view,
                brief ? networkTitleShort(d) : networkTitle(d),
                d.heldOut().test());
    }

    /** The logistic regression's decision panel over {@code view}. */
    public static PanelSpec logisticPanel(FigureData d, Viewport view) {
        return logisticPanel(d, view, false);
    }

    /** The logistic regression's decision panel over {@code view}, with the short title if {@code brief}. */
    public static PanelSpec logisticPanel(FigureData d, Viewport view, boolean brief) {
        Classifier m =
                d.baseline().classifier() == null ? UNDECIDED : d.baseline().classifier();
        return new PanelSpec(
                m,
                d.data(),
                view,
                brief ? logisticTitleShort(d) : logisticTitle(d),
                d.heldOut().test());
    }

    /**
     * The zero lines of the first layer's units, {@code {w1, w2, b}} for w1 x1 + w2 x2 + b = 0, when the network
     * reads x1 and x2 alone (in that order; on other features a unit's zero set is a curve): the lines along which
     * its units cut the plane. Empty otherwise, and for a network without hidden layers.
     */
    public static List<double[]> zeroLines(FigureData d) {
        Network n = d.network();
        if (!hasZeroLines(n)) {
            return List.of();
        }
        double[][] w = n.weights(0);
        double[] b = n.biases(0);
        List<double[]> lines = new ArrayList<>();
        for (int j = 0; j < b.length; j++) {
            lines.add(new double[] {w[j][0], w[j][1], b[j]});
        }
        return lines;
    }

    /** Whether {@code n}'s first-layer units have zero lines: it has hidden layers and reads x1, x2 alone. */
    public static boolean hasZeroLines(Network n) {
        Architecture a = n.architecture();
        return !a.layers().isEmpty() && a.features().equals(List.of(Feature.X1, Feature.X2));
    }

    /**
     * The cost chart: the network's cost per epoch, with the logistic regression's cost as a reference line; with
     * held-out points, the network's cost on them as a second line and the logistic regression's on them as a
     * second reference.
     */
    public static CostChartSpec costChart(FigureData d, boolean logScale) {
        CostSeries s = d.costs();
        CostChartSpec spec = CostChartSpec.of(
                        s.epochs(), s.costs(), d.baseline().cost(), logScale)
                .withMarks(d.jumps())
                .withDataMarks(d.dataChanges());
        boolean l2 = d.network().architecture().l2() > 0;
        if (d.heldOut().any()) {
            CostSeries t = d.heldOut().costs();
            // The held-out cost is the mean cross-entropy alone: the L2 penalty is a training term.
            return spec.withTitle(
                            l2
                                    ? "Cost (train: cross-entropy + L2 penalty; test: cross-entropy)"
                                    : "Cost (mean cross-entropy)")
                    .withLabels("network, train", "logistic, train")
                    .withTest(new CostChartSpec.Test(
                            t.epochs(),
                            t.costs(),
                            t.size(),
                            d.heldOut().baselineCost(),
                            "network, test",
                            "logistic, test"));
        }
        // With L2 the history is the full objective J, the penalty included.
        return l2 ? spec.withTitle("Training cost (mean cross-entropy + L2 penalty)") : spec;
    }

    /** The title of one sweep panel, e.g. "20 hidden — 92.5%". */
    public static String sweepTitle(int hidden, double accuracy) {
        return String.format(Locale.ROOT, "%d hidden — %.1f%%", hidden, 100 * accuracy);
    }

    /**
     * The title of one sweep panel for a run that held points out: "20 hidden — train 100.0%, test 91.5%"; as
     * {@link #sweepTitle(int, double)} for one that did not.
     */
    public static String sweepTitle(HeadlessRun.Result r) {
        int h = r.network().architecture().layers().get(0);
        if (r.diverged()) {
            return h + " hidden — diverged at epoch " + r.divergedAt();
        }
        if (!r.tested()) {
            return sweepTitle(h, r.accuracy());
        }
        return String.format(
                Locale.ROOT, "%d hidden — train %.1f%%, test %.1f%%", h, 100 * r.accuracy(), 100 * r.testAccuracy());
    }

    /** The sweep's gallery: one panel per finished size, in order, over the same axes. */
    public static List<PanelSpec> sweepPanels(List<HeadlessRun.Result> runs, Baseline baseline) {
        List<PanelSpec> out = new ArrayList<>();
        for (HeadlessRun.Result r : runs) {
            Viewport v = Viewport.around(r.tested() ? r.data().with(r.test()) : r.data());
            out.add(new PanelSpec(r.network(), r.data(), v, sweepTitle(r), r.test()));
        }
        return out;
    }

    /** The full figure of a run: both panels side by side over the same axes, and the cost chart below. */
    public static java.awt.image.BufferedImage figure(FigureRenderer r, FigureData d, boolean logScale) {
        Viewport v = Viewport.around(d.points());
        return r.renderFigure(networkPanel(d, v), logisticPanel(d, v), costChart(d, logScale));
    }
}
