package dev.boundarylab.bench;

import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.LayeredNetwork;
import dev.boundarylab.model.Network;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time of one epoch of {@link LayeredNetwork#step}, the least of 40 rounds of 200 epochs, at the settings
 * of {@link LayeredNetworkBenchmark} (the same data, weights and rate): a figure the other processes of a shared
 * machine disturb much less than JMH's wall-clock throughput, to compare with {@code bench/numpy_network_cpu.py}.
 * Counts the calling thread only, so run it on one processor:
 * {@code java -XX:ActiveProcessorCount=1 -cp "$cp" dev.boundarylab.bench.LayeredCpuTime [SETTING...]}. Not a JMH
 * benchmark.
 */
public final class LayeredCpuTime {
    private LayeredCpuTime() {}

    /** Prints the CPU microseconds of an epoch for each setting ("POINTS/LAYERS/ACTIVATION/BATCH"). */
    public static void main(String[] args) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        String[] settings = args.length > 0 ? args : new String[] {"10000/8-8/relu/0", "1000/16/tanh/32"};
        for (String setting : settings) {
            String[] f = setting.split("/");
            Architecture a = Architecture.defaults()
                    .with(Architecture.Setting.LAYERS, f[1].replace('-', ','))
                    .with(Architecture.Setting.ACTIVATION, f[2])
                    .with(Architecture.Setting.BATCH, f[3])
                    .with(Architecture.Setting.INIT_SCALE, "xavier");
            LayeredNetwork net =
                    new LayeredNetwork(Network.random(a, 2), SeedData.gaussianQuantiles(Integer.parseInt(f[0]), 1));
            double best = Double.MAX_VALUE;
            for (int r = 0; r < 40; r++) {
                long t0 = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < 200; i++) {
                    net.step(0.1);
                }
                best = Math.min(best, (mx.getCurrentThreadCpuTime() - t0) / 200e3);
            }
            System.out.printf("%s: %.1f us of CPU an epoch%n", setting, best);
        }
    }
}
