package dev.boundarylab.bench;

import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.LayeredNetwork;
import dev.boundarylab.model.Network;
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
 * One epoch of the general engine ({@link LayeredNetwork#step}) at the settings {@code numpy_network.py time} is
 * timed at, in epochs per second: xavier initial weights of init seed 2, learning rate 0.1, training on from call
 * to call as the numpy script does.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LayeredNetworkBenchmark {
    /** "POINTS/LAYERS/ACTIVATION/BATCH", layers joined by '-' (JMH splits parameter values at commas). */
    @Param({"10000/8-8/relu/0", "1000/16/tanh/32"})
    public String setting;

    private LayeredNetwork network;

    @Setup
    public void setUp() {
        String[] f = setting.split("/");
        Architecture a = Architecture.defaults()
                .with(Architecture.Setting.LAYERS, f[1].replace('-', ','))
                .with(Architecture.Setting.ACTIVATION, f[2])
                .with(Architecture.Setting.BATCH, f[3])
                .with(Architecture.Setting.INIT_SCALE, "xavier");
        network = new LayeredNetwork(Network.random(a, 2), SeedData.gaussianQuantiles(Integer.parseInt(f[0]), 1));
    }

    @Benchmark
    public double step() {
        return network.step(0.1);
    }
}
