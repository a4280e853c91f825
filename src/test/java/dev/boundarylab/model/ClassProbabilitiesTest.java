package dev.boundarylab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.boundarylab.data.Dataset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The K-class calls of a classifier: a binary one answers them as (1 - p, p) from its one logit, its predictions
 * are its old ones, and softmax, its cross-entropy and a confusion matrix give the numbers worked out by hand.
 */
class ClassProbabilitiesTest {
    private static final double[] X1 = {-2, -0.5, 0, 0.25, 3};
    private static final double[] X2 = {1, 2, 0, -1, 0.5};

    @Test
    void aBinaryClassifierGivesOneMinusPAndPAndItsOldPredictions() {
        Classifier c = Classifier.of((a, b) -> 1.5 * a - 0.5 * b + 0.1);
        int n = X1.length;
        double[] p = new double[n];
        c.probabilities(X1, X2, n, p);
        double[] pk = new double[2 * n];
        c.classProbabilities(X1, X2, n, pk);
        double[] zk = new double[2 * n];
        c.classLogits(X1, X2, n, zk);
        int[] y = new int[n];
        c.predict(X1, X2, n, y);
        for (int i = 0; i < n; i++) {
            double z = c.logit(X1[i], X2[i]);
            assertEquals(p[i], pk[2 * i + 1], 0, "p of class 1");
            assertEquals(1 - p[i], pk[2 * i], 1e-15, "p of class 0");
            assertEquals(0, zk[2 * i]);
            assertEquals(z, zk[2 * i + 1]);
            assertEquals(z > 0 ? 1 : 0, y[i]);
            assertEquals(y[i], c.predict(X1[i], X2[i]));
        }
        assertEquals(2, c.classes());
    }

    @Test
    void softmaxOfLogitsWorkedOutByHand() {
        // z = (0, ln 2, ln 5): e^z = 1, 2, 5 of 8.
        double[] z = {9, 0, Math.log(2), Math.log(5)};
        double[] p = new double[4];
        Softmax.probabilities(z, 1, 3, p, 1);
        assertArrayEquals(new double[] {0, 1 / 8.0, 2 / 8.0, 5 / 8.0}, p, 1e-15);
        assertEquals(Math.log(8), Softmax.crossEntropy(z, 1, 3, 0), 1e-15);
        assertEquals(Math.log(8 / 5.0), Softmax.crossEntropy(z, 1, 3, 2), 1e-15);
        assertEquals(2, Softmax.argmax(z, 1, 3));
        // Ties go to the first, as numpy's argmax; huge logits stay finite.
        assertEquals(0, Softmax.argmax(new double[] {1, 1, 0}, 0, 3));
        assertEquals(2000, Softmax.crossEntropy(new double[] {1000, -1000, 0}, 0, 3, 1), 1e-12);
        Softmax.probabilities(new double[] {1000, 1000, -1e300}, 0, 3, p, 0);
        assertArrayEquals(new double[] {0.5, 0.5, 0}, java.util.Arrays.copyOf(p, 3), 0);
    }

    @Test
    void aConfusionMatrixCountsTrueClassesByRowAndPredictionsByColumn() {
        // Predicts 1 where x1 > 0; the labels below put one point of each class on the wrong side.
        Classifier c = Classifier.of((a, b) -> a);
        Dataset d = new Dataset("d", X1, X2, new int[] {0, 1, 0, 1, 0});
        Confusion m = Confusion.of(c, d);
        // True 0: x1 -2, 0 (predicted 0), 3 (predicted 1); true 1: -0.5 (0), 0.25 (1).
        assertArrayEquals(new int[][] {{2, 1}, {1, 1}}, m.counts());
        assertEquals(5, m.total());
        assertEquals(c.accuracy(d), m.accuracy(), 0);
        assertThrows(IllegalArgumentException.class, () -> Confusion.of(new int[][] {{1, 2}}));
    }

    @Test
    void aDataSetOfKClassesCountsThemAndSplitsEachAlike() {
        int[] y = new int[40];
        double[] x = new double[40];
        for (int i = 0; i < 40; i++) {
            y[i] = i % 4;
            x[i] = i;
        }
        Dataset d = new Dataset("four", x, x, y, 4);
        assertEquals(4, d.classes());
        assertEquals(List.of("0", "1", "2", "3"), d.labelNames());
        assertArrayEquals(new int[] {10, 10, 10, 10}, d.classCounts());
        assertArrayEquals(new int[] {3, 3, 3, 3}, d.split(0.3, 1).test().classCounts());
        assertEquals(2, new Dataset("two", x, x, new int[40]).classes());
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new Dataset("bad", x, x, y, List.of("a", "b", "c")));
        assertEquals("point 3 has label 3; labels are 0 to 2", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Dataset("bad", x, x, y, 9));
    }

    @Test
    void aNetworkOfKClassesHasKOutputRowsAndNoSingleLogit() {
        Architecture a = Architecture.seed(3).withClasses(4);
        assertEquals(4, a.outputs());
        assertArrayEquals(new int[] {3, 4}, a.widths());
        assertEquals(1, Architecture.seed(3).outputs());
        Network n = Network.random(a, 2);
        assertEquals(4, n.classes());
        assertEquals(4, n.weights(1).length);
        double[] p = new double[4 * X1.length];
        n.classProbabilities(X1, X2, X1.length, p);
        for (int i = 0; i < X1.length; i++) {
            assertEquals(1, p[4 * i] + p[4 * i + 1] + p[4 * i + 2] + p[4 * i + 3], 1e-15);
        }
        assertThrows(UnsupportedOperationException.class, () -> n.logit(0, 0));
        assertEquals(a, a.with(Architecture.Setting.CLASSES, a.text(Architecture.Setting.CLASSES)));
    }
}
