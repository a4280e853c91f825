package dev.boundarylab.bench;

import dev.boundarylab.model.Elementary;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one tanh: the JDK's native one against {@link Elementary#tanh}, one by one and over an array, on
 * arguments spread as in training (0.3: early, nearly all in the rational range; 3: a trained network).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@OperationsPerInvocation(TanhBenchmark.N)
public class TanhBenchmark {
    static final int N = 1024;

    /** Standard deviation of the arguments: 0.3 keeps most in the rational branch, 3 most in the exp branch. */
    @Param({"0.3", "3"})
    public double spread;

    private final double[] x = new double[N];
    private final double[] out = new double[N];

    @Setup
    public void setUp() {
        Random r = new Random(42);
        for (int i = 0; i < N; i++) {
            x[i] = r.nextGaussian() * spread;
        }
    }

    @Benchmark
    public double mathTanh() {
        double s = 0;
        for (double v : x) {
            s += Math.tanh(v);
        }
        return s;
    }

    @Benchmark
    public double elementaryTanh() {
        double s = 0;
        for (double v : x) {
            s += Elementary.tanh(v);
        }
        return s;
    }

    @Benchmark
    public double[] elementaryTanhArray() {
        // A loop over arrays, as the training step calls it: C2 turns it into vector instructions.
        for (int i = 0; i < N; i++) {
            out[i] = Elementary.tanh(x[i]);
        }
        return out;
    }
}
