package dev.boundarylab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.model.Parameters;
import dev.boundarylab.render.BoundaryPanelRenderer;
import dev.boundarylab.render.Viewport;
import dev.boundarylab.train.TrainingSnapshot;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The numbers under the cursor are the models' own at that point, worked out here from the parameters. */
class ReadoutsTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aPanelsReadoutGivesThePointBothProbabilitiesAndTheHiddenActivations(FxRobot robot) throws Exception {
        robot.interact(() -> window.model().step(400));
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> window.model().snapshot().epoch() >= 400);
        TrainingSnapshot s = window.model().snapshot();
        RasterView panel = window.plots().networkView();
        Viewport v = window.model().viewport();
        Rectangle2D plot = BoundaryPanelRenderer.plotArea(0, 0, panel.getWidth(), panel.getHeight(), v);
        // A quarter of the way in from the plot's top-left corner.
        double px = plot.getMinX() + plot.getWidth() / 4;
        double py = plot.getMinY() + plot.getHeight() / 4;
        String text = Readouts.panelText(window.model(), panel.getWidth(), panel.getHeight(), px, py);
        Matcher m = Pattern.compile("x1 = (-?[0-9.]+), x2 = (-?[0-9.]+)").matcher(text);
        assertTrue(m.find(), text);
        double x1 = v.x1Min() + v.width() / 4;
        double x2 = v.x2Max() - v.height() / 4;
        assertEquals(x1, Double.parseDouble(m.group(1)), 1e-3);
        assertEquals(x2, Double.parseDouble(m.group(2)), 1e-3);
        // By hand from the parameters: a_j = tanh(W1 x + b1), p = sigmoid(W2 a + b2).
        Parameters p = s.parameters();
        StringBuilder layer = new StringBuilder("layer 1: ");
        double z = p.b2();
        for (int j = 0; j < p.hidden(); j++) {
            double a = Math.tanh(p.w1(j, 0) * x1 + p.w1(j, 1) * x2 + p.b1(j));
            layer.append(j == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", a));
            z += p.w2(j) * a;
        }
        String network = String.format(Locale.ROOT, "network: P(class 1) = %.4f", 1 / (1 + Math.exp(-z)));
        assertTrue(text.contains(network), text + "\nexpected " + network);
        assertTrue(text.contains(layer.toString()), text + "\nexpected " + layer);
        var logistic = s.baseline().classifier();
        if (logistic != null) {
            assertTrue(
                    text.contains(
                            String.format(Locale.ROOT, "logistic: P(class 1) = %.4f", logistic.probability(x1, x2))),
                    text);
        }
        assertTrue(Readouts.panelText(window.model(), panel.getWidth(), panel.getHeight(), 1, 1)
                .startsWith("move"));
    }

    @Test
    void theCostChartsReadoutGivesTheEpochUnderTheCursorAndItsCost(FxRobot robot) throws Exception {
        robot.interact(() -> window.model().step(1000));
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> window.model().snapshot().epoch() >= 1000);
        RasterView chart = window.plots().costView();
        // Across the chart's width the epochs named rise from 0 towards 1000.
        long last = -1;
        int named = 0;
        for (double px = 0; px < chart.getWidth(); px += chart.getWidth() / 40) {
            String text = Readouts.chartText(window.model(), chart.getWidth(), chart.getHeight(), px);
            Matcher m =
                    Pattern.compile("epoch ([0-9,]+): network cost ([0-9.]+)").matcher(text);
            if (m.find()) {
                long epoch = Long.parseLong(m.group(1).replace(",", ""));
                assertTrue(epoch >= last, text);
                last = epoch;
                named++;
                var c = window.model().snapshot().costs();
                for (int i = 0; i < c.size(); i++) {
                    if (c.epoch(i) == epoch) {
                        assertEquals(String.format(Locale.ROOT, "%.5f", c.cost(i)), m.group(2), "epoch " + epoch);
                    }
                }
            }
        }
        assertTrue(named > 20 && last >= 950, named + " readouts, the last at epoch " + last);
    }

    @Test
    void aHoveredDataPointGivesItsOwnNumbersThroughTheNetwork(FxRobot robot) throws Exception {
        robot.interact(() -> window.model().step(300));
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> window.model().snapshot().epoch() >= 300);
        TrainingSnapshot s = window.model().snapshot();
        RasterView panel = window.plots().networkView();
        Viewport v = window.model().viewport();
        Rectangle2D plot = BoundaryPanelRenderer.plotArea(0, 0, panel.getWidth(), panel.getHeight(), v);
        int i = 7;
        double x1 = s.data().x1(i);
        double x2 = s.data().x2(i);
        int y = s.data().label(i);
        double px = plot.getMinX() + (x1 - v.x1Min()) / v.width() * plot.getWidth();
        double py = plot.getMinY() + (v.x2Max() - x2) / v.height() * plot.getHeight();
        String text = Readouts.panelText(window.model(), panel.getWidth(), panel.getHeight(), px + 1, py - 1);
        assertTrue(text.startsWith("point " + (i + 1) + ":"), text);
        // By hand: z1 = W1 x + b1, a1 = tanh(z1), z2 = W2 a1 + b2, the loss, and (p - y) a1 / m.
        Parameters p = s.parameters();
        double z2 = p.b2();
        double[] a = new double[p.hidden()];
        for (int j = 0; j < p.hidden(); j++) {
            a[j] = Math.tanh(p.w1(j, 0) * x1 + p.w1(j, 1) * x2 + p.b1(j));
            z2 += p.w2(j) * a[j];
        }
        double prob = 1 / (1 + Math.exp(-z2));
        double loss = y == 1 ? Math.log1p(Math.exp(-z2)) : Math.log1p(Math.exp(z2));
        assertTrue(text.contains(String.format(Locale.ROOT, "p = %.4f, loss %.4f", prob, loss)), text);
        StringBuilder share = new StringBuilder("(");
        for (int j = 0; j < a.length; j++) {
            share.append(j == 0 ? "" : ", ")
                    .append(String.format(
                            Locale.ROOT, "%.3g", (prob - y) * a[j] / s.data().size()));
        }
        assertTrue(text.contains(share.append(')').toString()), text + "\nexpected " + share);
    }
}
