package dev.boundarylab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.Classifier;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The colour field of a panel drawn from a coarse grid, and the grid lines over it, pixel by pixel. */
class BoundaryPanelRendererTest {
    private static final Viewport VIEW = new Viewport(-3, 3, -3, 3);
    /** Four points in the corners, away from every probe below. */
    private static final Dataset DATA = new Dataset(
            "corners", new double[] {-2.6, -2.6, 2.6, 2.6}, new double[] {-2.6, 2.6, -2.6, 2.6}, new int[] {0, 0, 1, 1
            });

    /** A model whose probability (not its logit) is the given linear function, so interpolation is exact. */
    private static Classifier linear(double p0, double a, double b) {
        return Classifier.of((x1, x2) -> {
            double p = p0 + a * x1 + b * x2;
            return Math.log(p / (1 - p));
        });
    }

    private static double x1At(Rectangle2D plot, double px) {
        return VIEW.x1Min() + (px - plot.getMinX()) / plot.getWidth() * VIEW.width();
    }

    private static double x2At(Rectangle2D plot, double py) {
        return VIEW.x2Max() - (py - plot.getMinY()) / plot.getHeight() * VIEW.height();
    }

    private static boolean nearATick(double v) {
        return Math.abs(v - Math.rint(v)) < 0.04;
    }

    @Test
    void aCappedFieldIsTheGridInterpolatedBetweenCellCentresAndColoured() {
        Classifier model = linear(0.5, 0.1, -0.06);
        FigureRenderer r = new FigureRenderer(1);
        r.panelRenderer().setMaxSurfaceResolution(40);
        BufferedImage img = r.renderBoundaryPanel(new PanelSpec(model, DATA, VIEW, "linear"));
        Rectangle2D plot = r.panelRenderer().lastPlotArea();
        int cells = 40;
        assertTrue(plot.getWidth() > 4 * cells, "the grid is much coarser than the plot: " + plot);
        // The outermost cell centres; beyond them the edge cells are extended.
        double first = -3 + 0.5 * 6 / cells;
        double last = 3 - 0.5 * 6 / cells;
        int checked = 0;
        for (int y = (int) plot.getMinY() + 1; y < plot.getMaxY() - 1; y += 3) {
            for (int x = (int) plot.getMinX() + 1; x < plot.getMaxX() - 1; x += 3) {
                double x1 = x1At(plot, x + 0.5);
                double x2 = x2At(plot, y + 0.5);
                double p = model.probability(Math.max(first, Math.min(last, x1)), Math.max(first, Math.min(last, x2)));
                if (nearATick(x1)
                        || nearATick(x2)
                        || Math.abs(p - 0.5) < 0.03
                        || Math.abs(x1) > 2.3 && Math.abs(x2) > 2.3) {
                    continue; // grid lines, the boundary line, the points
                }
                int expected = ColorMap.DEFAULT.argb(p);
                assertTrue(
                        Pixels.distance(img.getRGB(x, y), expected) <= 2,
                        "pixel " + x + ", " + y + " at ("
                                + x1 + ", " + x2 + "): " + Pixels.describe(img.getRGB(x, y)) + " vs "
                                + Pixels.describe(expected));
                checked++;
            }
        }
        assertTrue(checked > 10000, "pixels checked: " + checked);
    }

    @Test
    void whereTheModelIsUndefinedTheCappedFieldIsGrey() {
        Classifier model = Classifier.of((x1, x2) -> x1 > 1 ? Double.NaN : x1 - x2);
        FigureRenderer r = new FigureRenderer(1);
        r.panelRenderer().setMaxSurfaceResolution(40);
        BufferedImage img = r.renderBoundaryPanel(new PanelSpec(model, DATA, VIEW, "half undefined"));
        Rectangle2D plot = r.panelRenderer().lastPlotArea();
        int grey = ColorMap.DEFAULT.undefined();
        for (int y = (int) plot.getMinY() + 2; y < plot.getMaxY() - 2; y += 5) {
            double x2 = x2At(plot, y + 0.5);
            for (int x = (int) plot.getMinX() + 2; x < plot.getMaxX() - 2; x += 5) {
                double x1 = x1At(plot, x + 0.5);
                if (nearATick(x1) || nearATick(x2) || Math.abs(x1) > 2.3 && Math.abs(x2) > 2.3) {
                    continue;
                }
                int argb = img.getRGB(x, y);
                if (x1 > 1.3) {
                    assertEquals(grey & 0xFFFFFF, argb & 0xFFFFFF, "undefined at (" + x1 + ", " + x2 + ")");
                } else if (x1 < 0.7 && Math.abs(x1 - x2) > 0.3) {
                    assertTrue(
                            Pixels.distance(argb, grey) > 20,
                            "defined at (" + x1 + ", " + x2 + "): " + Pixels.describe(argb));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void gridLinesAreFaintWhiteLinesAtTheTicksAsWideAsTheScale(int scale) {
        // A uniform field, so that every pixel of the row that differs from it belongs to a vertical grid line.
        Classifier flat = linear(0.25, 0, 0);
        FigureRenderer r = new FigureRenderer(scale);
        BufferedImage img = r.renderBoundaryPanel(new PanelSpec(flat, DATA, VIEW, "flat"));
        Rectangle2D plot = r.panelRenderer().lastPlotArea();
        int field = ColorMap.DEFAULT.argb(0.25);
        // The field lightened towards white at an opacity of 90 / 255.
        int[] lit = new int[3];
        for (int k = 0; k < 3; k++) {
            int c = (field >> (8 * k)) & 0xFF;
            lit[k] = c + (255 - c) * 90 / 255;
        }
        int lightened = 0xFF000000 | lit[2] << 16 | lit[1] << 8 | lit[0];
        // A row at x2 = 0.5, between the horizontal grid lines, away from the points; inside the frame.
        int y = (int) Math.floor((plot.getMinY() + 2.5 / 6 * plot.getHeight()) * scale);
        int from = (int) Math.ceil(plot.getMinX() * scale) + scale;
        int to = (int) Math.floor(plot.getMaxX() * scale) - scale;
        int lines = 0;
        for (int x = from; x < to; x++) {
            int argb = img.getRGB(x, y);
            if (Pixels.distance(argb, field) <= 1) {
                continue;
            }
            assertTrue(Pixels.distance(argb, lightened) <= 2, "grid line pixel " + x + ": " + Pixels.describe(argb));
            double x1 = x1At(plot, (x + 0.5) / scale);
            assertTrue(Math.abs(x1 - Math.rint(x1)) < 1.5 / plot.getWidth() * 6, "at a tick: x1 = " + x1);
            lines++;
        }
        // Five interior lines, at x1 = -2 ... 2, each as many pixels wide as the scale.
        assertEquals(5 * scale, lines, "grid line pixels at scale " + scale);
    }

    @Test
    void aZeroLineIsDrawnWhereItsEquationHolds() {
        // x1 - 1 = 0: a vertical line at x1 = 1, in the first line colour, nowhere else.
        PanelSpec spec = new PanelSpec(Classifier.of((x1, x2) -> x2), DATA, VIEW, "line")
                .withLines(java.util.List.of(new double[] {1, 0, -1}));
        FigureRenderer r = new FigureRenderer(1);
        java.awt.image.BufferedImage img = r.renderBoundaryPanel(spec);
        Rectangle2D plot = BoundaryPanelRenderer.plotArea(0, 0, img.getWidth(), img.getHeight(), VIEW);
        int colour = BoundaryPanelRenderer.lineColor(0).getRGB();
        double expectedX = plot.getMinX() + (1 - VIEW.x1Min()) / VIEW.width() * plot.getWidth();
        double sum = 0;
        int n = 0;
        for (int y = (int) plot.getMinY(); y < plot.getMaxY(); y++) {
            for (int x = (int) plot.getMinX(); x < plot.getMaxX(); x++) {
                if (img.getRGB(x, y) == colour) {
                    sum += x + 0.5;
                    n++;
                }
            }
        }
        assertTrue(n > 50, "the dashed line's pixels: " + n);
        assertEquals(expectedX, sum / n, 1.0, "the line stands at x1 = 1");
    }
}
