package dev.boundarylab.bench;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.LogisticModel;
import dev.boundarylab.model.Parameters;
import dev.boundarylab.render.FigureRenderer;
import dev.boundarylab.render.PanelSpec;
import dev.boundarylab.render.Viewport;
import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole decision panels as the window draws them, in milliseconds a frame: about 470 x 480 pixels, the surface
 * capped at 200 cells a side as {@code MainWindow.liveRenderer} does, the seed's kind of data (200 points), into
 * one image reused from frame to frame, of the type the window's raster view draws into. The network panel and
 * the logistic regression's panel are drawn side by side in the window; at 60 frames a second the whole window
 * (both panels and the cost chart, {@link CostChartBenchmark}) has 16 ms. Run with {@code -prof gc} for the bytes
 * a frame allocates.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class FrameBenchmark {
    /** Cells per side of the window's live surface: MainWindow.LIVE_SURFACE_CELLS. */
    static final int LIVE_SURFACE_CELLS = 200;

    /** Hidden units of the network drawn in the panel. */
    @Param({"4", "50"})
    public int hidden;

    private final FigureRenderer panels = new FigureRenderer(1);
    private final BufferedImage panelImage = new BufferedImage(470, 480, BufferedImage.TYPE_INT_ARGB_PRE);
    private PanelSpec network;
    private PanelSpec logistic;

    @Setup
    public void setUp() {
        panels.panelRenderer().setMaxSurfaceResolution(LIVE_SURFACE_CELLS);
        Dataset data = DrawingData.points();
        Parameters p = DrawingData.trainedNetwork(hidden);
        Viewport view = Viewport.around(data);
        network = new PanelSpec(p, data, view, "Neural network, " + hidden + " hidden units — accuracy 97.5%");
        logistic = new PanelSpec(
                new LogisticModel(0.086, 0.025, 0.01, 1), data, view, "Logistic regression — accuracy 51.5%");
    }

    @Benchmark
    public BufferedImage networkPanel() {
        return panels.renderBoundaryPanel(network, panelImage);
    }

    @Benchmark
    public BufferedImage logisticPanel() {
        return panels.renderBoundaryPanel(logistic, panelImage);
    }
}
