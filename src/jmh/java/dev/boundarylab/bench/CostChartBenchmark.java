package dev.boundarylab.bench;

import dev.boundarylab.render.CostChartSpec;
import dev.boundarylab.render.FigureRenderer;
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
 * The cost chart as the window draws it, in milliseconds a frame: 4096 points (the window's cost history holds at
 * most that many) of the window's default run over 40960 epochs, about 950 x 240 pixels, into one image reused
 * from frame to frame. At the default learning rate 1.2 the cost spikes again and again (tall strokes in many
 * pixel columns, the dearest picture to draw); at 0.3 it falls smoothly. Run with {@code -prof gc} for the bytes
 * a frame allocates.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class CostChartBenchmark {
    /** The run's learning rate: 0.3 falls smoothly, 1.2 (the window's default) spikes. */
    @Param({"0.3", "1.2"})
    public double rate;

    private final FigureRenderer charts = new FigureRenderer(1);
    private final BufferedImage image = new BufferedImage(950, 240, BufferedImage.TYPE_INT_ARGB_PRE);
    private CostChartSpec costs;

    @Setup
    public void setUp() {
        costs = DrawingData.costChart(4096, rate);
    }

    @Benchmark
    public BufferedImage costChart() {
        return charts.renderCostChart(costs, image);
    }
}
