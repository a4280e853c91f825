package dev.boundarylab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CostHistoryTest {
    @Test
    void aMillionEpochsKeepBoundedEvenlySpacedPointsEndingAtTheLast() {
        CostHistory h = new CostHistory(1024);
        for (long e = 0; e <= 1_000_000; e++) {
            h.add(e, 1.0 / (e + 1));
        }
        CostSeries s = h.toSeries();
        assertTrue(s.size() <= 1025, "size " + s.size());
        assertTrue(s.size() >= 512, "size " + s.size());
        assertEquals(0, s.epoch(0));
        assertEquals(1_000_000, s.epoch(s.size() - 1));
        assertEquals(1.0 / 1_000_001, s.cost(s.size() - 1), 0);
        long stride = h.stride();
        for (int i = 0; i < s.size() - 1; i++) {
            assertEquals(0, s.epoch(i) % stride, "point " + i + " off the stride");
            assertEquals(1.0 / (s.epoch(i) + 1), s.cost(i), 0, "cost kept with its epoch");
        }
    }

    @Test
    void nonFiniteCostsAndRepeatedEpochsAreNotKept() {
        CostHistory h = new CostHistory(16);
        h.add(0, 0.7);
        h.add(1, Double.NaN);
        h.add(2, Double.POSITIVE_INFINITY);
        h.add(3, 0.5);
        h.add(3, 0.4);
        CostSeries s = h.toSeries();
        assertEquals(2, s.size());
        assertEquals(3, s.epoch(1));
        assertEquals(0.5, s.cost(1), 0);
    }

    @Test
    void aRestoredHistoryGoesOnKeepingAndDroppingTheSamePoints() {
        CostHistory whole = new CostHistory(16);
        CostHistory first = new CostHistory(16);
        for (long e = 0; e <= 37; e++) {
            whole.add(e, 1.0 / (e + 1));
            first.add(e, 1.0 / (e + 1));
        }
        assertEquals(4, first.stride(), "thinned twice by epoch 37");
        CostHistory again = CostHistory.restore(16, first.stride(), first.toSeries());
        for (long e = 38; e <= 200; e++) {
            whole.add(e, 1.0 / (e + 1));
            again.add(e, 1.0 / (e + 1));
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(
                whole.toSeries().epochs(), again.toSeries().epochs());
        org.junit.jupiter.api.Assertions.assertArrayEquals(
                whole.toSeries().costs(), again.toSeries().costs(), 0);
        assertEquals(whole.stride(), again.stride());
    }

    @Test
    void aSeriesNoHistoryCouldHaveGivenIsRefused() {
        CostSeries ok = new CostSeries(new long[] {0, 2, 4, 5}, new double[] {1, 0.9, 0.8, 0.7});
        assertEquals(4, CostHistory.restore(16, 2, ok).toSeries().size());
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> CostHistory.restore(16, 3, ok), "stride not a power of two");
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> CostHistory.restore(16, 2, new CostSeries(new long[] {0, 3, 4}, new double[] {1, 1, 1})),
                "off the stride, not last");
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> CostHistory.restore(16, 1, new CostSeries(new long[] {0, 2, 1}, new double[] {1, 1, 1})),
                "not increasing");
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> CostHistory.restore(16, 1, new CostSeries(new long[] {0, 1}, new double[] {1, Double.NaN})),
                "not finite");
        long[] many = new long[17];
        for (int i = 0; i < many.length; i++) {
            many[i] = i;
        }
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> CostHistory.restore(16, 1, new CostSeries(many, new double[17])),
                "more than its capacity");
    }
}
