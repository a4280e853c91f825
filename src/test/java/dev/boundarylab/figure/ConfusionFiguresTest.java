package dev.boundarylab.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Network;
import dev.boundarylab.render.ConfusionSpec;
import dev.boundarylab.train.Baseline;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Both models' confusion matrices on the training and the held-out points, against counts made here. */
class ConfusionFiguresTest {
    /** Points scattered over [-3, 3]², labelled at random so that both models get some wrong. */
    private static Dataset scattered(int n, long seed) {
        Random r = new Random(seed);
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x1[i] = -3 + 6 * r.nextDouble();
            x2[i] = -3 + 6 * r.nextDouble();
            y[i] = r.nextInt(3);
        }
        return new Dataset("scattered", x1, x2, y, List.of("a", "b", "c"));
    }

    /** A network without hidden layers and three outputs whose logits are (0, s x1, s x2). */
    private static Network linear(double s) {
        Architecture a = Architecture.seed(1).withLayers(List.of()).withClasses(3);
        return new Network(a, new double[][][] {{{0, 0}, {s, 0}, {0, s}}}, new double[][] {{0, 0, 0}});
    }

    /** The most probable class of the logits (0, s x1, s x2), the first of equals: worked out here. */
    private static int predicted(double s, double x1, double x2) {
        double a = s * x1;
        double b = s * x2;
        return 0 >= a && 0 >= b ? 0 : a >= b ? 1 : 2;
    }

    private static int[][] counts(double s, Dataset d) {
        int[][] c = new int[3][3];
        for (int i = 0; i < d.size(); i++) {
            c[d.label(i)][predicted(s, d.x1(i), d.x2(i))]++;
        }
        return c;
    }

    @Test
    void aRowPerModelAColumnPerSetOfPointsEachCountedAsTheModelPredicts() {
        Dataset train = scattered(240, 3);
        Dataset test = scattered(90, 4);
        Baseline logistic = new Baseline.FittedOnFeatures(linear(-1), 1.0, 0.3, 1.1, "");
        ConfusionSpec spec = ConfusionFigures.of(linear(1), logistic, train, test);
        assertEquals(List.of("a", "b", "c"), spec.classNames());
        assertEquals(2, spec.columns());
        assertEquals(4, spec.tables().size());
        double[] sign = {1, 1, -1, -1};
        Dataset[] on = {train, test, train, test};
        for (int t = 0; t < 4; t++) {
            int[][] expected = counts(sign[t], on[t]);
            ConfusionSpec.Table table = spec.tables().get(t);
            for (int k = 0; k < 3; k++) {
                for (int p = 0; p < 3; p++) {
                    assertEquals(expected[k][p], table.matrix().count(k, p), table.title() + ": " + k + ", " + p);
                }
            }
        }
        assertEquals("Network — held-out points", spec.tables().get(1).title());
        assertEquals(
                "Logistic regression — training points", spec.tables().get(2).title());
    }

    @Test
    void withoutHeldOutPointsTheModelsStandSideBySideAndAPendingBaselineSaysSo() {
        Dataset train = scattered(50, 5);
        ConfusionSpec spec = ConfusionFigures.of(linear(1), new Baseline.Fitting(), train, null);
        assertEquals(2, spec.tables().size());
        assertEquals(1, spec.rows());
        assertNull(spec.tables().get(1).matrix());
        assertEquals("fitting…", spec.tables().get(1).note());
        assertEquals(50, spec.tables().get(0).matrix().total());
    }
}
