package dev.boundarylab.bench;

import dev.boundarylab.model.NeuralNetwork;
import dev.boundarylab.model.Parameters;
import dev.boundarylab.render.ColorMap;
import dev.boundarylab.render.DecisionSurface;
import dev.boundarylab.render.Viewport;
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
 * The decision surface of a network on a GRID x GRID grid, in milliseconds per grid: what numpy_seed.py's
 * {@code grid G HIDDEN} times (numpy evaluates the seed's forward pass over a meshgrid of [-4, 4]^2).
 *
 * <p>The network is the seed's, trained for 300 epochs at learning rate 1.2 on 200 points of the seed's kind,
 * so that the hidden units sit at the weights a live window draws (not at the tiny initial ones). {@code fill}
 * is the other half of a heat map: the probabilities turned into ARGB pixels through the colour table. Run with
 * {@code -prof gc} to see that neither allocates.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SurfaceBenchmark {
    /** Cells along each side of the grid. */
    @Param({"200", "400"})
    public int grid;

    /** Hidden units of the network. */
    @Param({"4", "50"})
    public int hidden;

    private final DecisionSurface surface = new DecisionSurface();
    private final Viewport view = new Viewport(-4, 4, -4, 4);
    private Parameters network;
    private int[] pixels;

    @Setup
    public void setUp() {
        network = DrawingData.trainedNetwork(hidden);
        pixels = new int[grid * grid];
        surface.evaluate(network, view, grid, grid);
    }

    @Benchmark
    public float evaluate() {
        surface.evaluate(network, view, grid, grid);
        return surface.values()[grid * grid / 2];
    }

    @Benchmark
    public int fill() {
        ColorMap.DEFAULT.fill(surface.values(), pixels, 0, grid * grid);
        return pixels[grid * grid / 2];
    }
}
