package dev.boundarylab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.NeuralNetwork;
import dev.boundarylab.model.Parameters;
import dev.boundarylab.testutil.Golden;
import org.junit.jupiter.api.Test;

class TrainerTest {
    private final Dataset data = Golden.seedData();

    @Test
    void runInChunksEqualsOneLongRunAndRecordsTheCostOfEachEpoch() {
        Parameters p = Parameters.random(4, 2);
        Trainer a = new Trainer(data, p, 1.2);
        a.run(300, null);
        Trainer b = new Trainer(data, p, 1.2);
        for (int i = 0; i < 30; i++) {
            b.run(10, null);
        }
        assertEquals(300, b.epoch());
        assertEquals(a.parameters(), b.parameters());
        NeuralNetwork ref = new NeuralNetwork(p, data);
        for (int i = 0; i < 300; i++) {
            ref.step(1.2);
        }
        assertEquals(ref.cost(), a.cost(), 0);
        assertEquals(ref.accuracy(), a.accuracy(), 0);
        CostSeries s = a.costSeries();
        assertEquals(301, s.size());
        assertEquals(300, s.epoch(300));
    }

    @Test
    void resetReturnsToEpochZeroWithTheSameCost() {
        Trainer t = new Trainer(data, Parameters.random(4, 2), 1.2);
        double c0 = t.cost();
        t.run(500, null);
        assertTrue(t.cost() < c0);
        t.reset();
        assertEquals(0, t.epoch());
        assertEquals(c0, t.cost(), 0);
        assertEquals(1, t.costSeries().size());
    }

    @Test
    void aHugeLearningRateIsCaughtAsDivergenceAndResetRecovers() {
        Trainer t = new Trainer(data, Parameters.random(50, 2), 1e5);
        t.run(10_000, null);
        assertTrue(t.diverged(), "cost " + t.cost());
        assertTrue(t.divergedAt() >= 0 && t.divergedAt() < 10_000);
        assertEquals(0, t.run(10, null));
        for (int i = 0; i < t.costSeries().size(); i++) {
            assertTrue(Double.isFinite(t.costSeries().cost(i)));
        }
        t.reset();
        assertFalse(t.diverged());
    }

    @Test
    void badLearningRatesAreRefused() {
        Trainer t = new Trainer(data, Parameters.random(4, 2), 1.2);
        assertThrows(IllegalArgumentException.class, () -> t.setLearningRate(-1));
        assertThrows(IllegalArgumentException.class, () -> t.setLearningRate(Double.NaN));
        assertEquals(1.2, t.learningRate());
    }
}
