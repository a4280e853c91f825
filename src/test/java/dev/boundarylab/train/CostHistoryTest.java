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
}
