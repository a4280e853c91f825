package dev.boundarylab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * The shared (multi-threaded) sweep: the same bits whatever the number of threads, and the same gradient as a
 * plain one-point-at-a-time implementation of the seed's formulas.
 */
class NeuralNetworkParallelTest {
    /** Gaussian points labelled by squared radius above the median, the seed's kind of data. */
    static Dataset data(int m, long seed) {
        Random r = new Random(seed);
        double[] x1 = new double[m];
        double[] x2 = new double[m];
        double[] r2 = new double[m];
        for (int i = 0; i < m; i++) {
            x1[i] = r.nextGaussian() * Math.sqrt(0.7);
            x2[i] = r.nextGaussian() * Math.sqrt(0.7);
            r2[i] = x1[i] * x1[i] + x2[i] * x2[i];
        }
        double[] sorted = r2.clone();
        java.util.Arrays.sort(sorted);
        int[] y = new int[m];
        for (int i = 0; i < m; i++) {
            y[i] = r2[i] > sorted[m / 2] ? 1 : 0;
        }
        return new Dataset("test", x1, x2, y);
    }

    /** Parameters spread wide enough that tanh takes both its rational and its exponential form. */
    static Parameters wide(int hidden, long seed) {
        Random r = new Random(seed);
        double[][] w1 = new double[hidden][2];
        double[] b1 = new double[hidden];
        double[] w2 = new double[hidden];
        for (int j = 0; j < hidden; j++) {
            w1[j][0] = r.nextGaussian() * 2;
            w1[j][1] = r.nextGaussian() * 2;
            b1[j] = r.nextGaussian();
            w2[j] = r.nextGaussian();
        }
        return new Parameters(w1, b1, w2, r.nextGaussian());
    }

    @RepeatedTest(12)
    void anyNumberOfThreadsGivesTheSameBits(RepetitionInfo repetition) {
        Random r = new Random(1000 + repetition.getCurrentRepetition());
        int hidden = 1 + r.nextInt(120);
        // From just above the shared-path threshold to several chunks, with ragged last chunks and blocks.
        long minPoints = (NeuralNetwork.PARALLEL_WORK + hidden - 1) / hidden;
        int m = (int) minPoints + r.nextInt(4 * NeuralNetwork.CHUNK_POINTS);
        assertTrue((long) m * hidden >= NeuralNetwork.PARALLEL_WORK, "takes the shared path");
        Dataset d = data(m, r.nextLong());
        Parameters start = r.nextBoolean() ? Parameters.random(hidden, r.nextLong()) : wide(hidden, r.nextLong());
        NeuralNetwork one = new NeuralNetwork(start, d, 1);
        NeuralNetwork[] many = {
            new NeuralNetwork(start, d, 2),
            new NeuralNetwork(start, d, 3),
            new NeuralNetwork(start, d, 8),
            new NeuralNetwork(start, d)
        };
        for (int epoch = 0; epoch < 4; epoch++) {
            double cost = one.step(0.7);
            for (NeuralNetwork n : many) {
                assertEquals(
                        Double.doubleToLongBits(cost),
                        Double.doubleToLongBits(n.step(0.7)),
                        "cost at epoch " + epoch + " (m = " + m + ", hidden = " + hidden + ")");
                assertEquals(one.lastAccuracy(), n.lastAccuracy());
            }
        }
        Parameters expected = one.parameters();
        for (NeuralNetwork n : many) {
            assertEquals(
                    expected, n.parameters(), "parameters after 4 epochs (m = " + m + ", hidden = " + hidden + ")");
        }
        assertEquals(Double.doubleToLongBits(one.cost()), Double.doubleToLongBits(many[0].cost()));
    }

    @Test
    void sharedAndSmallPathsMatchAPlainImplementationOfTheFormulas() {
        int[][] sizes = {{1, 1}, {63, 3}, {65, 4}, {200, 4}, {2500, 90}, {3000, 120}};
        for (int[] size : sizes) {
            int m = size[0];
            int hidden = size[1];
            Dataset d = data(m, m);
            Parameters p = wide(hidden, hidden);
            NeuralNetwork net = new NeuralNetwork(p, d);
            Parameters q = p;
            for (int epoch = 0; epoch < 3; epoch++) {
                double[] expected = plainStep(q, d, 0.5);
                double cost = net.step(0.5);
                assertEquals(expected[0], cost, 1e-12 * Math.abs(expected[0]), "cost, m = " + m);
                q = net.parameters();
                assertEquals(expected[1], q.b2(), 1e-10 * Math.max(1, Math.abs(expected[1])), "b2, m = " + m);
                for (int j = 0; j < hidden; j++) {
                    assertEquals(expected[2 + 4 * j], q.w1(j, 0), 1e-10 * Math.max(1, Math.abs(q.w1(j, 0))));
                    assertEquals(expected[3 + 4 * j], q.w1(j, 1), 1e-10 * Math.max(1, Math.abs(q.w1(j, 1))));
                    assertEquals(expected[4 + 4 * j], q.b1(j), 1e-10 * Math.max(1, Math.abs(q.b1(j))));
                    assertEquals(expected[5 + 4 * j], q.w2(j), 1e-10 * Math.max(1, Math.abs(q.w2(j))));
                }
            }
        }
    }

    /**
     * One epoch written the plain way, point by point with the JDK's tanh and the project's Loss and the JDK's exp for the sigmoid:
     * {cost, new b2, then for each unit new W1[j][0], W1[j][1], b1[j], W2[j]}.
     */
    private static double[] plainStep(Parameters p, Dataset d, double lr) {
        int h = p.hidden();
        int m = d.size();
        double[] g = new double[4 * h];
        double gb2 = 0;
        double cost = 0;
        for (int i = 0; i < m; i++) {
            double[] a = new double[h];
            double z2 = p.b2();
            for (int j = 0; j < h; j++) {
                a[j] = Math.tanh(p.w1(j, 0) * d.x1(i) + p.w1(j, 1) * d.x2(i) + p.b1(j));
                z2 += p.w2(j) * a[j];
            }
            cost += Loss.crossEntropy(z2, d.label(i));
            double dz2 = (1 / (1 + Math.exp(-z2))) - d.label(i);
            gb2 += dz2;
            for (int j = 0; j < h; j++) {
                double dz1 = p.w2(j) * dz2 * (1 - a[j] * a[j]);
                g[4 * j] += dz1 * d.x1(i);
                g[4 * j + 1] += dz1 * d.x2(i);
                g[4 * j + 2] += dz1;
                g[4 * j + 3] += dz2 * a[j];
            }
        }
        double[] out = new double[2 + 4 * h];
        out[0] = cost / m;
        out[1] = p.b2() - lr * gb2 / m;
        for (int j = 0; j < h; j++) {
            out[2 + 4 * j] = p.w1(j, 0) - lr * g[4 * j] / m;
            out[3 + 4 * j] = p.w1(j, 1) - lr * g[4 * j + 1] / m;
            out[4 + 4 * j] = p.b1(j) - lr * g[4 * j + 2] / m;
            out[5 + 4 * j] = p.w2(j) - lr * g[4 * j + 3] / m;
        }
        return out;
    }
}
