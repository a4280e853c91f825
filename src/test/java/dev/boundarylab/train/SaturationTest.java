package dev.boundarylab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.data.DatasetKind;
import dev.boundarylab.model.Parameters;
import dev.boundarylab.testutil.Golden;
import org.junit.jupiter.api.Test;

/**
 * Points a million times farther from the origin than the generators put them saturate every tanh unit and, with
 * large weights, the sigmoid: training and the baseline must still see finite costs and gradients throughout.
 */
class SaturationTest {
    static Dataset scaled(Dataset d, double k) {
        double[] a = d.x1();
        double[] b = d.x2();
        for (int i = 0; i < a.length; i++) {
            a[i] *= k;
            b[i] *= k;
        }
        return new Dataset(d.name() + " x" + k, a, b, d.labels());
    }

    @Test
    void theNetworkTrainsHundredsOfEpochsOnDataScaledByAMillionWithFiniteCosts() {
        for (Dataset base : new Dataset[] {Golden.seedData(), DatasetKind.MOONS.generate(200, 4)}) {
            Dataset far = scaled(base, 1e6);
            Trainer t = new Trainer(far, Parameters.random(4, 2), 1.2);
            double c0 = t.cost();
            t.run(300, (epoch, c) -> assertTrue(Double.isFinite(c), far.name() + " epoch " + epoch + ": " + c));
            assertFalse(t.diverged(), far.name() + " diverged at " + t.divergedAt());
            assertEquals(300, t.epoch());
            assertTrue(t.cost() < c0, far.name() + ": the cost falls from " + c0 + " to " + t.cost());
            DivergenceTest.assertFinite(t.costSeries(), far.name());
            Parameters p = t.parameters();
            for (int j = 0; j < p.hidden(); j++) {
                assertTrue(Math.abs(p.w1(j, 0)) < 1e3 && Math.abs(p.w2(j)) < 1e3, "weights stay moderate");
            }
        }
    }

    @Test
    void largeOutputWeightsOnFarPointsKeepTheCostFiniteAndLarge() {
        Dataset far = scaled(Golden.seedData(), 1e6);
        // W2 of 1e6 puts the logits near +-1e6: every misclassified point costs about 1e6.
        Parameters big = new Parameters(
                new double[][] {{1, 0}, {0, 1}, {1, 1}, {1, -1}},
                new double[4],
                new double[] {1e6, -1e6, 1e6, -1e6},
                0);
        Trainer t = new Trainer(far, big, 1e-3);
        double c0 = t.cost();
        assertTrue(Double.isFinite(c0) && c0 > 1e4, "cost " + c0);
        t.run(300, (epoch, c) -> assertTrue(Double.isFinite(c), "epoch " + epoch + ": " + c));
        assertFalse(t.diverged());
        assertTrue(t.cost() < c0, "gradients of saturated units still lower the cost: " + c0 + " to " + t.cost());
        DivergenceTest.assertFinite(t.costSeries(), "large weights");
    }

    @Test
    void theBaselineOnDataScaledByAMillionIsTheSameClassifierScaled() {
        for (Dataset base : new Dataset[] {Golden.seedData(), DatasetKind.MOONS.generate(200, 4)}) {
            Baseline near = Baseline.fit(base);
            Baseline far = Baseline.fit(scaled(base, 1e6));
            assertNotNull(far.model(), far.problem());
            assertTrue(Double.isFinite(far.cost()), "cost " + far.cost());
            assertEquals(near.accuracy(), far.accuracy(), 0.02, base.name());
            assertTrue(Double.isFinite(far.model().logit(3e6, -2e6)));
        }
    }
}
