package dev.boundarylab.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TicksTest {
    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(1, Ticks.niceStep(6, 6), 1e-12);
        assertEquals(0.5, Ticks.niceStep(5.95, 10), 1e-12);
        assertEquals(2, Ticks.niceStep(6, 3.3), 1e-12);
        assertEquals(1000, Ticks.niceStep(5000, 6), 1e-9);
        assertEquals(0.1, Ticks.niceStep(0.7, 6), 1e-12);
        assertEquals(1, Ticks.niceStep(0, 5), 0);
        assertEquals(1, Ticks.niceStep(Double.NaN, 5), 0);
    }

    @Test
    void ticksInsideIncludeBothEnds() {
        assertArrayEquals(new double[] {-3, -2, -1, 0, 1, 2, 3}, Ticks.inside(-3, 3, 1), 1e-12);
        assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6000000000000001, 0.8}, Ticks.inside(0, 0.8, 0.2), 1e-12);
    }

    @Test
    void labelsUseTheStepsDecimalsAndATrueMinus() {
        assertEquals("\u22122", Ticks.format(-2, 1));
        assertEquals("0.0", Ticks.format(-1e-17, 0.5));
        assertEquals("0", Ticks.format(-1e-17, 1));
        assertEquals("2.5", Ticks.format(2.5, 0.5));
        assertEquals("0.60", Ticks.format(0.6000000000000001, 0.05));
        assertEquals("5000", Ticks.format(5000, 1000));
    }

    @Test
    void logLabelsArePlainNearOneAndExponentialFarAway() {
        assertEquals("0.01", Ticks.decade(-2));
        assertEquals("1", Ticks.decade(0));
        assertEquals("1e\u22125", Ticks.decade(-5));
        assertEquals("0.05", Ticks.logLabel(5, -2));
        assertEquals("2e\u22126", Ticks.logLabel(2, -6));
        assertEquals(0.05, Ticks.floor125(0.068), 1e-15);
        assertEquals(0.1, Ticks.floor125(0.1), 1e-15);
        assertEquals(1, Ticks.ceil125(0.69), 1e-15);
        assertEquals(0.2, Ticks.ceil125(0.2), 1e-15);
        assertEquals(0.5, Ticks.ceil125(0.21), 1e-15);
        // Extremes are clamped so that a log axis never reaches an infinite or zero bound.
        assertEquals(1e300, Ticks.ceil125(Double.MAX_VALUE), 1e285);
        assertEquals(1e-300, Ticks.floor125(Double.MIN_VALUE), 1e-315);
    }

    @Test
    void epochLabelsAreShortAboveTenThousand() {
        assertArrayEquals(new String[] {"0", "2500", "5000"}, Ticks.epochLabels(new double[] {0, 2500, 5000}));
        assertArrayEquals(
                new String[] {"0", "5k", "10k", "12.5k"}, Ticks.epochLabels(new double[] {0, 5000, 10_000, 12_500}));
        assertArrayEquals(new String[] {"0", "0.6M", "1.2M"}, Ticks.epochLabels(new double[] {0, 600_000, 1_200_000}));
        assertArrayEquals(new String[] {"15M"}, Ticks.epochLabels(new double[] {15_000_000}));
        assertEquals(5, Ticks.nextStep(2), 1e-12);
        assertEquals(100_000, Ticks.nextStep(50_000), 1e-6);
        assertEquals(0.2, Ticks.nextStep(0.1), 1e-12);
    }

    @Test
    void epochLabelsNeverCrowdAtAnyWidth() {
        long[] epochs = {0, 600_000, 1_234_567};
        double[] costs = {0.7, 0.3, 0.1};
        CostChartSpec spec = CostChartSpec.of(epochs, costs, Double.NaN, false);
        for (int width : new int[] {260, 400, 700, 1200}) {
            CostChartLayout lay = CostChartLayout.of(0, 0, width, 220, spec, new java.awt.geom.AffineTransform());
            double[] t = lay.xTicks();
            for (int i = 1; i < t.length; i++) {
                double apart = lay.x(t[i]) - lay.x(t[i - 1]);
                double needed = 0.5 * Style.width(lay.tickFont(), lay.xLabels()[i])
                        + 0.5 * Style.width(lay.tickFont(), lay.xLabels()[i - 1]);
                org.junit.jupiter.api.Assertions.assertTrue(
                        apart > needed + 4, width + " px: " + java.util.Arrays.toString(lay.xLabels()));
            }
            org.junit.jupiter.api.Assertions.assertTrue(t.length >= 2, width + " px: at least two epoch ticks");
        }
    }
}
