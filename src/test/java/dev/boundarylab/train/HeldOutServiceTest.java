package dev.boundarylab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.data.DatasetKind;
import dev.boundarylab.model.Network;
import dev.boundarylab.train.TrainingSnapshot.State;
import org.junit.jupiter.api.Test;

/**
 * The window's service holding points out: the split is {@code Dataset.split} with the init seed, the network
 * and the baseline train on the rest alone, and the snapshot's test numbers are the network's on the held-out
 * points, measured on the training thread.
 */
class HeldOutServiceTest {
    private static final Dataset SEED_DATA = DatasetKind.GAUSSIAN_QUANTILES.generate(200, 3);
    private static final long INIT_SEED = 2;

    private static TrainingService service() {
        return new TrainingService(SEED_DATA, 4, INIT_SEED, 1.2, Double.POSITIVE_INFINITY, null);
    }

    @Test
    void theSplitIsTheDatasetsSplitWithTheInitSeedAndTheNetworkTrainsOnTheRest() throws Exception {
        try (TrainingService service = service()) {
            service.setTestFraction(0.3);
            service.step(200);
            TrainingSnapshot s = DivergenceTest.await(service, t -> t.epoch() == 200, "200 epochs on the rest");
            Dataset.Split expected = SEED_DATA.split(0.3, INIT_SEED);
            HeldOut h = s.heldOut();
            assertTrue(h.any());
            assertEquals(0.3, h.fraction(), 0.0);
            assertSame(SEED_DATA, s.data(), "the data in use keeps every point");
            assertEquals(expected.test(), h.test());
            assertEquals(expected.train(), s.trainData());
            assertArrayEquals(expected.testIndices(), h.indices());
            assertEquals(60, h.test().size());
            // The network trained on the 140 points alone: the same run as a trainer on them.
            Trainer alone = new Trainer(expected.train(), Network.random(s.architecture(), INIT_SEED), 1.2);
            alone.run(200, null);
            assertEquals(alone.cost(), s.cost(), 1e-12);
            assertEquals(alone.accuracy(), s.accuracy(), 0.0);
        }
    }

    @Test
    void theSnapshotsTestCostIsTheNetworksCostOnTheHeldOutPoints() throws Exception {
        try (TrainingService service = service()) {
            service.setTestFraction(0.3);
            service.step(500);
            TrainingSnapshot s = DivergenceTest.await(service, t -> t.epoch() == 500, "500 epochs");
            Dataset test = SEED_DATA.split(0.3, INIT_SEED).test();
            HeldOut h = s.heldOut();
            assertEquals(500, h.epoch());
            // By hand: the mean of -y log p - (1 - y) log(1 - p) over the held-out points, and the share right.
            double sum = 0;
            int right = 0;
            for (int i = 0; i < test.size(); i++) {
                double p = s.network().probability(test.x1(i), test.x2(i));
                int y = test.label(i);
                sum += y == 1 ? -Math.log(p) : -Math.log(1 - p);
                right += (p > 0.5 ? 1 : 0) == y ? 1 : 0;
            }
            assertEquals(sum / test.size(), h.cost(), 1e-12);
            assertEquals(s.network().cost(test), h.cost(), 0.0);
            assertEquals((double) right / test.size(), h.accuracy(), 0.0);
            // Not the training cost: another set of points.
            assertNotEquals(s.cost(), h.cost(), 1e-3);
            // The history of the test cost starts at epoch 0 (the initial network's) and ends now.
            CostSeries c = h.costs();
            assertEquals(0, c.epoch(0));
            assertEquals(Network.random(s.architecture(), INIT_SEED).cost(test), c.cost(0), 1e-15);
            assertEquals(500, c.epoch(c.size() - 1));
            assertEquals(h.cost(), c.cost(c.size() - 1), 0.0);
        }
    }

    @Test
    void theBaselineIsFittedOnTheTrainingPointsOnly() throws Exception {
        try (TrainingService service = service()) {
            service.setTestFraction(0.3);
            service.step(1);
            TrainingSnapshot s = DivergenceTest.await(
                    service, t -> t.heldOut().any() && t.baseline().model() != null, "the baseline on the rest");
            Dataset.Split split = SEED_DATA.split(0.3, INIT_SEED);
            Baseline onTrain = Baseline.fit(split.train());
            Baseline onAll = Baseline.fit(SEED_DATA);
            assertEquals(onTrain.model(), s.baseline().model());
            assertNotEquals(onAll.model(), s.baseline().model());
            assertEquals(onTrain.accuracy(), s.baseline().accuracy(), 0.0);
            assertEquals(onTrain.model().accuracy(split.test()), s.heldOut().baselineAccuracy(), 0.0);
            assertEquals(onTrain.model().cost(split.test()), s.heldOut().baselineCost(), 0.0);
        }
    }

    @Test
    void aNewShareStartsTheNetworkOverAndZeroHoldsNothingOut() throws Exception {
        try (TrainingService service = service()) {
            service.setTestFraction(0.5);
            service.step(100);
            TrainingSnapshot half = DivergenceTest.await(
                    service, t -> t.epoch() == 100 && t.heldOut().fraction() == 0.5, "half held out");
            assertEquals(100, half.heldOut().test().size());
            service.setTestFraction(0);
            TrainingSnapshot none =
                    DivergenceTest.await(service, t -> !t.heldOut().any(), "none held out");
            assertEquals(0, none.epoch(), "starts over");
            assertSame(HeldOut.NONE, none.heldOut());
            assertSame(SEED_DATA, none.trainData());
            assertEquals(Baseline.fit(SEED_DATA).model(), none.baseline().model());
        }
    }

    @Test
    void reSeedingDrawsTheSplitWithTheNewSeedAsTheCommandLineDoes() throws Exception {
        try (TrainingService service = service()) {
            service.setTestFraction(0.3);
            DivergenceTest.await(service, t -> t.heldOut().any(), "held out");
            service.reseed(7);
            TrainingSnapshot s = DivergenceTest.await(
                    service,
                    t -> t.heldOut().test().equals(SEED_DATA.split(0.3, 7).test()),
                    "split with seed 7");
            assertEquals(Network.random(s.architecture(), 7), s.initialNetwork());
            assertEquals(State.PAUSED, s.state());
        }
    }

    @Test
    void newDataIsSplitAtTheShareInUse() throws Exception {
        Dataset moons = DatasetKind.MOONS.generate(100, 4);
        try (TrainingService service = service()) {
            service.setTestFraction(0.2);
            service.setData(moons);
            TrainingSnapshot s = DivergenceTest.await(service, t -> t.data() == moons, "the moons");
            assertEquals(moons.split(0.2, INIT_SEED).test(), s.heldOut().test());
        }
    }

    @Test
    void tooFewPointsToHoldAnyOutTrainOnThemAllAndSaySo() throws Exception {
        Dataset two = new Dataset("two", new double[] {0, 1}, new double[] {0, 1}, new int[] {0, 1});
        try (TrainingService service = new TrainingService(two, 4, INIT_SEED, 1.2, 1e3, null)) {
            service.setTestFraction(0.9);
            TrainingSnapshot s =
                    DivergenceTest.await(service, t -> t.message().contains("leaves none to train on"), "the note");
            assertFalse(s.heldOut().any());
            assertSame(two, s.trainData());
            assertTrue(s.message().startsWith("Test %: holding out 0.9 of 2 points"), s.message());
        }
    }

    @Test
    void aShareOutsideItsLimitIsRefusedWithTheLimitsMessage() {
        try (TrainingService service = service()) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> service.setTestFraction(0.95));
            assertEquals("test fraction must be from 0 to 0.9, got 0.95", e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> service.setTestFraction(Double.NaN));
        }
    }
}
