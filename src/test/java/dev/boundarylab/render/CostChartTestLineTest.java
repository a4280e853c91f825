package dev.boundarylab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The held-out points' cost on the chart: a second line in the test colour at its own height, its dashed reference,
 * both in the legend and in the axis's range; none of it without held-out points.
 */
class CostChartTestLineTest {
    private static final int TEST = CostChartRenderer.TEST.getRGB();

    @TempDir
    Path dir;

    /** Training cost falling from 0.7 to 0.1 over 1000 epochs; the test cost falling, then rising to 1.4. */
    private static CostChartSpec overfitting(boolean withTest) {
        long[] e = new long[1001];
        double[] train = new double[1001];
        double[] test = new double[1001];
        for (int i = 0; i <= 1000; i++) {
            e[i] = i;
            train[i] = 0.7 - 0.6 * i / 1000.0;
            test[i] = i < 500 ? 0.7 - 0.4 * i / 500.0 : 0.3 + 1.1 * (i - 500) / 500.0;
        }
        CostChartSpec spec =
                new CostChartSpec("Cost", e, train, e.length, 0.69, "network, train", "logistic, train", false);
        return withTest
                ? spec.withTest(new CostChartSpec.Test(e, test, e.length, 0.72, "network, test", "logistic, test"))
                : spec;
    }

    /** The mean row of pixels near {@code argb} in column x, rows {@code from} to {@code to}, or NaN. */
    private static double rowOf(BufferedImage img, int x, int argb, double from, double to) {
        double sum = 0;
        int n = 0;
        for (int y = (int) Math.max(30, from); y < Math.min(img.getHeight(), to); y++) {
            if (Pixels.distance(img.getRGB(x, y), argb) < 30) {
                sum += y;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    @Test
    void theTestCostIsASecondLineAtItsOwnHeightWithinTheAxis() throws IOException {
        BufferedImage img =
                Pixels.throughPng(new FigureRenderer(1).renderCostChart(overfitting(true)), dir, "test.png");
        CostChartLayout lay = CostChartLayout.of(
                0, 0, img.getWidth(), img.getHeight(), overfitting(true), new java.awt.geom.AffineTransform());
        // The axis holds the test cost's top, 1.4, above every training cost.
        assertTrue(lay.yMax() >= 1.4, "axis top " + lay.yMax());
        assertTrue(lay.hasTestReference());
        // At epoch 250 the test line is at cost 0.5; near epoch 1000 at 1.4, far above the training line at 0.1.
        for (long epoch : new long[] {250, 1000}) {
            int x = (int) Math.round(lay.x(epoch)) - (epoch == 1000 ? 3 : 0);
            double expected = epoch == 250 ? 0.5 : 0.3 + 1.1 * (x - lay.x(500)) / (lay.x(1000) - lay.x(500));
            // Away from the dashed test reference at 0.72, which is in the same colour.
            double ref = lay.costY(0.72);
            double row =
                    epoch == 250 ? rowOf(img, x, TEST, ref + 6, img.getHeight()) : rowOf(img, x, TEST, 30, ref - 6);
            assertEquals(lay.costY(expected), row, 3, "the test line at epoch " + epoch);
            double train = rowOf(img, x, CostChartRenderer.SERIES.getRGB(), 30, img.getHeight());
            if (epoch == 1000) {
                assertTrue(train > row + 20, "over-fitting: the training line lower, rows " + train + ", " + row);
            }
        }
        // The logistic regression's test cost: a dashed line at 0.72, between the dashes of its training cost.
        double dashed = 0;
        for (int x = (int) lay.plot().getMinX() + 2; x < lay.plot().getMaxX() - 2; x++) {
            dashed += Double.isNaN(rowOf(img, x, TEST, lay.costY(0.72) - 2, lay.costY(0.72) + 3)) ? 0 : 1;
        }
        double share = dashed / lay.plot().getWidth();
        assertTrue(share > 0.4 && share < 0.8, "dashed: " + share + " of the width");
        // The legend names four lines: the test entries are drawn in the test colour on the title's line.
        int legend = 0;
        for (int y = 0; y < 30; y++) {
            for (int x = img.getWidth() / 2; x < img.getWidth(); x++) {
                legend += Pixels.distance(img.getRGB(x, y), TEST) < 30 ? 1 : 0;
            }
        }
        assertTrue(legend > 20, "test-coloured legend samples: " + legend);
    }

    @Test
    void withoutHeldOutPointsThereIsNoTestColourAnywhere() {
        BufferedImage img = new FigureRenderer(1).renderCostChart(overfitting(false));
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                assertTrue(Pixels.distance(img.getRGB(x, y), TEST) >= 30, "a test-coloured pixel at " + x + ", " + y);
            }
        }
        CostChartLayout lay = CostChartLayout.of(
                0, 0, img.getWidth(), img.getHeight(), overfitting(false), new java.awt.geom.AffineTransform());
        assertTrue(lay.yMax() < 1.4, "the axis fits the training cost alone: " + lay.yMax());
    }

    @Test
    void aTestLineMustFitItsArrays() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new CostChartSpec.Test(new long[2], new double[1], 2, 0.5, "t", "l"));
        assertThrows(
                IllegalArgumentException.class, () -> new CostChartSpec.Test(null, new double[1], 0, 0.5, "t", "l"));
    }
}
