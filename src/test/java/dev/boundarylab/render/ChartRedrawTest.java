package dev.boundarylab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * A window's next frame of the cost chart: while training runs, the epoch axis stretches every frame, so only the
 * static layer (title, legend, cost axis) is kept. Redrawn frames must equal whole drawings pixel for pixel, fall back
 * to whole drawings when the static layer changes, and allocate nothing.
 */
class ChartRedrawTest {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** The first {@code n} epochs of a run that falls from 0.7, with the logistic regression's cost at 0.45. */
    private static CostChartSpec run(int n, boolean log) {
        long[] epochs = new long[n];
        double[] costs = new double[n];
        for (int i = 0; i < n; i++) {
            epochs[i] = 10L * i;
            costs[i] = 0.05 + 0.65 * Math.exp(-i / 300.0) + 0.01 * Math.sin(i / 7.0);
        }
        return new CostChartSpec("Cost per epoch", epochs, costs, n, 0.45, "network", "logistic", log);
    }

    private static BufferedImage whole(CostChartSpec spec) {
        return new FigureRenderer(1).renderCostChart(spec, new BufferedImage(920, 290, BufferedImage.TYPE_INT_ARGB));
    }

    @Test
    void redrawnFramesOfAGrowingRunAreTheWholeChartsPixelForPixel() {
        for (boolean log : new boolean[] {false, true}) {
            FigureRenderer live = new FigureRenderer(1);
            BufferedImage frame = new BufferedImage(920, 290, BufferedImage.TYPE_INT_ARGB);
            live.renderCostChart(run(400, log), frame);
            int redrawn = 0;
            for (int n = 410; n <= 700; n += 10) {
                CostChartRenderer chart = new CostChartRenderer();
                boolean fast = live.costChartRenderer().redraw(frame, run(n, log));
                if (!fast) {
                    live.renderCostChart(run(n, log), frame);
                } else {
                    redrawn++;
                }
                Pixels.assertSamePixels(
                        whole(run(n, log)), frame, n + " epochs, log " + log + (fast ? " (redrawn)" : ""));
                assertFalse(chart.redraw(frame, run(n, log)), "a renderer that drew nothing into it yet");
            }
            assertTrue(redrawn >= 20, "frames redrawn without Java2D: " + redrawn + " of 30 (log " + log + ")");
        }
    }

    @Test
    void aNewTitleOrScaleIsDrawnWhole() {
        FigureRenderer live = new FigureRenderer(1);
        BufferedImage frame = new BufferedImage(920, 290, BufferedImage.TYPE_INT_ARGB);
        live.renderCostChart(run(500, false), frame);
        CostChartRenderer chart = live.costChartRenderer();
        assertTrue(chart.redraw(frame, run(510, false)));
        assertFalse(chart.redraw(frame, run(510, true)), "log scale: another cost axis");
        live.renderCostChart(run(510, false), frame);
        CostChartSpec retitled = new CostChartSpec(
                "Another title",
                run(510, false).epochs(),
                run(510, false).costs(),
                510,
                0.45,
                "network",
                "logistic",
                false);
        assertFalse(chart.redraw(frame, retitled), "new title");
        live.renderCostChart(retitled, frame);
        Pixels.assertSamePixels(whole(retitled), frame, "retitled");
        live.renderCostChart(run(510, false));
        assertFalse(chart.redraw(frame, run(510, false)), "after drawing another image");
    }

    @Test
    void redrawingTheChartAllocatesNothing() {
        FigureRenderer live = new FigureRenderer(1);
        BufferedImage frame = new BufferedImage(920, 290, BufferedImage.TYPE_INT_ARGB_PRE);
        // Runs of 6,100 to 6,400 epochs: the same epoch ticks (0 to 6,000), placed differently each frame.
        CostChartSpec[] specs = {run(610, false), run(620, false), run(630, false), run(640, false)};
        for (int k = 0; k < 400; k++) {
            live.renderCostChart(specs[k % specs.length], frame);
        }
        assertTrue(live.costChartRenderer().redraw(frame, specs[0]), "these frames are redrawn");
        long least = Long.MAX_VALUE;
        long self = Thread.currentThread().getId();
        for (int attempt = 0; attempt < 5; attempt++) {
            long before = THREADS.getThreadAllocatedBytes(self);
            for (int k = 0; k < 40; k++) {
                live.renderCostChart(specs[k % specs.length], frame);
            }
            least = Math.min(least, THREADS.getThreadAllocatedBytes(self) - before);
        }
        assertEquals(0, least, "bytes allocated by 40 frames (the least of five counts)");
    }
}
