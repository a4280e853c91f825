package dev.boundarylab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The held-out cost's record: bounded, evenly spread, the newest sample always in, a changed last sample kept. */
class SampledCostsTest {
    @Test
    void aLongRunKeepsAtMostItsCapacityEvenlySpreadWithTheNewest() {
        SampledCosts s = new SampledCosts(16);
        for (long e = 0; e < 1000; e++) {
            s.add(3 * e, e);
            CostSeries c = s.toSeries();
            assertTrue(c.size() <= 17, "at most 16 samples and the newest: " + c.size());
            assertEquals(3 * e, c.epoch(c.size() - 1));
            assertEquals(0, c.epoch(0));
        }
        CostSeries c = s.toSeries();
        assertTrue(c.size() >= 8, "still spans the run: " + c.size());
        // Samples 0, 64, 128, ...: evenly spread.
        long step = c.epoch(1) - c.epoch(0);
        for (int i = 1; i < c.size() - 1; i++) {
            assertEquals(step, c.epoch(i) - c.epoch(i - 1), "gap before sample " + i);
            assertEquals(c.epoch(i) / 3.0, c.cost(i), 0.0);
        }
    }

    @Test
    void theSameEpochAgainReplacesTheLastAndEarlierOrNonFiniteOnesAreIgnored() {
        SampledCosts s = new SampledCosts(16);
        s.add(0, 0.7);
        s.add(5, 0.5);
        s.add(5, 0.55);
        s.add(3, 0.1);
        s.add(6, Double.NaN);
        CostSeries c = s.toSeries();
        assertEquals(2, c.size());
        assertEquals(0.55, c.cost(1), 0.0);
        s.clear();
        assertEquals(0, s.toSeries().size());
        s.add(2, 0.3);
        assertEquals(2, s.toSeries().epoch(0));
        assertThrows(IllegalArgumentException.class, () -> new SampledCosts(8));
    }
}
