package dev.boundarylab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.model.Classifier;
import dev.boundarylab.model.LogisticModel;
import dev.boundarylab.model.NeuralNetwork;
import dev.boundarylab.model.Parameters;
import dev.boundarylab.testutil.Golden;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecisionSurfaceTest {
    private static final Viewport VIEW = new Viewport(-3, 3, -3, 3);

    @Test
    void fastTanhIsWithinFourTenMillionthsOfMathTanh() {
        double worst = 0;
        for (double x = -20; x <= 20; x += 1e-3) {
            float f = (float) x;
            worst = Math.max(worst, Math.abs(DecisionSurface.tanh(f) - Math.tanh(f)));
        }
        assertTrue(worst < 4e-7, "worst error " + worst);
        assertEquals(1f, DecisionSurface.tanh(1e30f), 0);
        assertEquals(-1f, DecisionSurface.tanh(Float.NEGATIVE_INFINITY), 0);
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
        DecisionSurface s = new DecisionSurface();
        s.evaluate(p, VIEW, cols, rows);
        double worst = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double expected = p.probability(s.x1(c), s.x2(r));
                worst = Math.max(worst, Math.abs(expected - s.probability(c, r)));
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
        DecisionSurface s = new DecisionSurface(1);
        int cols = 123;
        int rows = 97;
        s.evaluate(p, VIEW, cols, rows);
        for (int r = 0; r < rows; r++) {
            float x2 = (float) s.x2(r);
            for (int c = 0; c < cols; c++) {
                float x1 = (float) s.x1(c);
                float z = (float) p.b2();
                for (int j = 0; j < p.hidden(); j++) {
                    z += (float) p.w2(j)
                            * DecisionSurface.tanh(
                                    (float) p.w1(j, 0) * x1 + ((float) p.w1(j, 1) * x2 + (float) p.b1(j)));
                }
                float expected = 0.5f + 0.5f * DecisionSurface.tanh(0.5f * z);
                assertEquals(
                        Float.floatToIntBits(expected),
                        Float.floatToIntBits(s.probability(c, r)),
                        "cell " + c + ", " + r + ": " + expected + " vs " + s.probability(c, r));
            }
        }
    }

    @Test
    void aGridSplitAcrossThreadsIsTheSameToTheBitAsOnOneThread() {
        // Large enough to be split (cells x hidden units above the threshold), odd sizes so bands are uneven.
        Parameters p = steepNetwork(50, 7);
        int cols = 311;
        int rows = 257;
        assertTrue((long) cols * rows * p.hidden() >= DecisionSurface.PARALLEL_WORK);
        DecisionSurface serial = new DecisionSurface(1);
        serial.evaluate(p, VIEW, cols, rows);
        float[] expected = java.util.Arrays.copyOf(serial.values(), cols * rows);
        for (int threads : new int[] {2, 3, 8}) {
            DecisionSurface parallel = new DecisionSurface(threads);
            for (int repeat = 0; repeat < 3; repeat++) {
                parallel.evaluate(p, VIEW, cols, rows);
                assertTrue(
                        java.util.Arrays.equals(expected, 0, cols * rows, parallel.values(), 0, cols * rows),
                        threads + " threads, evaluation " + repeat);
            }
        }
        // A parallel surface reused for a smaller grid and another network still agrees.
        Parameters q = steepNetwork(40, 8);
        DecisionSurface parallel = new DecisionSurface(2);
        parallel.evaluate(p, VIEW, cols, rows);
        parallel.evaluate(q, VIEW, 300, 200);
        serial.evaluate(q, VIEW, 300, 200);
        assertTrue(java.util.Arrays.equals(serial.values(), 0, 300 * 200, parallel.values(), 0, 300 * 200));
    }

    @Test
    void logisticFastPathMatchesTheModelsProbability() {
        for (LogisticModel m :
                new LogisticModel[] {new LogisticModel(0.086, 0.025, 0.01, 1), new LogisticModel(-7.5, 3.2, 1.5, 10)}) {
            DecisionSurface s = new DecisionSurface();
            s.evaluate(m, VIEW, 67, 59);
            double worst = 0;
            for (int r = 0; r < 59; r++) {
                for (int c = 0; c < 67; c++) {
                    worst = Math.max(worst, Math.abs(m.probability(s.x1(c), s.x2(r)) - s.probability(c, r)));
                }
            }
            assertTrue(worst < 1e-6, "worst difference from LogisticModel.probability: " + worst);
        }
    }

    @Test
    void anyOtherClassifierIsAskedAtEveryCellCentreTopRowFirst() {
        Classifier model = (x1, x2) -> 0.7 * x1 - 1.3 * x2 + 0.2;
        DecisionSurface s = new DecisionSurface();
        s.evaluate(model, new Viewport(-2, 2, 0, 1), 8, 4);
        // Cell centres: x1 = -2 + (c + 0.5) * 0.5, x2 = 1 - (r + 0.5) * 0.25.
        assertEquals(-1.75, s.x1(0), 1e-12);
        assertEquals(0.875, s.x2(0), 1e-12);
        assertEquals(0.125, s.x2(3), 1e-12);
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 8; c++) {
                double x1 = -2 + (c + 0.5) * 0.5;
                double x2 = 1 - (r + 0.5) * 0.25;
                assertEquals((float) model.probability(x1, x2), s.values()[r * 8 + c], 0, "cell " + c + ", " + r);
            }
        }
    }

    @Test
    void reusesItsBufferForGridsNoLargerThanBefore() {
        DecisionSurface s = new DecisionSurface();
        Parameters p = Parameters.random(3, 1);
        s.evaluate(p, VIEW, 40, 30);
        float[] buffer = s.values();
        s.evaluate(p, VIEW, 40, 30);
        assertSame(buffer, s.values());
        s.evaluate((Classifier) (x1, x2) -> x1, VIEW, 30, 20);
        assertSame(buffer, s.values());
        assertEquals(30, s.columns());
        assertEquals(20, s.rows());
    }

    @Test
    void rejectsEmptyGridsAndMissingModels() {
        DecisionSurface s = new DecisionSurface();
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> s.evaluate(Parameters.random(1, 1), VIEW, 0, 5));
        assertTrue(e.getMessage().contains("0 x 5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> s.evaluate(null, VIEW, 4, 4));
        s.evaluate(Parameters.random(1, 1), VIEW, 4, 4);
        assertThrows(IndexOutOfBoundsException.class, () -> s.probability(4, 0));
    }
}
