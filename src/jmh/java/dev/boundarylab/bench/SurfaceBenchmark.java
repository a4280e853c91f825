package dev.boundarylab.bench;

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
 * <p>The network is either the seed's initial one (weights drawn as 0.01 N(0, 1), like numpy_seed.py's: every
 * hidden unit in the linear middle of its tanh everywhere on the grid) or that network trained for 300 epochs at
 * learning rate 1.2 on the window's default data, as a live window draws it: then some units are saturated over
 * parts of the grid, which the surface skips. numpy's time does not depend on the weights. {@code fill} is the
 * other half of a heat map: the probabilities turned into ARGB pixels through the colour table. Run with
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

    /** The network's weights: "initial" (numpy_seed.py's scale) or "trained" (as the window draws it). */
    @Param({"initial", "trained"})
    public String weights;

    private final DecisionSurface surface = new DecisionSurface();
    private final Viewport view = new Viewport(-4, 4, -4, 4);
    private Parameters network;
    private int[] pixels;

    @Setup
    public void setUp() {
        network = weights.equals("initial") ? Parameters.random(hidden, 2) : DrawingData.trainedNetwork(hidden);
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
