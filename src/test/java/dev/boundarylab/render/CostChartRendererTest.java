package dev.boundarylab.render;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostChartRendererTest {
    private static final int SERIES = CostChartRenderer.SERIES.getRGB();
    private static final int REFERENCE = CostChartRenderer.REFERENCE.getRGB();

    @TempDir
    Path dir;

    /** Costs 1, then 0.1, then 0.01, each for a third of 300 epochs. */
    private static CostChartSpec steps(boolean log) {
        long[] epochs = new long[300];
        double[] costs = new double[300];
        for (int i = 0; i < 300; i++) {
            epochs[i] = i;
            costs[i] = i < 100 ? 1 : i < 200 ? 0.1 : 0.01;
        }
        return new CostChartSpec("steps", epochs, costs, 300, Double.NaN, "network", "logistic", log);
    }

    /**
     * The mean row of the pixels of colour {@code argb} in column x, below the legend's line sample (which is at
     * row 21 at scale 1); NaN if none.
     */
    private static double rowOf(BufferedImage img, int x, int argb) {
        double sum = 0;
        int n = 0;
        int scale = img.getWidth() / 920;
        for (int y = 30 * scale; y < img.getHeight(); y++) {
            if (Pixels.distance(img.getRGB(x, y), argb) < 40) {
                sum += y;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    @Test
    void onALogAxisEachDecadeTakesTheSameHeight() throws IOException {
        BufferedImage img = Pixels.throughPng(new FigureRenderer(1).renderCostChart(steps(true)), dir, "log.png");
        int w = img.getWidth();
        double one = rowOf(img, (int) (0.2 * w), SERIES);
        double tenth = rowOf(img, (int) (0.5 * w), SERIES);
        double hundredth = rowOf(img, (int) (0.8 * w), SERIES);
        assertTrue(tenth - one > 60, "a decade should be tall: rows " + one + ", " + tenth + ", " + hundredth);
        assertEquals(tenth - one, hundredth - tenth, 1.5, "rows " + one + ", " + tenth + ", " + hundredth);
    }

    @Test
    void onALinearAxisTheDropFromOneToATenthIsTenTimesTheNext() throws IOException {
        BufferedImage img = Pixels.throughPng(new FigureRenderer(2).renderCostChart(steps(false)), dir, "lin.png");
        int w = img.getWidth();
        double one = rowOf(img, (int) (0.2 * w), SERIES);
        double tenth = rowOf(img, (int) (0.5 * w), SERIES);
        double hundredth = rowOf(img, (int) (0.8 * w), SERIES);
        double ratio = (tenth - one) / (hundredth - tenth);
        assertEquals(10, ratio, 1.2, "rows " + one + ", " + tenth + ", " + hundredth);
    }

    @Test
    void referenceCostIsADashedLineAtItsHeight() {
        long[] epochs = {0, 100, 200};
        double[] costs = {0.8, 0.4, 0.1};
        BufferedImage img = new FigureRenderer(1).renderCostChart(
                new CostChartSpec("t", epochs, costs, 3, 0.6, "network", "logistic", false));
        // Scan the rows of the plot for the one with the most reference-coloured pixels: it is dashed.
        int bestRow = -1;
        int bestCount = 0;
        for (int y = 40; y < img.getHeight() - 40; y++) {
            int count = 0;
            for (int x = 0; x < img.getWidth(); x++) {
                if (Pixels.distance(img.getRGB(x, y), REFERENCE) < 30) {
                    count++;
                }
            }
            if (count > bestCount) {
                bestCount = count;
                bestRow = y;
            }
        }
        int runs = 0;
        boolean inRun = false;
        for (int x = 0; x < img.getWidth(); x++) {
            boolean on = Pixels.distance(img.getRGB(x, bestRow), REFERENCE) < 30;
            if (on && !inRun) {
                runs++;
            }
            inRun = on;
        }
        assertTrue(runs > 30, "dashes on row " + bestRow + ": " + runs);
        // The series starts at 0.8 and passes 0.6 between epochs 0 and 100: the dashed row lies between its ends.
        double start = rowOf(img, 70, SERIES);
        assertTrue(bestRow > start, "0.6 is below 0.8: row " + bestRow + " vs " + start);
    }

    @Test
    void nonFiniteAndNonPositiveCostsAreSkippedWithoutThrowing() {
        long[] epochs = new long[40];
        double[] costs = new double[40];
        for (int i = 0; i < 40; i++) {
            epochs[i] = 10 * i;
            costs[i] = 0.7 * Math.exp(-i / 10.0);
        }
        costs[3] = Double.NaN;
        costs[7] = Double.POSITIVE_INFINITY;
        costs[11] = Double.NEGATIVE_INFINITY;
        costs[15] = 0;
        costs[16] = -0.2;
        costs[39] = Double.MAX_VALUE;
        costs[20] = Double.MIN_VALUE;
        FigureRenderer r = new FigureRenderer(1);
        for (boolean log : new boolean[] {false, true}) {
            for (double ref : new double[] {Double.NaN, Double.POSITIVE_INFINITY, 0, 0.69}) {
                BufferedImage img = assertDoesNotThrow(() -> r.renderCostChart(
                        new CostChartSpec("t", epochs, costs, 40, ref, "n", "l", log)));
                assertTrue(countSeries(img) > 50, "the finite costs are drawn (log " + log + ", ref " + ref + ")");
            }
        }
        double[] none = {Double.NaN, Double.NaN};
        assertDoesNotThrow(() -> r.renderCostChart(new CostChartSpec("t", new long[] {0, 1}, none, 2, Double.NaN,
                "n", "l", true)));
        assertDoesNotThrow(() -> r.renderCostChart(new CostChartSpec("t", new long[0], new double[0], 0, 0.5,
                "n", "l", false)));
    }

    private static int countSeries(BufferedImage img) {
        int n = 0;
        for (int y = 30; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (Pixels.distance(img.getRGB(x, y), SERIES) < 40) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void lengthMustFitTheArrays() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CostChartSpec("t", new long[3], new double[2], 3, 0, "n", "l", false));
        assertTrue(e.getMessage().contains("length 3"), e.getMessage());
    }
}
