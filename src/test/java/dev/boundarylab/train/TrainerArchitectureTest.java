package dev.boundarylab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Architecture.Setting;
import dev.boundarylab.model.LayeredNetwork;
import dev.boundarylab.model.Network;
import dev.boundarylab.testutil.Golden;
import org.junit.jupiter.api.Test;

/** The trainer drives the general engine as it drives the seed's: history, chunks, reset and divergence. */
class TrainerArchitectureTest {
    private static final Architecture MINI = Architecture.seed(4)
            .with(Setting.LAYERS, "6,4")
            .with(Setting.ACTIVATION, "relu")
            .with(Setting.BATCH, "32")
            .with(Setting.L2, "0.1");

    @Test
    void theHistoryIsTheObjectiveAfterEachEpochAndChunksEqualOneRun() {
        Network init = Network.random(MINI, 2);
        Trainer a = new Trainer(Golden.seedData(), init, 0.2);
        a.run(100, null);
        Trainer b = new Trainer(Golden.seedData(), init, 0.2);
        for (int i = 0; i < 10; i++) {
            b.run(10, null);
        }
        assertEquals(a.network(), b.network(), "the shuffles go on where they were");
        LayeredNetwork ref = new LayeredNetwork(init, Golden.seedData());
        CostSeries s = a.costSeries();
        assertEquals(101, s.size());
        for (int e = 0; e < 100; e++) {
            assertEquals(ref.step(0.2), s.cost(e), 0.0, "J at epoch " + e);
        }
        assertEquals(ref.cost(), a.cost(), 0.0);
        assertEquals(ref.cost(), s.cost(100), 0.0);
        assertThrows(IllegalStateException.class, a::parameters, "layers 6,4 have no W1/b1/W2/b2 form");
        a.reset();
        assertEquals(0, a.epoch());
        a.run(100, null);
        assertEquals(b.network(), a.network(), "a reset starts the shuffles over");
    }

    @Test
    void aHugeRateDivergesWithFiniteParametersAndResetRecovers() {
        Trainer t = new Trainer(Golden.seedData(), Network.random(MINI.with(Setting.BATCH, "0"), 2), 1e6);
        double c0 = t.cost();
        t.run(5000, null);
        assertTrue(t.diverged(), "cost " + t.cost());
        assertTrue(Double.isFinite(t.network().logit(0.3, -0.2)));
        for (int i = 0; i < t.costSeries().size(); i++) {
            assertTrue(Double.isFinite(t.costSeries().cost(i)));
        }
        t.reset();
        assertFalse(t.diverged());
        assertEquals(c0, t.cost(), 0.0);
    }
}
