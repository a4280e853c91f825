package dev.boundarylab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.data.DatasetKind;
import dev.boundarylab.testutil.Golden;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * The general engine and the seed's fast path compute the same network: on the seed's architecture they agree to
 * 1e-12 over 1,000 epochs; the factory picks the fast path for exactly that architecture; a step of the general
 * engine, full batch or mini-batch, allocates nothing.
 */
class LayeredNetworkAgreementTest {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void onTheSeedsArchitectureBothEnginesAgreeTo1e12Over1000Epochs() {
        for (int hidden : new int[] {4, 20}) {
            Dataset data = Golden.seedData();
            Parameters p = Parameters.random(hidden, 2);
            NeuralNetwork fast = new NeuralNetwork(p, data);
            LayeredNetwork general = new LayeredNetwork(Network.of(p), data);
            double rate = hidden == 4 ? 1.2 : 0.5;
            for (int e = 0; e < 1000; e++) {
                double a = fast.step(rate);
                double b = general.step(rate);
                assertEquals(a, b, 1e-12 * a, hidden + " units, cost at epoch " + e);
                assertEquals(fast.lastAccuracy(), general.lastAccuracy(), 0.0, "accuracy at epoch " + e);
            }
            Network f = Network.of(fast.parameters());
            Network g = general.network();
            LayeredNetworkGoldenTest.assertSameParameters(f, g, 1e-12, hidden + " units after 1000 epochs");
            double[] x1 = data.x1();
            double[] x2 = data.x2();
            double[] zf = new double[data.size()];
            double[] zg = new double[data.size()];
            fast.parameters().logits(x1, x2, data.size(), zf);
            g.logits(x1, x2, data.size(), zg);
            // A logit sums terms W2_j tanh(.) that cancel: 1e-12 of their size.
            double size = Math.abs(fast.parameters().b2());
            for (double v : fast.parameters().w2()) {
                size += Math.abs(v);
            }
            for (int i = 0; i < zf.length; i++) {
                assertEquals(zf[i], zg[i], 1e-12 * size, hidden + " units, logit " + i);
            }
        }
    }

    @Test
    void theFactoryPicksTheFastPathForExactlyTheSeedsArchitecture() {
        Dataset data = Golden.seedData();
        Architecture seed = Architecture.seed(4);
        assertEquals(
                SeedPath.class, Networks.bind(Network.random(seed, 2), data).getClass());
        Architecture wholeBatch = seed.with(Architecture.Setting.BATCH, "200");
        assertEquals(
                SeedPath.class,
                Networks.bind(Network.random(wholeBatch, 2), data).getClass());
        for (Architecture other : new Architecture[] {
            seed.with(Architecture.Setting.BATCH, "32"),
            seed.with(Architecture.Setting.L2, "0.1"),
            seed.with(Architecture.Setting.ACTIVATION, "relu"),
            seed.with(Architecture.Setting.FEATURES, "x2,x1"),
            seed.with(Architecture.Setting.LAYERS, "4,4"),
            seed.with(Architecture.Setting.LAYERS, "0")
        }) {
            assertEquals(
                    LayeredNetwork.class,
                    Networks.bind(Network.random(other, 2), data).getClass(),
                    "" + other);
        }
    }

    @Test
    void aStepAllocatesNothingFullBatchOrMiniBatch() {
        Dataset data = DatasetKind.GAUSSIAN_QUANTILES.generate(1000, 1);
        Architecture full = Architecture.seed(8).with(Architecture.Setting.LAYERS, "8,8");
        for (Architecture a : new Architecture[] {
            full.with(Architecture.Setting.ACTIVATION, "relu"),
            full.with(Architecture.Setting.BATCH, "32").with(Architecture.Setting.L2, "0.1")
        }) {
            LayeredNetwork net = new LayeredNetwork(Network.random(a, 2), data);
            long least = Long.MAX_VALUE;
            for (int k = 0; k < 5 && least > 0; k++) {
                for (int i = 0; i < 50; i++) {
                    net.step(0.1);
                }
                long self = Thread.currentThread().getId();
                long before = THREADS.getThreadAllocatedBytes(self);
                for (int i = 0; i < 20; i++) {
                    net.step(0.1);
                }
                least = Math.min(least, THREADS.getThreadAllocatedBytes(self) - before);
            }
            assertEquals(0, least, "bytes allocated by 20 steps of " + a);
        }
    }

    @Test
    void aSharedPassGivesTheSameBitsWithAnyNumberOfThreadsAndAllocatesNothing() {
        Dataset data = DatasetKind.GAUSSIAN_QUANTILES.generate(20_000, 1);
        Architecture a = Architecture.seed(8)
                .with(Architecture.Setting.LAYERS, "8,8")
                .with(Architecture.Setting.ACTIVATION, "relu")
                .with(Architecture.Setting.INIT_SCALE, "he");
        Network init = Network.random(a, 2);
        LayeredNetwork one = new LayeredNetwork(init, data, 1);
        LayeredNetwork two = new LayeredNetwork(init, data, 2);
        for (int e = 0; e < 30; e++) {
            assertEquals(one.step(0.1), two.step(0.1), 0.0, "J at epoch " + e);
        }
        assertEquals(one.network(), two.network());
        // Counted for the calling thread and the pool's workers, the least of five counts (see the seed's test).
        long least = Long.MAX_VALUE;
        for (int k = 0; k < 5 && least > 0; k++) {
            for (int i = 0; i < 20; i++) {
                two.step(0.1);
            }
            java.util.List<Long> ids = new java.util.ArrayList<>();
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().startsWith("ForkJoinPool.commonPool-worker")) {
                    ids.add(t.getId());
                }
            }
            long[] pool = new long[ids.size()];
            for (int t = 0; t < pool.length; t++) {
                pool[t] = THREADS.getThreadAllocatedBytes(ids.get(t));
            }
            long self = Thread.currentThread().getId();
            long before = THREADS.getThreadAllocatedBytes(self);
            for (int i = 0; i < 10; i++) {
                two.step(0.1);
            }
            long total = THREADS.getThreadAllocatedBytes(self) - before;
            for (int t = 0; t < pool.length; t++) {
                total += THREADS.getThreadAllocatedBytes(ids.get(t)) - pool[t];
            }
            least = Math.min(least, total);
        }
        assertEquals(0, least, "bytes allocated by 10 shared steps");
    }

    @Test
    void theUnitsActivationsAreTheForwardPasssLayerByLayer() {
        Architecture a = Architecture.seed(3).with(Architecture.Setting.LAYERS, "3,2");
        Network n = Network.random(a, 4);
        double[] x1 = {0.5, -1.0, 2.0};
        double[] x2 = {1.5, 0.25, -0.75};
        double[][] a1 = new double[3][3];
        double[][] a2 = new double[2][3];
        double[][] z3 = new double[1][3];
        n.activations(0, x1, x2, 3, a1);
        n.activations(1, x1, x2, 3, a2);
        n.activations(2, x1, x2, 3, z3);
        double[][] w1 = n.weights(0);
        double[][] w2 = n.weights(1);
        double[][] w3 = n.weights(2);
        double[] out = new double[3];
        n.logits(x1, x2, 3, out);
        for (int i = 0; i < 3; i++) {
            double[] h1 = new double[3];
            for (int j = 0; j < 3; j++) {
                h1[j] = Math.tanh(w1[j][0] * x1[i] + w1[j][1] * x2[i]);
                assertEquals(h1[j], a1[j][i], 1e-15);
            }
            double z = 0;
            for (int j = 0; j < 2; j++) {
                double h2 = Math.tanh(w2[j][0] * h1[0] + w2[j][1] * h1[1] + w2[j][2] * h1[2]);
                assertEquals(h2, a2[j][i], 1e-15);
                z += w3[0][j] * h2;
            }
            assertEquals(z, z3[0][i], 1e-15);
            assertEquals(z, out[i], 1e-15);
        }
    }
}
