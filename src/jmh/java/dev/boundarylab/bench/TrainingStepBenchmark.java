package dev.boundarylab.bench;

import dev.boundarylab.model.NeuralNetwork;
import dev.boundarylab.model.Parameters;
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
 * One training epoch ({@link NeuralNetwork#step}) at the sizes numpy_seed.py is timed at, in epochs per second.
 *
 * <p>Like the numpy script, the network keeps training from one call to the next (learning rate 1.2), so the
 * timing covers the parameters as they move, not one frozen point. Run with {@code -prof gc} to see that a step
 * allocates nothing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TrainingStepBenchmark {
    /** Points and hidden units, as "M,HIDDEN". */
    @Param({"200,4", "200,50", "10000,50", "100000,50"})
    public String size;

    private NeuralNetwork network;

    @Setup
    public void setUp() {
        String[] f = size.split(",");
        int m = Integer.parseInt(f[0].trim());
        int hidden = Integer.parseInt(f[1].trim());
        network = new NeuralNetwork(Parameters.random(hidden, 2), SeedData.gaussianQuantiles(m, 1));
    }

    @Benchmark
    public double step() {
        return network.step(1.2);
    }
}
