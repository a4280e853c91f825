package dev.boundarylab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.Classifier;
import dev.boundarylab.model.Loss;
import dev.boundarylab.model.NeuralNetwork;
import dev.boundarylab.model.Parameters;
import dev.boundarylab.testutil.Golden;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figure of the seed's run, as {@code train --png} writes it, checked point by point. */
class SeedFigureTest {
    @TempDir
    Path dir;

    @Test
    void figureOfTheSeedRunShowsEachPointInItsColourOverTheFieldOfEachModel() throws IOException {
        Dataset data = Golden.seedData();
        NeuralNetwork net = new NeuralNetwork(Parameters.random(4, 2), data);
        int epochs = 5000;
        long[] at = new long[epochs / 10 + 1];
        double[] cost = new double[at.length];
        for (int e = 0; e < epochs; e++) {
            double c = net.step(1.2);
            if (e % 10 == 0) {
                at[e / 10] = e;
                cost[e / 10] = c;
            }
        }
        at[at.length - 1] = epochs;
        cost[at.length - 1] = net.cost();
        Parameters p = net.parameters();
        Classifier logistic = Classifier.of((x1, x2) -> 0.086 * x1 + 0.025 * x2);
        double logisticCost = 0;
        for (int i = 0; i < data.size(); i++) {
            logisticCost += Loss.crossEntropy(logistic.logit(data.x1(i), data.x2(i)), data.label(i));
        }
        logisticCost /= data.size();
        Viewport view = Viewport.around(data);
        FigureRenderer r = new FigureRenderer(1);
        BufferedImage img = Pixels.throughPng(
                r.renderFigure(
                        new PanelSpec(
                                p,
                                data,
                                view,
                                String.format(
                                        Locale.ROOT,
                                        "Neural network, 4 hidden units — accuracy %.1f%%",
                                        100 * net.accuracy())),
                        new PanelSpec(logistic, data, view, "Logistic regression — accuracy 51.5%"),
                        CostChartSpec.of(at, cost, logisticCost, false)),
                dir,
                "figure.png");
        assertEquals(920, img.getWidth());
        assertEquals(794, img.getHeight());

        Rectangle2D plot = BoundaryPanelRenderer.plotArea(0, 0, 460, 470, view);
        double[] px = new double[data.size()];
        double[] py = new double[data.size()];
        for (int i = 0; i < data.size(); i++) {
            px[i] = plot.getMinX() + (data.x1(i) - view.x1Min()) / view.width() * plot.getWidth();
            py[i] = plot.getMinY() + (view.x2Max() - data.x2(i)) / view.height() * plot.getHeight();
        }
        // Points are drawn in order, disc radius 4.2 with a ring of 1.1 at this size: only a later point closer
        // than 6.5 pixels can cover a point's centre. Every other point shows its class colour there.
        int uncovered = 0;
        for (int i = 0; i < data.size(); i++) {
            boolean covered = false;
            for (int j = i + 1; j < data.size() && !covered; j++) {
                covered = Math.hypot(px[i] - px[j], py[i] - py[j]) < 6.5;
            }
            if (!covered) {
                uncovered++;
                int argb = img.getRGB((int) px[i], (int) py[i]);
                assertTrue(
                        Pixels.distance(argb, ColorMap.DEFAULT.point(data.label(i))) <= 20,
                        "point " + i + " of class " + data.label(i) + " at its centre: " + Pixels.describe(argb));
            }
        }
        // 147 of the seed's 200 points are not overlapped by a later one; the check must not become vacuous.
        assertTrue(uncovered >= 140, "uncovered points checked: " + uncovered);

        // Away from the points, the field is the colour of the network's probability there.
        double[][] probes = {{2.8, 2.8}, {-2.8, -2.8}, {2.8, -2.8}, {0.05, -0.2}};
        for (double[] q : probes) {
            int x = (int) (plot.getMinX() + (q[0] - view.x1Min()) / view.width() * plot.getWidth());
            int y = (int) (plot.getMinY() + (view.x2Max() - q[1]) / view.height() * plot.getHeight());
            int expected = ColorMap.DEFAULT.argb(p.probability(q[0], q[1]));
            assertTrue(
                    Pixels.distance(img.getRGB(x, y), expected) <= 6,
                    "field at (" + q[0] + ", " + q[1] + "): " + Pixels.describe(img.getRGB(x, y)) + " vs "
                            + Pixels.describe(expected));
        }
    }
}
