package dev.boundarylab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MinMaxDecimatorTest {
    @Test
    void eachColumnKeepsItsFirstLeastGreatestAndLastPointInOrder() {
        Random rng = new Random(7);
        int n = 5000;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Math.sin(i / 40.0) + 0.3 * rng.nextGaussian();
        }
        MinMaxDecimator d = new MinMaxDecimator();
        d.start();
        for (int i = 0; i < n; i++) {
            d.add(i / 13, i, y[i]);
        }
        d.finish();
        int k = 0;
        for (int c = 0; c * 13 < n; c++) {
            int from = c * 13;
            int to = Math.min(n, from + 13);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = from; i < to; i++) {
                lo = Math.min(lo, y[i]);
                hi = Math.max(hi, y[i]);
            }
            // The column's kept points: the first and the last of the column, with least and greatest y between.
            assertEquals(from, d.points()[2 * k], "first point of column " + c);
            double keptLo = Double.POSITIVE_INFINITY;
            double keptHi = Double.NEGATIVE_INFINITY;
            double previous = -1;
            for (; k < d.size() && d.points()[2 * k] < to; k++) {
                assertTrue(d.points()[2 * k] > previous, "in order");
                previous = d.points()[2 * k];
                assertEquals(y[(int) d.points()[2 * k]], d.points()[2 * k + 1], "a point of the line");
                keptLo = Math.min(keptLo, d.points()[2 * k + 1]);
                keptHi = Math.max(keptHi, d.points()[2 * k + 1]);
            }
            assertEquals(to - 1, previous, "last point of column " + c);
            assertEquals(lo, keptLo, "least y of column " + c);
            assertEquals(hi, keptHi, "greatest y of column " + c);
        }
        assertEquals(d.size(), k);
        assertTrue(d.size() <= 4 * ((n + 12) / 13), "at most four points a column: " + d.size());
    }

    @Test
    void aColumnOfOnePointKeepsIt() {
        MinMaxDecimator d = new MinMaxDecimator();
        d.start();
        d.add(3, 3.5, 1);
        d.finish();
        assertEquals(1, d.size());
        assertEquals(3.5, d.points()[0]);
    }
}
