package dev.boundarylab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.data.DatasetKind;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Network;
import org.junit.jupiter.api.Test;

/**
 * Measuring the held-out points while training runs takes at most about a tenth of the training thread's time
 * (two passes over them cost one to two epochs of the rest); paused, every snapshot is measured.
 */
class TestSplitTest {
    private static final Dataset DATA = DatasetKind.GAUSSIAN_QUANTILES.generate(200, 3);

    @Test
    void whileRunningAMeasurementWaitsNineTimesItsOwnDurationAndPausedEveryOneIsTaken() {
        long[] t = {0};
        // Each reading of the clock is 1 ms later: a measurement (two readings) takes 1 ms.
        TestSplit split = new TestSplit(() -> t[0] += 1_000_000);
        split.setFraction(0.3);
        split.use(split.draw(DATA, 2));
        Network n = Network.random(Architecture.seed(4), 2);
        Baseline none = Baseline.pending();
        HeldOut first = split.measure(0, n, none, true);
        assertEquals(0, first.epoch());
        int measured = 0;
        for (long epoch = 1; epoch <= 90; epoch++) {
            HeldOut h = split.measure(epoch, n, none, true);
            measured += h.epoch() == epoch ? 1 : 0;
        }
        // One reading a call between measurements: one due every 10 calls.
        assertTrue(measured >= 8 && measured <= 10, measured + " of 90 measured");
        HeldOut paused = split.measure(91, n, none, false);
        assertEquals(91, paused.epoch());
        assertEquals(n.cost(DATA.split(0.3, 2).test()), paused.cost(), 0.0);
        assertEquals(measured + 2, paused.costs().size(), "one sample a measurement");
    }

    @Test
    void aNewBaselineIsScoredAtOnceAndNothingHeldOutMeasuresNothing() {
        TestSplit split = new TestSplit(System::nanoTime);
        split.use(split.draw(DATA, 2));
        assertSame(HeldOut.NONE, split.measure(0, Network.random(Architecture.seed(4), 2), Baseline.pending(), false));
        split.setFraction(0.3);
        Dataset.Split s = DATA.split(0.3, 2);
        split.use(split.draw(DATA, 2));
        Baseline b = Baseline.fit(s.train());
        HeldOut h = split.measure(0, Network.random(Architecture.seed(4), 2), b, true);
        assertEquals(b.model().accuracy(s.test()), h.baselineAccuracy(), 0.0);
        assertEquals(b.model().cost(s.test()), h.baselineCost(), 0.0);
    }
}
