package dev.boundarylab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.testutil.Golden;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The float fast path of the pictures: close to the exact forward pass, the float formula to the bit, and the same on any number of threads. */
class FloatSurfaceTest {

    @Test
    void fastTanhIsWithinFourTenMillionthsOfMathTanh() {
        double worst = 0;
        for (double x = -20; x <= 20; x += 1e-3) {
            float f = (float) x;
            worst = Math.max(worst, Math.abs(FloatSurface.tanh(f) - Math.tanh(f)));
        }
        assertTrue(worst < 4e-7, "worst error " + worst);
        assertEquals(1f, FloatSurface.tanh(1e30f), 0);
        assertEquals(-1f, FloatSurface.tanh(Float.NEGATIVE_INFINITY), 0);
    }

    @Test
    void networkFastPathMatchesTheTrainedSeedNetworkEverywhereOnTheGrid() {
        NeuralNetwork net = new NeuralNetwork(Parameters.random(4, 2), Golden.seedData());
        for (int e = 0; e < 5000; e++) {
            net.step(1.2);
        }
        assertMatchesProbability(net.parameters(), 73, 61);
    }

    @Test
    void networkFastPathMatchesLargeRandomWeights() {
        Random rng = new Random(11);
        int h = 20;
        double[][] w1 = new double[h][2];
        double[] b1 = new double[h];
        double[] w2 = new double[h];
        for (int j = 0; j < h; j++) {
            w1[j][0] = 3 * rng.nextGaussian();
            w1[j][1] = 3 * rng.nextGaussian();
            b1[j] = 2 * rng.nextGaussian();
            w2[j] = 2 * rng.nextGaussian();
        }
        assertMatchesProbability(new Parameters(w1, b1, w2, 0.3), 50, 50);
        assertMatchesProbability(steepNetwork(50, 3), 173, 131);
    }

    private static void assertMatchesProbability(Parameters p, int cols, int rows) {
        Grid g = grid(cols, rows);
        float[] s = surface(p, g);
        double worst = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double expected = p.probability(g.x1(c), g.x2(r));
                worst = Math.max(worst, Math.abs(expected - s[r * cols + c]));
            }
        }
        assertTrue(worst < 1e-5, "worst difference from Parameters.probability: " + worst);
    }

    /** A network whose units are saturated over some chunks of the grid, unsaturated over others, mixed elsewhere. */
    private static Parameters steepNetwork(int h, long seed) {
        Random rng = new Random(seed);
        double[][] w1 = new double[h][2];
        double[] b1 = new double[h];
        double[] w2 = new double[h];
        for (int j = 0; j < h; j++) {
            // Some units gentle (never clamped on the view), some steep (clamped on part of it), some far off.
            double scale = j % 3 == 0 ? 0.5 : j % 3 == 1 ? 6 : 2;
            w1[j][0] = scale * rng.nextGaussian();
            w1[j][1] = scale * rng.nextGaussian();
            b1[j] = j % 5 == 0 ? 30 * rng.nextGaussian() : 2 * rng.nextGaussian();
            w2[j] = 2 * rng.nextGaussian();
        }
        return new Parameters(w1, b1, w2, -0.4);
    }

    @Test
    void everyCellIsTheFloatFormulaToTheBitWhicheverShortcutItsChunkTook() {
        Parameters p = steepNetwork(30, 5);
        int cols = 123;
        int rows = 97;
        Grid g = grid(cols, rows);
        float[] s = surface(p, g, false);
        for (int r = 0; r < rows; r++) {
            float x2 = (float) g.x2(r);
            for (int c = 0; c < cols; c++) {
                float x1 = (float) g.x1(c);
                float z = (float) p.b2();
                for (int j = 0; j < p.hidden(); j++) {
                    z += (float) p.w2(j)
                            * FloatSurface.tanh((float) p.w1(j, 0) * x1 + ((float) p.w1(j, 1) * x2 + (float) p.b1(j)));
                }
                float expected = 0.5f + 0.5f * FloatSurface.tanh(0.5f * z);
                assertEquals(
                        Float.floatToIntBits(expected),
                        Float.floatToIntBits(s[r * cols + c]),
                        "cell " + c + ", " + r + ": " + expected + " vs " + s[r * cols + c]);
            }
        }
    }

    @Test
    void aGridSplitAcrossThreadsIsTheSameToTheBitAsOnOneThread() {
        // Large enough to be split (cells x hidden units above the threshold), odd sizes so bands are uneven.
        Parameters p = steepNetwork(50, 7);
        int cols = 311;
        int rows = 257;
        assertTrue((long) cols * rows * p.hidden() >= FloatSurface.PARALLEL_WORK);
        Grid g = grid(cols, rows);
        float[] serial = surface(p, g, false);
        for (int repeat = 0; repeat < 3; repeat++) {
            assertArrayEquals(serial, surface(p, g, true), "evaluation " + repeat);
        }
        // Parameters.gridProbabilities, the path the pictures take, agrees too.
        assertArrayEquals(serial, surface(p, g));
    }

    @Test
    void logisticFastPathMatchesTheModelsProbability() {
        for (LogisticModel m :
                new LogisticModel[] {new LogisticModel(0.086, 0.025, 0.01, 1), new LogisticModel(-7.5, 3.2, 1.5, 10)}) {
            Grid g = grid(67, 59);
            float[] s = surface(m, g);
            double worst = 0;
            for (int r = 0; r < 59; r++) {
                for (int c = 0; c < 67; c++) {
                    worst = Math.max(worst, Math.abs(m.probability(g.x1(c), g.x2(r)) - s[r * 67 + c]));
                }
            }
            assertTrue(worst < 1e-6, "worst difference from LogisticModel.probability: " + worst);
        }
    }

    private static Grid grid(int cols, int rows) {
        return new Grid(-3, 3, -3, 3, cols, rows);
    }

    private static float[] surface(Classifier model, Grid g) {
        float[] out = new float[g.cells()];
        model.gridProbabilities(g, out);
        return out;
    }

    private static float[] surface(Parameters p, Grid g, boolean parallel) {
        double[][] w1 = p.w1();
        double[] w1a = new double[p.hidden()];
        double[] w1b = new double[p.hidden()];
        for (int j = 0; j < p.hidden(); j++) {
            w1a[j] = w1[j][0];
            w1b[j] = w1[j][1];
        }
        float[] out = new float[g.cells()];
        FloatSurface.network(w1a, w1b, p.b1(), p.w2(), p.b2()).evaluate(g, out, parallel);
        return out;
    }
}
