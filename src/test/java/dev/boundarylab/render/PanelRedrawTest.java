package dev.boundarylab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.data.DatasetKind;
import dev.boundarylab.model.Parameters;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * A window's next frame: the plot alone redrawn into the image of the last whole panel. It must give the same
 * pixels as drawing the panel whole, fall back to a whole drawing when anything around the plot changes, and
 * allocate nothing.
 */
class PanelRedrawTest {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final Dataset DATA = DatasetKind.fromId("gaussian-quantiles").generate(200, 3);
    private static final Viewport VIEW = Viewport.around(DATA);

    private static PanelSpec spec(long seed, String title) {
        return new PanelSpec(trained(seed), DATA, VIEW, title);
    }

    /** A network with a visible boundary inside the plot: random weights scaled up. */
    private static Parameters trained(long seed) {
        Parameters p = Parameters.random(4, seed);
        double[][] w1 = new double[4][];
        double[] b1 = new double[4];
        double[] w2 = new double[4];
        for (int j = 0; j < 4; j++) {
            w1[j] = new double[] {300 * p.w1(j, 0), 300 * p.w1(j, 1)};
            b1[j] = 0.3 * (j - 1.5);
            w2[j] = 200 * p.w2(j);
        }
        return new Parameters(w1, b1, w2, 0.2);
    }

    @Test
    void aRedrawnPlotIsPixelForPixelTheWholePanelOfTheNewModel() {
        for (int type : new int[] {BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_INT_ARGB_PRE}) {
            FigureRenderer live = new FigureRenderer(1);
            BufferedImage frame = new BufferedImage(470, 480, type);
            live.renderBoundaryPanel(spec(1, "net"), frame);
            assertTrue(live.panelRenderer().redrawPlot(frame, spec(2, "net")), "same axes and title: plot only");
            BufferedImage whole =
                    new FigureRenderer(1).renderBoundaryPanel(spec(2, "net"), new BufferedImage(470, 480, type));
            Pixels.assertSamePixels(whole, frame, "redrawn plot");
            assertFalse(
                    java.util.Arrays.equals(
                            Pixels.argb(whole),
                            Pixels.argb(new FigureRenderer(1)
                                    .renderBoundaryPanel(spec(1, "net"), new BufferedImage(470, 480, type)))),
                    "the two models must draw differently, or this test proves nothing");
        }
    }

    @Test
    void aNewTitleAxesOrImageIsDrawnWhole() {
        FigureRenderer live = new FigureRenderer(1);
        BufferedImage frame = new BufferedImage(470, 480, BufferedImage.TYPE_INT_ARGB);
        live.renderBoundaryPanel(spec(1, "accuracy 50.0%"), frame);
        BoundaryPanelRenderer panels = live.panelRenderer();
        assertFalse(panels.redrawPlot(frame, spec(1, "accuracy 97.5%")), "new title");
        assertFalse(
                panels.redrawPlot(frame, new PanelSpec(trained(1), DATA, new Viewport(-2, 2, -2, 2), "accuracy 50.0%")),
                "new axes");
        assertFalse(
                panels.redrawPlot(new BufferedImage(470, 480, BufferedImage.TYPE_INT_ARGB), spec(1, "accuracy 50.0%")),
                "another image");
        // Through the figure renderer, a new title redraws the panel whole: text and all.
        live.renderBoundaryPanel(spec(2, "accuracy 97.5%"), frame);
        Pixels.assertSamePixels(
                new FigureRenderer(1)
                        .renderBoundaryPanel(
                                spec(2, "accuracy 97.5%"), new BufferedImage(470, 480, BufferedImage.TYPE_INT_ARGB)),
                frame,
                "new title");
        // Drawing something else with the same renderer forgets the panel.
        live.renderSideBySide(spec(1, "a"), spec(2, "b"));
        assertFalse(panels.redrawPlot(frame, spec(2, "accuracy 97.5%")), "after another drawing");
    }

    @Test
    void redrawingThePlotAllocatesNothing() {
        FigureRenderer live = new FigureRenderer(1);
        live.panelRenderer().setMaxSurfaceResolution(200);
        BufferedImage frame = new BufferedImage(470, 480, BufferedImage.TYPE_INT_ARGB_PRE);
        PanelSpec[] specs = {spec(1, "net"), spec(2, "net"), spec(3, "net")};
        for (int k = 0; k < 300; k++) {
            live.renderBoundaryPanel(specs[k % 3], frame);
        }
        long least = Long.MAX_VALUE;
        long self = Thread.currentThread().getId();
        for (int attempt = 0; attempt < 5; attempt++) {
            long before = THREADS.getThreadAllocatedBytes(self);
            for (int k = 0; k < 60; k++) {
                live.renderBoundaryPanel(specs[k % 3], frame);
            }
            least = Math.min(least, THREADS.getThreadAllocatedBytes(self) - before);
        }
        assertEquals(0, least, "bytes allocated by 60 frames (the least of five counts)");
    }

    @Test
    void ofMoreThanTwentyThousandPointsAPanelDrawsEveryKthAndNothingElse() {
        Dataset many = DatasetKind.fromId("gaussian-quantiles").generate(100_000, 5);
        int step = BoundaryPanelRenderer.drawingStep(many.size());
        assertEquals(5, step);
        double[] x1 = new double[many.size() / step];
        double[] x2 = new double[x1.length];
        int[] y = new int[x1.length];
        for (int i = 0, k = 0; k < x1.length; i += step, k++) {
            x1[k] = many.x1(i);
            x2[k] = many.x2(i);
            y[k] = many.label(i);
        }
        Dataset every5th = new Dataset("every 5th", x1, x2, y);
        Viewport view = Viewport.around(many);
        BufferedImage all = new FigureRenderer(1).renderBoundaryPanel(new PanelSpec(trained(1), many, view, "t"));
        BufferedImage some = new FigureRenderer(1).renderBoundaryPanel(new PanelSpec(trained(1), every5th, view, "t"));
        Pixels.assertSamePixels(some, all, "100,000 points drawn as their every 5th");
        assertEquals(1, BoundaryPanelRenderer.drawingStep(20_000));
        assertEquals(2, BoundaryPanelRenderer.drawingStep(20_001));
    }
}
