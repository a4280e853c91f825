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
    void aCostThatIsNotANumberFromTheStartStopsAtEpochZeroWithTheInitialParameters() {
        // W1 x overflows to +inf and -inf in the two coordinates, so z1 = inf - inf is NaN and so is the cost.
        Dataset far = new Dataset("far", new double[] {1e300, -1e300}, new double[] {1e300, 1e300}, new int[] {0, 1});
        Parameters p = new Parameters(new double[][] {{1e10, -1e10}}, new double[] {0}, new double[] {1}, 0);
        Trainer t = new Trainer(far, p, 1.2);
        assertTrue(Double.isNaN(t.cost()));
        assertEquals(0, t.run(100, null));
        assertTrue(t.diverged());
        assertEquals(0, t.divergedAt());
        assertEquals(p, t.parameters(), "the update with NaN gradients is undone");
        assertEquals(0, t.costSeries().size());
    }

    @Test
    void anUpdateThatOverflowsTheParametersIsUndoneAndCountsAsDivergence() {
        // At W1 = 0 the hidden units are linear, so dW1 = W2 dZ2 x / m is about 1e303 and the step lr * dW1 overflows.
        Dataset far = new Dataset("far", new double[] {1e300, -1e300}, new double[] {1e300, -1e300}, new int[] {1, 0});
        Parameters p = new Parameters(new double[][] {{0, 0}}, new double[] {0}, new double[] {1e3}, 0);
        Trainer t = new Trainer(far, p, 1e6);
        double c0 = t.cost();
        assertEquals(Math.log(2), c0, 1e-15);
        assertEquals(0, t.run(10, null));
        assertEquals(0, t.divergedAt());
        assertEquals(p, t.parameters());
        assertEquals(c0, t.cost(), 0.0);
        assertEquals(1, t.costSeries().size());
    }

    @Test
    void badLearningRatesAreRefused() {
        Trainer t = new Trainer(data, Parameters.random(4, 2), 1.2);
        assertThrows(IllegalArgumentException.class, () -> t.setLearningRate(-1));
        assertThrows(IllegalArgumentException.class, () -> t.setLearningRate(Double.NaN));
        assertEquals(1.2, t.learningRate());
    }

    @Test
    void unsettledChunksThenSettleEndWhereRunEnds() {
        Dataset data = dev.boundarylab.testutil.Golden.seedData();
        Parameters init = Parameters.random(4, 2);
        Trainer settledRun = new Trainer(data, init, 1.2);
        Trainer chunks = new Trainer(data, init, 1.2);
        for (int k = 0; k < 50; k++) {
            settledRun.run(7, null);
            double before = chunks.cost();
            chunks.runUnsettled(7);
            // Left one update behind: the cost is that of epoch 7k + 6, which run() recorded in the history too.
            assertEquals(7L * (k + 1), chunks.epoch());
            assertTrue(chunks.cost() != before);
        }
        // The cost recorded for the last epoch before the final update equals the unsettled cost.
        CostSeries h = chunks.costSeries();
        assertEquals(h.cost(h.size() - 1), chunks.cost(), 0.0);
        assertEquals(349, h.epoch(h.size() - 1));
        chunks.settle();
        assertEquals(settledRun.parameters(), chunks.parameters());
        assertEquals(settledRun.cost(), chunks.cost(), 0.0);
        assertEquals(settledRun.accuracy(), chunks.accuracy(), 0.0);
        CostSeries a = settledRun.costSeries();
        CostSeries b = chunks.costSeries();
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.epoch(i), b.epoch(i));
            assertEquals(a.cost(i), b.cost(i), 0.0);
        }
        double settledCost = chunks.cost();
        chunks.settle();
        assertEquals(settledCost, chunks.cost(), 0.0, "settling twice changes nothing");
    }

    @Test
    void aWeightSetByHandChangesTheNetworkInPlaceAndItsCostAtThatEpoch() {
        Trainer t = new Trainer(data, Parameters.random(4, 2), 1.2);
        t.run(100, null);
        long epoch = t.epoch();
        int points = t.costSeries().size();
        t.setWeight(1, 0, 2, 3.0);
        assertEquals(epoch, t.epoch(), "the run stays at its epoch");
        assertEquals(3.0, t.network().weights(1)[0][2], 0);
        // The cost of the changed network, computed here by the batch forward pass of the network itself.
        assertEquals(t.network().cost(data), t.cost(), 1e-12);
        CostSeries h = t.costSeries();
        assertEquals(points, h.size(), "the last point is replaced, not added");
        assertEquals(epoch, h.epoch(h.size() - 1));
        assertEquals(t.cost(), h.cost(h.size() - 1), 0);
        assertThrows(IllegalArgumentException.class, () -> t.setWeight(2, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> t.setWeight(0, 0, 0, Double.NaN));
        // Training goes on from the changed network.
        assertEquals(10, t.run(10, null));
        assertEquals(epoch + 10, t.epoch());
    }
}
