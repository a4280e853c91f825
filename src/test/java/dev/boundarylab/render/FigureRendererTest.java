package dev.boundarylab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.Classifier;
import dev.boundarylab.model.Parameters;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FigureRendererTest {
    private static final Viewport VIEW = new Viewport(-3, 3, -3, 3);
    /** Four points far from every probe below. */
    private static final Dataset DATA = new Dataset(
            "corners", new double[] {-2.6, -2.6, 2.6, 2.6}, new double[] {-2.6, 2.6, -2.6, 2.6}, new int[] {0, 0, 1, 1
            });
    /** Probability about 1 on the right half (x1 > 0), about 0 on the left: logit = 10 x1. */
    private static final Classifier RIGHT_IS_ONE = Classifier.of((x1, x2) -> 10 * x1);
    /** The same as a network: logit = 12 tanh(3 x1), through the fast path. */
    private static final Parameters RIGHT_IS_ONE_NET =
            new Parameters(new double[][] {{3, 0}}, new double[] {0}, new double[] {12}, 0);
    /** Probability about 1 on the top half (x2 > 0). */
    private static final Classifier TOP_IS_ONE = Classifier.of((x1, x2) -> 10 * x2);

    @TempDir
    Path dir;

    /** The pixel at (x1, x2) of a panel drawn at (offsetX, 0) with the standard panel size and this scale. */
    private static int pixel(BufferedImage img, double scale, double offsetX, double x1, double x2) {
        Rectangle2D plot = BoundaryPanelRenderer.plotArea(
                offsetX, 0, FigureRenderer.PANEL_WIDTH, FigureRenderer.PANEL_HEIGHT, VIEW);
        double ux = plot.getMinX() + (x1 - VIEW.x1Min()) / VIEW.width() * plot.getWidth();
        double uy = plot.getMinY() + (VIEW.x2Max() - x2) / VIEW.height() * plot.getHeight();
        return img.getRGB((int) Math.floor(ux * scale), (int) Math.floor(uy * scale));
    }

    private static void assertClassOneHue(int argb, String where) {
        float[] hsb = Pixels.hsb(argb);
        assertTrue(hsb[0] > 195 && hsb[0] < 220 && hsb[1] > 0.3, where + " should be blue: " + Pixels.describe(argb));
    }

    private static void assertClassZeroHue(int argb, String where) {
        float[] hsb = Pixels.hsb(argb);
        assertTrue(hsb[0] > 15 && hsb[0] < 40 && hsb[1] > 0.3, where + " should be orange: " + Pixels.describe(argb));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void panelShowsClassOneRightClassZeroLeftAndTheBoundaryAtX1EqualsZero(int scale) throws IOException {
        for (Classifier model : List.of(RIGHT_IS_ONE, RIGHT_IS_ONE_NET)) {
            FigureRenderer r = new FigureRenderer(scale);
            BufferedImage img = Pixels.throughPng(
                    r.renderBoundaryPanel(new PanelSpec(model, DATA, VIEW, "Right is one")),
                    dir,
                    "panel" + scale + ".png");
            assertClassOneHue(pixel(img, scale, 0, 2.3, 0.6), "deep right");
            assertClassOneHue(pixel(img, scale, 0, 1.4, -1.7), "right");
            assertClassZeroHue(pixel(img, scale, 0, -2.3, 0.6), "deep left");
            assertClassZeroHue(pixel(img, scale, 0, -1.4, -1.7), "left");

            // Along the row x2 = 0.6, the darkest pixel of the middle third is the boundary line at x1 = 0.
            Rectangle2D plot = r.panelRenderer().lastPlotArea();
            int y = (int) Math.floor((plot.getMinY() + (3 - 0.6) / 6 * plot.getHeight()) * scale);
            int from = (int) ((plot.getMinX() + plot.getWidth() / 3) * scale);
            int to = (int) ((plot.getMaxX() - plot.getWidth() / 3) * scale);
            int darkest = from;
            for (int x = from; x < to; x++) {
                if (Pixels.luma(img.getRGB(x, y)) < Pixels.luma(img.getRGB(darkest, y))) {
                    darkest = x;
                }
            }
            double expected = (plot.getMinX() + plot.getWidth() / 2) * scale;
            assertEquals(expected, darkest + 0.5, 1.0 * scale, "boundary column at scale " + scale);
            int line = img.getRGB(darkest, y);
            assertTrue(
                    Pixels.distance(line, ColorMap.DEFAULT.boundary()) < 40, "boundary pixel " + Pixels.describe(line));
        }
    }

    @Test
    void boundaryLineWidthGrowsWithTheScale() {
        int[] widths = new int[4];
        for (int scale = 1; scale <= 3; scale += 2) {
            FigureRenderer r = new FigureRenderer(scale);
            BufferedImage img = r.renderBoundaryPanel(new PanelSpec(RIGHT_IS_ONE, DATA, VIEW, "t"));
            Rectangle2D plot = r.panelRenderer().lastPlotArea();
            int y = (int) ((plot.getMinY() + plot.getHeight() * 0.37) * scale);
            for (int x = 0; x < img.getWidth(); x++) {
                if (Pixels.luma(img.getRGB(x, y)) < 110) {
                    widths[scale]++;
                }
            }
        }
        // One line, two or so pixels wide at scale 1 and three times as wide at scale 3.
        assertTrue(widths[1] >= 1 && widths[1] <= 4, "width at scale 1: " + widths[1]);
        double ratio = (double) widths[3] / widths[1];
        assertTrue(ratio > 2.2 && ratio < 3.8, "widths " + widths[1] + " and " + widths[3]);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void everyPictureIsExactlyScaleTimesItsBaseSize(int scale) {
        FigureRenderer r = new FigureRenderer(scale);
        PanelSpec spec = new PanelSpec(RIGHT_IS_ONE, DATA, VIEW, "t");
        CostChartSpec chart = CostChartSpec.of(new long[] {0, 1, 2}, new double[] {0.7, 0.5, 0.4}, 0.69, false);
        assertSize(460 * scale, 470 * scale, r.renderBoundaryPanel(spec));
        assertSize(920 * scale, 470 * scale, r.renderSideBySide(spec, spec));
        assertSize(920 * scale, 290 * scale, r.renderCostChart(chart));
        assertSize(920 * scale, 794 * scale, r.renderFigure(spec, spec, chart));
        assertSize(3 * 250 * scale, 2 * 262 * scale, r.renderGrid(List.of(spec, spec, spec, spec), 3));
        assertEquals(new Dimension(920 * scale, 794 * scale), r.figureSize());
    }

    private static void assertSize(int w, int h, BufferedImage img) {
        assertEquals(w, img.getWidth(), "width");
        assertEquals(h, img.getHeight(), "height");
    }

    @Test
    void sideBySidePanelsDifferWhereTheModelsDisagreeAndMatchWhereTheyAgree() throws IOException {
        FigureRenderer r = new FigureRenderer(2);
        BufferedImage img = Pixels.throughPng(
                r.renderSideBySide(
                        new PanelSpec(RIGHT_IS_ONE, DATA, VIEW, "x1"), new PanelSpec(TOP_IS_ONE, DATA, VIEW, "x2")),
                dir,
                "pair.png");
        double right = FigureRenderer.PANEL_WIDTH;
        // (2.3, -2.3): the left model says class 1, the right model class 0.
        assertClassOneHue(pixel(img, 2, 0, 2.3, -2.3), "left panel at (2.3, -2.3)");
        assertClassZeroHue(pixel(img, 2, right, 2.3, -2.3), "right panel at (2.3, -2.3)");
        // (-2.3, 2.3): the other way round.
        assertClassZeroHue(pixel(img, 2, 0, -2.3, 2.3), "left panel at (-2.3, 2.3)");
        assertClassOneHue(pixel(img, 2, right, -2.3, 2.3), "right panel at (-2.3, 2.3)");
        // Where both say the same, both panels show the same colour.
        for (double[] p : new double[][] {{2.3, 2.3}, {-2.3, -2.3}, {1.7, 1.3}}) {
            int a = pixel(img, 2, 0, p[0], p[1]);
            int b = pixel(img, 2, right, p[0], p[1]);
            assertTrue(
                    Pixels.distance(a, b) <= 3,
                    "at (" + p[0] + ", " + p[1] + "): " + Pixels.describe(a) + " vs " + Pixels.describe(b));
        }
    }

    @Test
    void pointsAreDrawnInTheirClassColourWhereTheyAre() {
        FigureRenderer r = new FigureRenderer(2);
        BufferedImage img = r.renderBoundaryPanel(new PanelSpec(TOP_IS_ONE, DATA, VIEW, "t"));
        for (int i = 0; i < DATA.size(); i++) {
            int argb = pixel(img, 2, 0, DATA.x1(i), DATA.x2(i));
            int expected = ColorMap.DEFAULT.point(DATA.label(i));
            assertTrue(Pixels.distance(argb, expected) < 30, "point " + i + ": " + Pixels.describe(argb));
        }
    }

    @Test
    void drawingIntoAReusedImageGivesTheSamePixelsAsANewOne() {
        FigureRenderer r = new FigureRenderer(1);
        PanelSpec a = new PanelSpec(RIGHT_IS_ONE_NET, DATA, VIEW, "a");
        PanelSpec b = new PanelSpec(TOP_IS_ONE, DATA, VIEW, "b");
        BufferedImage fresh = r.renderSideBySide(a, b);
        BufferedImage reused = new BufferedImage(fresh.getWidth(), fresh.getHeight(), BufferedImage.TYPE_INT_ARGB);
        r.renderSideBySide(b, a, reused);
        assertSame(reused, r.renderSideBySide(a, b, reused));
        for (int y = 0; y < fresh.getHeight(); y += 3) {
            for (int x = 0; x < fresh.getWidth(); x += 3) {
                assertEquals(fresh.getRGB(x, y), reused.getRGB(x, y), "pixel " + x + ", " + y);
            }
        }
    }

    @Test
    void aPanelFillsATargetOfAnySize() {
        FigureRenderer r = new FigureRenderer(1.5);
        BufferedImage target = new BufferedImage(700, 380, BufferedImage.TYPE_INT_ARGB);
        r.renderBoundaryPanel(new PanelSpec(RIGHT_IS_ONE, DATA, VIEW, "wide"), target);
        Rectangle2D plot = r.panelRenderer().lastPlotArea();
        assertEquals(plot.getWidth(), plot.getHeight(), 1e-9, "square plot for a square viewport");
        assertTrue(plot.getMaxY() * 1.5 <= 380 && plot.getMaxX() * 1.5 <= 700, "inside: " + plot);
        int y = (int) ((plot.getMinY() + 0.37 * plot.getHeight()) * 1.5);
        assertClassOneHue(target.getRGB((int) ((plot.getMaxX() - 5) * 1.5), y), "right edge");
        assertClassZeroHue(target.getRGB((int) ((plot.getMinX() + 5) * 1.5), y), "left edge");
        assertEquals(0xFFFFFFFF, target.getRGB(2, 2), "background is opaque white");
    }

    @Test
    void aCappedSurfaceResolutionStillColoursTheRightSides() {
        FigureRenderer r = new FigureRenderer(1);
        r.panelRenderer().setMaxSurfaceResolution(40);
        BufferedImage img = r.renderBoundaryPanel(new PanelSpec(RIGHT_IS_ONE_NET, DATA, VIEW, "t"));
        assertClassOneHue(pixel(img, 1, 0, 2.3, 0.6), "deep right");
        assertClassZeroHue(pixel(img, 1, 0, -2.3, 0.6), "deep left");
        assertThrows(IllegalArgumentException.class, () -> r.panelRenderer().setMaxSurfaceResolution(1));
    }

    @Test
    void gridPlacesEachPanelInItsCellRowByRow() {
        FigureRenderer r = new FigureRenderer(1);
        BufferedImage img = r.renderGrid(
                List.of(
                        new PanelSpec(RIGHT_IS_ONE, DATA, VIEW, "1 hidden — 50.0%"),
                        new PanelSpec(TOP_IS_ONE, DATA, VIEW, "2 hidden — 75.0%"),
                        new PanelSpec(Classifier.of((x1, x2) -> -10 * x1), DATA, VIEW, "3 hidden — 90.5%")),
                2);
        assertSize(500, 524, img);
        // Cell centres, probed a little below and left of the middle: (x1, x2) = (-1.2, -1.2) in each plot.
        int[][] cells = {{0, 0}, {1, 0}, {0, 1}};
        boolean[] classOne = {false, false, true};
        for (int k = 0; k < 3; k++) {
            Rectangle2D plot = BoundaryPanelRenderer.plotArea(cells[k][0] * 250, cells[k][1] * 262, 250, 262, VIEW);
            double ux = plot.getMinX() + (1.8 / 6) * plot.getWidth();
            double uy = plot.getMinY() + (4.2 / 6) * plot.getHeight();
            int argb = img.getRGB((int) ux, (int) uy);
            if (classOne[k]) {
                assertClassOneHue(argb, "panel " + k);
            } else {
                assertClassZeroHue(argb, "panel " + k);
            }
        }
        assertEquals(0xFFFFFFFF, img.getRGB(375, 393), "the empty fourth cell stays white");
    }

    @Test
    void rejectsBadScalesAndGrids() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FigureRenderer(0));
        assertTrue(e.getMessage().contains("0.0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FigureRenderer(Double.NaN));
        FigureRenderer r = new FigureRenderer(1);
        e = assertThrows(IllegalArgumentException.class, () -> r.renderGrid(List.of(), 2));
        assertTrue(e.getMessage().contains("at least one panel"), e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class,
                () -> r.renderGrid(List.of(new PanelSpec(TOP_IS_ONE, DATA, VIEW, "t")), 0));
        assertTrue(e.getMessage().contains("column"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PanelSpec(null, DATA, VIEW, "t"));
    }

    @Test
    void heldOutPointsAreRingsWithTheFieldInsideAndTrainingPointsAreDiscs() {
        // A class-0 point at (1.5, 1.5) deep in the class-1 (blue) field, trained on in one panel and held out in
        // the other: a disc is orange at its centre; a ring is orange around a blue centre.
        Dataset point = new Dataset("one", new double[] {1.5}, new double[] {1.5}, new int[] {0});
        Dataset none = new Dataset("none", new double[0], new double[0], new int[0]);
        for (int scale : new int[] {1, 3}) {
            BufferedImage disc =
                    new FigureRenderer(scale).renderBoundaryPanel(new PanelSpec(RIGHT_IS_ONE, point, VIEW, "disc"));
            BufferedImage ring = new FigureRenderer(scale)
                    .renderBoundaryPanel(new PanelSpec(RIGHT_IS_ONE, none, VIEW, "ring", point));
            assertClassZeroHue(pixel(disc, scale, 0, 1.5, 1.5), "a training point's centre (scale " + scale + ")");
            assertClassOneHue(pixel(ring, scale, 0, 1.5, 1.5), "a held-out point's centre (scale " + scale + ")");
            // The ring: about three quarters of the radius (radius 2.2 to 4.6 units, 6 units a data unit across
            // about 400) from the centre, on the four sides.
            Rectangle2D plot =
                    BoundaryPanelRenderer.plotArea(0, 0, FigureRenderer.PANEL_WIDTH, FigureRenderer.PANEL_HEIGHT, VIEW);
            double radius = Math.max(2.2, Math.min(4.6, plot.getWidth() / 92));
            double off = 0.72 * radius / plot.getWidth() * VIEW.width();
            int orange = 0;
            for (double[] d : new double[][] {{off, 0}, {-off, 0}, {0, off}, {0, -off}}) {
                float[] hsb = Pixels.hsb(pixel(ring, scale, 0, 1.5 + d[0], 1.5 + d[1]));
                orange += hsb[0] > 15 && hsb[0] < 40 && hsb[1] > 0.3 ? 1 : 0;
            }
            assertTrue(
                    orange >= 3, "the ring is the class's colour on " + orange + " of 4 sides (scale " + scale + ")");
        }
    }
}
