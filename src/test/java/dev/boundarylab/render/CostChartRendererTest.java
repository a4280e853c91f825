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
        BufferedImage img = new FigureRenderer(1)
                .renderCostChart(new CostChartSpec("t", epochs, costs, 3, 0.6, "network", "logistic", false));
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
                BufferedImage img = assertDoesNotThrow(
                        () -> r.renderCostChart(new CostChartSpec("t", epochs, costs, 40, ref, "n", "l", log)));
                assertTrue(countSeries(img) > 50, "the finite costs are drawn (log " + log + ", ref " + ref + ")");
            }
        }
        double[] none = {Double.NaN, Double.NaN};
        assertDoesNotThrow(() ->
                r.renderCostChart(new CostChartSpec("t", new long[] {0, 1}, none, 2, Double.NaN, "n", "l", true)));
        assertDoesNotThrow(
                () -> r.renderCostChart(new CostChartSpec("t", new long[0], new double[0], 0, 0.5, "n", "l", false)));
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

    /** The chart drawn by one renderer at 920 x 290, with or without leaving points out. */
    private static BufferedImage chart(CostChartSpec spec, boolean decimate) {
        BufferedImage img = new BufferedImage(920, 290, BufferedImage.TYPE_INT_ARGB_PRE);
        java.awt.Graphics2D g = img.createGraphics();
        try {
            new CostChartRenderer(decimate).draw(g, 0, 0, 920, 290, spec);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Topmost and bottommost row of series-coloured pixels in each column below the legend, -1 where none. */
    private static int[][] extent(BufferedImage img) {
        int[][] e = new int[2][img.getWidth()];
        for (int x = 0; x < img.getWidth(); x++) {
            e[0][x] = -1;
            e[1][x] = -1;
            for (int y = 30; y < img.getHeight(); y++) {
                if (Pixels.distance(img.getRGB(x, y), SERIES) < 60) {
                    if (e[0][x] < 0) {
                        e[0][x] = y;
                    }
                    e[1][x] = y;
                }
            }
        }
        return e;
    }

    /**
     * The topmost (end 0) or bottommost (end 1) row of the line over columns x - 2 to x + 2, -1 where none. The
     * thinned line joins a column's kept points straight, so a steep drop may lean by up to a pixel into the next
     * column, and a stroke 2.2 pixels wide shares its edges between columns: the extremes of a few columns match.
     */
    private static int around(int[][] extent, int end, int x) {
        int best = -1;
        for (int k = Math.max(0, x - 2); k <= Math.min(extent[end].length - 1, x + 2); k++) {
            int row = extent[end][k];
            if (row >= 0 && (best < 0 || (end == 0 ? row < best : row > best))) {
                best = row;
            }
        }
        return best;
    }

    /** How many rows apart the extremes of two drawings are around column x. */
    private static int apart(int[][] a, int[][] b, int end, int x) {
        int ra = around(a, end, x);
        int rb = around(b, end, x);
        return ra < 0 || rb < 0 ? Integer.MAX_VALUE : Math.abs(ra - rb);
    }

    @Test
    void leavingOutPointsDrawsTheSameExtremesInEveryColumn() {
        // 20000 points on about 850 pixel columns: a smooth fall, a noisy stretch, single-point spikes and a break.
        int n = 20000;
        long[] epochs = new long[n];
        double[] costs = new double[n];
        java.util.Random rng = new java.util.Random(3);
        for (int i = 0; i < n; i++) {
            epochs[i] = 5L * i;
            costs[i] = 0.6 * Math.exp(-i / 3000.0) + 0.05;
            if (i > 9000 && i < 14000) {
                costs[i] += 0.15 * rng.nextDouble();
            }
            if (i % 1777 == 0) {
                costs[i] += 0.3;
            }
        }
        costs[15000] = Double.NaN;
        for (boolean log : new boolean[] {false, true}) {
            CostChartSpec spec = new CostChartSpec("t", epochs, costs, n, 0.5, "network", "logistic", log);
            int[][] all = extent(chart(spec, false));
            int[][] kept = extent(chart(spec, true));
            int columns = 0;
            int astray = 0;
            for (int x = 1; x + 1 < 920; x++) {
                if (all[0][x] < 0 && kept[0][x] < 0) {
                    continue;
                }
                columns++;
                // The top and bottom of the line around each column: none invented, none lost. The thinned line
                // reaches a lone spike from the first point of the spike's column, so the spike's flanks lean by up
                // to a pixel and a column beside it can see the spike in one drawing and not in the other; and
                // where one sample pokes out of a dense noisy band, the faint drip it draws can end a row or two
                // apart. Such columns are few: at most 14 of the 1,700 or so checks of one drawing here.
                for (int end = 0; end < 2; end++) {
                    astray += apart(kept, all, end, x) > 1 ? 1 : 0;
                }
            }
            assertTrue(columns > 800, "columns with the line: " + columns);
            assertTrue(astray <= columns / 40, astray + " of " + columns + " columns more than a pixel astray");
            // The spikes, lone points far above their neighbours, reach the same row: all but the first, at the
            // left edge, which has no neighbour to stand out from.
            int[] spikeTops = spikeTops(all[0]);
            assertEquals(11, spikeTops.length, "spikes drawn with every point (log " + log + ")");
            for (int x : spikeTops) {
                assertTrue(
                        apart(kept, all, 0, x) <= 1,
                        "spike at column " + x + " reaches row " + all[0][x] + " with every point, " + kept[0][x]
                                + " drawn (log " + log + ")");
            }
        }
    }

    /** The columns where the line's top is at least 10 rows above both columns 3 to either side. */
    private static int[] spikeTops(int[] top) {
        java.util.List<Integer> found = new java.util.ArrayList<>();
        for (int x = 3; x + 3 < top.length; x++) {
            if (top[x] >= 0
                    && top[x - 3] >= 0
                    && top[x + 3] >= 0
                    && top[x] + 10 <= top[x - 3]
                    && top[x] + 10 <= top[x + 3]
                    && (found.isEmpty() || found.get(found.size() - 1) < x - 3)) {
                found.add(x);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void aStraightRunOfThousandsOfPointsLooksTheSameWithTwoOfThem() {
        long[] epochs = new long[5000];
        double[] costs = new double[5000];
        for (int i = 0; i < 5000; i++) {
            epochs[i] = i;
            costs[i] = 0.7 - 0.6 * i / 4999.0;
        }
        CostChartSpec many = new CostChartSpec("t", epochs, costs, 5000, Double.NaN, "n", "l", false);
        CostChartSpec two =
                new CostChartSpec("t", new long[] {0, 4999}, new double[] {0.7, 0.1}, 2, Double.NaN, "n", "l", false);
        BufferedImage a = chart(many, true);
        BufferedImage b = chart(two, false);
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                assertTrue(
                        Pixels.distance(a.getRGB(x, y), b.getRGB(x, y)) <= 8,
                        "pixel " + x + ", " + y + ": " + Pixels.describe(a.getRGB(x, y)) + " vs "
                                + Pixels.describe(b.getRGB(x, y)));
            }
        }
    }

    @Test
    void aRendererReusedForOtherChartsDrawsEachAsANewOneWould() {
        CostChartSpec[] specs = {
            steps(true),
            steps(false),
            CostChartSpec.of(new long[] {0, 10, 20}, new double[] {0.7, 0.5, 0.3}, 0.6, false),
            new CostChartSpec(
                    "Another, longer title",
                    new long[] {0, 1},
                    new double[] {2e-5, 3e-3},
                    2,
                    Double.NaN,
                    "a",
                    "b",
                    true),
            steps(true)
        };
        FigureRenderer reused = new FigureRenderer(1);
        for (CostChartSpec spec : specs) {
            BufferedImage a = reused.renderCostChart(spec);
            BufferedImage b = new FigureRenderer(1).renderCostChart(spec);
            for (int y = 0; y < a.getHeight(); y++) {
                for (int x = 0; x < a.getWidth(); x++) {
                    assertEquals(b.getRGB(x, y), a.getRGB(x, y), spec.title() + ": pixel " + x + ", " + y);
                }
            }
        }
    }

    @Test
    void lengthMustFitTheArrays() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new CostChartSpec("t", new long[3], new double[2], 3, 0, "n", "l", false));
        assertTrue(e.getMessage().contains("length 3"), e.getMessage());
    }

    @Test
    void jumpsAreMarkedAtTheTopOfThePlotOverTheirEpochs() {
        BufferedImage plain = new FigureRenderer(1).renderCostChart(steps(false));
        BufferedImage marked =
                new FigureRenderer(1).renderCostChart(steps(false).withMarks(new long[] {150}));
        int jump = CostChartRenderer.JUMP.getRGB();
        // Where the epochs of the chart fall: the step from cost 1 to 0.1 at epoch 100 is a column of the line.
        java.util.List<Integer> columns = new java.util.ArrayList<>();
        for (int x = 0; x < marked.getWidth(); x++) {
            for (int y = 0; y < marked.getHeight(); y++) {
                if (marked.getRGB(x, y) == jump) {
                    columns.add(x);
                    break;
                }
            }
            for (int y = 0; y < plain.getHeight(); y++) {
                assertTrue(plain.getRGB(x, y) != jump, "no mark without jumps, at " + x + ", " + y);
            }
        }
        assertTrue(!columns.isEmpty(), "the mark is drawn");
        double centre = columns.stream().mapToInt(Integer::intValue).average().orElseThrow();
        double x100 = stepColumn(marked);
        double x299 = lastSeriesColumn(marked);
        double expected = x100 + (x299 - x100) * 50.0 / 199.0;
        assertEquals(expected, centre, 4, "the mark stands over epoch 150 (step at " + x100 + ", end " + x299 + ")");
        assertTrue(columns.size() <= 12, "one small mark, " + columns.size() + " columns wide");
    }

    @Test
    void dataChangesAreDottedLinesAcrossThePlotAtTheirEpochs() {
        BufferedImage plain = new FigureRenderer(1).renderCostChart(steps(false));
        BufferedImage marked =
                new FigureRenderer(1).renderCostChart(steps(false).withDataMarks(new long[] {150}));
        // Every pixel the mark changes, by column and row.
        int minX = Integer.MAX_VALUE;
        int maxX = -1;
        int minY = Integer.MAX_VALUE;
        int maxY = -1;
        java.util.Set<Integer> rows = new java.util.HashSet<>();
        for (int x = 0; x < marked.getWidth(); x++) {
            for (int y = 0; y < marked.getHeight(); y++) {
                if (marked.getRGB(x, y) != plain.getRGB(x, y)) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                    rows.add(y);
                }
            }
        }
        assertTrue(maxX >= 0, "the mark is drawn");
        double x100 = stepColumn(marked);
        double x299 = lastSeriesColumn(marked);
        double expected = x100 + (x299 - x100) * 50.0 / 199.0;
        assertEquals(expected, (minX + maxX) / 2.0, 2, "the line stands at epoch 150");
        assertTrue(maxX - minX <= 3, "a thin line, " + (maxX - minX + 1) + " columns");
        assertTrue(maxY - minY > 0.5 * marked.getHeight(), "across the plot: rows " + minY + " to " + maxY);
        assertTrue(rows.size() < 0.8 * (maxY - minY + 1), "dotted: " + rows.size() + " of " + (maxY - minY + 1));
        // Its colour, blended with the white where the line falls between two columns, is the data change's violet.
        int hue = CostChartRenderer.DATA_CHANGE.getRGB();
        boolean seen = false;
        for (int x = minX; x <= maxX && !seen; x++) {
            for (int y = minY; y <= maxY && !seen; y++) {
                seen = near(marked.getRGB(x, y), hue);
            }
        }
        assertTrue(seen, "drawn in DATA_CHANGE");
    }

    /** Whether {@code a} is {@code b}, a violet, blended with white: blue above red above green, as in b. */
    private static boolean near(int a, int b) {
        int r = (a >> 16) & 0xFF;
        int g = (a >> 8) & 0xFF;
        int bl = a & 0xFF;
        return bl > r + 10 && r > g + 10 && ((b & 0xFF) > ((b >> 16) & 0xFF));
    }

    /** The rightmost column of the line (epoch 299), left of the newest value's marker. */
    private static double lastSeriesColumn(BufferedImage img) {
        int series = CostChartRenderer.SERIES.getRGB();
        for (int x = img.getWidth() - 1; x >= 0; x--) {
            for (int y = img.getHeight() / 2; y < img.getHeight(); y++) {
                if (img.getRGB(x, y) == series) {
                    return x;
                }
            }
        }
        return Double.NaN;
    }

    /** The column where the line drops from cost 1 to 0.1: the leftmost column with series pixels low down. */
    private static double stepColumn(BufferedImage img) {
        int series = CostChartRenderer.SERIES.getRGB();
        for (int x = 0; x < img.getWidth(); x++) {
            for (int y = img.getHeight() / 2; y < img.getHeight(); y++) {
                if (img.getRGB(x, y) == series) {
                    return x;
                }
            }
        }
        return Double.NaN;
    }
}
