package dev.boundarylab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.Classifier;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A panel of three classes, pixel by pixel: each place in its most probable class's Okabe–Ito colour laid over white
 * by how sure the model is there, dark lines where the most probable class changes, points in their class colours,
 * and the key naming the classes.
 */
class ClassPanelRendererTest {
    private static final Viewport VIEW = new Viewport(-3, 3, -3, 3);
    /** Orange, blue, bluish green: Okabe and Ito's first three, written out here rather than read from the code. */
    private static final int[] COLOURS = {0xE69F00, 0x0072B2, 0x009E73};
    /** Three points, one of each class, at places no probe below looks at. */
    private static final Dataset DATA = new Dataset(
            "three", new double[] {-2.2, 2.2, -1.0}, new double[] {-2.5, -1.0, 2.2}, new int[] {0, 1, 2}, 3);

    /**
     * Three classes with logits (0, x1, x2): class 0 leads where x1 and x2 are negative, class 1 where x1 leads
     * both, class 2 where x2 does; the boundaries are x1 = 0 below the origin, x2 = 0 left of it, x1 = x2 above.
     */
    static final Classifier THREE = new Classifier() {
        @Override
        public int classes() {
            return 3;
        }

        @Override
        public void classLogits(double[] x1, double[] x2, int n, double[] out) {
            for (int i = 0; i < n; i++) {
                out[3 * i] = 0;
                out[3 * i + 1] = x1[i];
                out[3 * i + 2] = x2[i];
            }
        }

        @Override
        public void logits(double[] x1, double[] x2, int n, double[] out) {
            throw new UnsupportedOperationException("three classes have no single logit");
        }
    };

    /** The softmax of (0, x1, x2), worked out here. */
    private static double[] probabilities(double x1, double x2) {
        double m = Math.max(0, Math.max(x1, x2));
        double[] e = {Math.exp(-m), Math.exp(x1 - m), Math.exp(x2 - m)};
        double s = e[0] + e[1] + e[2];
        return new double[] {e[0] / s, e[1] / s, e[2] / s};
    }

    /** Colour c over white at opacity 0.6 (p - 1/3) / (2/3), channel by channel. */
    private static int pale(int c, double p) {
        double a = 0.6 * Math.max(0, Math.min(1, (p - 1.0 / 3) / (2.0 / 3)));
        int r = (int) Math.round(255 + a * ((c >> 16 & 0xFF) - 255));
        int g = (int) Math.round(255 + a * ((c >> 8 & 0xFF) - 255));
        int b = (int) Math.round(255 + a * ((c & 0xFF) - 255));
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    private static double x1At(Rectangle2D plot, double px) {
        return VIEW.x1Min() + (px - plot.getMinX()) / plot.getWidth() * VIEW.width();
    }

    private static double x2At(Rectangle2D plot, double py) {
        return VIEW.x2Max() - (py - plot.getMinY()) / plot.getHeight() * VIEW.height();
    }

    private static int px(Rectangle2D plot, double x1) {
        return (int) Math.floor(plot.getMinX() + (x1 - VIEW.x1Min()) / VIEW.width() * plot.getWidth());
    }

    private static int py(Rectangle2D plot, double x2) {
        return (int) Math.floor(plot.getMinY() + (VIEW.x2Max() - x2) / VIEW.height() * plot.getHeight());
    }

    @Test
    void everyPlaceHasItsMostProbableClassesColourPaleByHowSureTheModelIs() {
        FigureRenderer r = new FigureRenderer(1);
        BufferedImage img = r.renderBoundaryPanel(new PanelSpec(THREE, DATA, VIEW, "three classes"));
        Rectangle2D plot = r.panelRenderer().lastPlotArea();
        int checked = 0;
        int[] seen = new int[3];
        for (int y = (int) plot.getMinY() + 2; y < plot.getMaxY() - 2; y += 3) {
            for (int x = (int) plot.getMinX() + 2; x < plot.getMaxX() - 2; x += 3) {
                double x1 = x1At(plot, x + 0.5);
                double x2 = x2At(plot, y + 0.5);
                double[] p = probabilities(x1, x2);
                int best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
                double near = Math.min(
                        Math.min(x2 < 0 ? Math.abs(x1) : 9, x1 < 0 ? Math.abs(x2) : 9),
                        x1 > 0 || x2 > 0 ? Math.abs(x1 - x2) / Math.sqrt(2) : 9);
                boolean onGrid = Math.abs(x1 - Math.rint(x1)) < 0.04 || Math.abs(x2 - Math.rint(x2)) < 0.04;
                boolean nearPoint = false;
                for (int i = 0; i < DATA.size(); i++) {
                    nearPoint |= Math.hypot(DATA.x1(i) - x1, DATA.x2(i) - x2) < 0.2;
                }
                if (near < 0.08 || onGrid || nearPoint) {
                    continue; // the boundary lines, the grid lines, the points
                }
                int expected = pale(COLOURS[best], p[best]);
                assertTrue(
                        Pixels.distance(img.getRGB(x, y), expected) <= 1,
                        "pixel " + x + ", " + y + " at (" + x1 + ", " + x2 + "), class " + best + " p " + p[best] + ": "
                                + Pixels.describe(img.getRGB(x, y)) + " vs " + Pixels.describe(expected));
                seen[best]++;
                checked++;
            }
        }
        assertTrue(checked > 10000, "pixels checked: " + checked);
        for (int k = 0; k < 3; k++) {
            assertTrue(seen[k] > 1000, "class " + k + " coloured at " + seen[k] + " probes");
        }
        // Far into class 1's region the model is sure: nearly the full 0.6 of blue over white.
        int sure = img.getRGB(px(plot, 2.8), py(plot, -2.8));
        double[] p = probabilities(2.8, -2.8);
        assertTrue(p[1] > 0.9, "p " + p[1]);
        assertEquals(pale(0x0072B2, p[1]) & 0xFFFFFF, sure & 0xFFFFFF, Pixels.describe(sure));
    }

    @Test
    void theBoundariesAreDarkLinesWhereTheMostProbableClassChanges() {
        FigureRenderer r = new FigureRenderer(1);
        BufferedImage img = r.renderBoundaryPanel(new PanelSpec(THREE, DATA, VIEW, "three classes"));
        Rectangle2D plot = r.panelRenderer().lastPlotArea();
        // On each of the three boundaries, away from the grid lines: a dark pixel, with pale field a few pixels off.
        double[][] on = {{0, -1.5}, {-1.5, 0}, {1.5, 1.5}, {0, -2.5}, {-0.6, 0}};
        for (double[] q : on) {
            int x = px(plot, q[0]);
            int y = py(plot, q[1]);
            double darkest = 255;
            for (int d = -1; d <= 1; d++) {
                darkest = Math.min(darkest, Pixels.luma(q[0] == 0 ? img.getRGB(x + d, y) : img.getRGB(x, y + d)));
            }
            assertTrue(darkest < 90, "boundary at " + q[0] + ", " + q[1] + ": darkest " + darkest);
            int off = q[0] == 0 ? img.getRGB(x + 8, y) : img.getRGB(x, y + 8);
            assertTrue(Pixels.luma(off) > 150, "beside the boundary: " + Pixels.describe(off));
        }
        // Inside a region, no line: the middle of class 1's region has no dark pixel in a 9 x 9 box.
        int cx = px(plot, 2.2);
        int cy = py(plot, -2.2);
        for (int dy = -4; dy <= 4; dy++) {
            for (int dx = -4; dx <= 4; dx++) {
                assertTrue(Pixels.luma(img.getRGB(cx + dx, cy + dy)) > 150, "no line inside a region");
            }
        }
    }

    @Test
    void pointsAreDrawnInTheirClassColours() {
        FigureRenderer r = new FigureRenderer(2);
        BufferedImage img = r.renderBoundaryPanel(new PanelSpec(THREE, DATA, VIEW, "three classes"));
        Rectangle2D plot = r.panelRenderer().lastPlotArea();
        for (int i = 0; i < DATA.size(); i++) {
            // The plot area is in base units; the image is at scale 2.
            int x = (int) Math.floor(2 * (plot.getMinX() + (DATA.x1(i) + 3) / 6 * plot.getWidth()));
            int y = (int) Math.floor(2 * (plot.getMinY() + (3 - DATA.x2(i)) / 6 * plot.getHeight()));
            int c = img.getRGB(x, y);
            assertTrue(
                    Pixels.distance(c, COLOURS[DATA.label(i)]) <= 3,
                    "point " + i + " of class " + DATA.label(i) + ": " + Pixels.describe(c));
        }
    }

    @Test
    void aBinaryModelOnThreeClassDataKeepsItsRampAndColoursThePointsByClass() {
        Classifier ramp = Classifier.of((x1, x2) -> x1);
        FigureRenderer r = new FigureRenderer(2);
        BufferedImage img = r.renderBoundaryPanel(new PanelSpec(ramp, DATA, VIEW, "a hidden unit"));
        Rectangle2D plot = r.panelRenderer().lastPlotArea();
        int x = (int) Math.floor(2 * (plot.getMinX() + (DATA.x1(2) + 3) / 6 * plot.getWidth()));
        int y = (int) Math.floor(2 * (plot.getMinY() + (3 - DATA.x2(2)) / 6 * plot.getHeight()));
        assertTrue(Pixels.distance(img.getRGB(x, y), COLOURS[2]) <= 3, Pixels.describe(img.getRGB(x, y)));
        // Away from the points and grid lines, the field is the binary ramp of the unit's logit x1.
        int fx = (int) Math.floor(2 * (plot.getMinX() + 0.4 / 6 * plot.getWidth()));
        int fy = (int) Math.floor(2 * (plot.getMinY() + 0.3 * plot.getHeight()));
        double x1 = x1At(plot, (fx + 0.5) / 2);
        int field = img.getRGB(fx, fy);
        int expected = ColorMap.DEFAULT.argb(1 / (1 + Math.exp(-x1)));
        assertTrue(Pixels.distance(field, expected) <= 3, Pixels.describe(field) + " vs " + Pixels.describe(expected));
    }

    @Test
    void theKeyShowsEveryClassColourInOrderAndTheClassesNames() {
        FigureRenderer r = new FigureRenderer(1);
        BufferedImage key = new BufferedImage(920, FigureRenderer.LEGEND_HEIGHT, BufferedImage.TYPE_INT_ARGB);
        r.renderLegend(key, List.of("setosa", "versicolor", "virginica"));
        int y = FigureRenderer.LEGEND_HEIGHT / 2;
        int[] first = {-1, -1, -1};
        for (int x = 0; x < key.getWidth(); x++) {
            for (int k = 0; k < 3; k++) {
                if (first[k] < 0 && Pixels.distance(key.getRGB(x, y), COLOURS[k]) <= 2) {
                    first[k] = x;
                }
            }
        }
        assertTrue(first[0] >= 0 && first[0] < first[1] && first[1] < first[2], java.util.Arrays.toString(first));
        assertEquals(
                List.of("setosa", "versicolor", "virginica"),
                ClassLegend.words(List.of("setosa", "versicolor", "virginica")));
        assertEquals(List.of("class 0", "class 1", "class 2", "class 3"), ClassLegend.words(Dataset.defaultNames(4)));
    }
}
