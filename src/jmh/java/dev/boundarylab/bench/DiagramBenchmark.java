package dev.boundarylab.bench;

import dev.boundarylab.model.Activation;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Feature;
import dev.boundarylab.model.Grid;
import dev.boundarylab.model.InitScale;
import dev.boundarylab.model.Network;
import dev.boundarylab.model.UnitFields;
import dev.boundarylab.render.FigureRenderer;
import dev.boundarylab.render.NetworkDiagramSpec;
import java.awt.image.BufferedImage;
import java.util.List;
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
 * A frame of the live network diagram, in its two halves: {@code fields}, what the worker computes for a snapshot
 * (every unit over the 32 x 32 grid by the batch forward pass), and {@code draw}, what the FX thread draws (the
 * diagram into the window's 960 x 420 image). {@code layers} "4" is the seed's network, "8,8,8,8,8,8" the issue's
 * six layers of eight units on all seven features.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DiagramBenchmark {
    @Param({"4", "8,8,8,8,8,8"})
    public String layers;

    private Network network;
    private Grid grid;
    private NetworkDiagramSpec spec;
    private final FigureRenderer renderer = new FigureRenderer(1);
    private final BufferedImage image = new BufferedImage(960, 420, BufferedImage.TYPE_INT_ARGB_PRE);

    @Setup
    public void setUp() {
        List<Integer> sizes = Architecture.parseLayers(layers);
        List<Feature> features = sizes.size() == 1 ? List.of(Feature.X1, Feature.X2) : List.of(Feature.values());
        Architecture a = new Architecture(features, sizes, Activation.TANH, 0, 0, 10, InitScale.XAVIER);
        network = Network.random(a, 2);
        grid = new Grid(-3, 3, -3, 3, 32, 32);
        spec = new NetworkDiagramSpec(network, UnitFields.of(network, grid), "diagram");
    }

    @Benchmark
    public UnitFields fields() {
        return UnitFields.of(network, grid);
    }

    @Benchmark
    public int draw() {
        renderer.renderNetworkDiagram(spec, image);
        return image.getRGB(480, 210);
    }
}
