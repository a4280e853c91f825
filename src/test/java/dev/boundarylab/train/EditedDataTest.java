package dev.boundarylab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.data.DatasetKind;
import dev.boundarylab.data.Drawing;
import dev.boundarylab.model.Network;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The network trains on through a person's edits of the data: its weights, epoch and cost history carry on. */
class EditedDataTest {
    private static final Dataset A = DatasetKind.GAUSSIAN_QUANTILES.generate(200, 3);
    private static final Dataset B = Drawing.add(Drawing.add(A, 2.5, 2.5, 0), -2.5, -2.5, 1);

    @Test
    void dataOfThreeClassesTrainsOnceTwoOfThemHavePoints() {
        Dataset a = Drawing.add(Drawing.empty(java.util.List.of("r", "g", "b")), 0, 0, 2);
        assertTrue(!EditedData.trainable(a), "one class only");
        assertEquals(
                "hand-made data: waiting for points of two classes at least to train (0 of class r, 0 of class g,"
                        + " 1 of class b)",
                EditedData.waitingMessage(a));
        assertTrue(EditedData.trainable(Drawing.add(a, 1, 1, 0)), "classes 0 and 2");
    }

    @Test
    void swappingTheDataKeepsTheNetworkEpochAndHistory() {
        Trainer t = new Trainer(A, Network.random(dev.boundarylab.model.Architecture.seed(4), 2), 1.2);
        t.run(50, null);
        Network atSwap = t.network();
        CostSeries before = t.costSeries();
        t.swapData(B);
        assertEquals(50, t.epoch());
        assertSame(B, t.data());
        assertEquals(atSwap.cost(B), t.cost(), 1e-12, "the cost is on the new points");
        t.run(30, null);
        assertEquals(80, t.epoch());
        // As a run started on B from the network at the swap: the same updates.
        Trainer fresh = new Trainer(B, atSwap, 1.2);
        fresh.run(30, null);
        assertArrayEquals(fresh.network().weights(0)[0], t.network().weights(0)[0], 1e-12);
        assertEquals(fresh.cost(), t.cost(), 1e-12);
        // The history before the swap is kept: epochs 0 to 49 on A, then B's from the swap on.
        CostSeries after = t.costSeries();
        for (int i = 0; i < 50; i++) {
            assertEquals(before.epoch(i), after.epoch(i));
            assertEquals(before.cost(i), after.cost(i), 0.0);
        }
        assertEquals(fresh.costSeries().cost(0), after.cost(50), 1e-12, "the cost at the swap is B's");
    }

    @Test
    void theServiceTrainsOnThroughAnEditAndMarksIt() throws Exception {
        try (TrainingService s = new TrainingService(A, 4, 2, 1.2, 1000, null)) {
            s.step(100);
            TrainingSnapshot at100 = await(s, t -> t.epoch() == 100);
            s.editData(B, true);
            TrainingSnapshot edited = await(s, t -> t.data() == B);
            assertEquals(100, edited.epoch(), "the epoch does not restart");
            assertArrayEquals(at100.network().weights(0)[1], edited.network().weights(0)[1], 0.0, "weights carry on");
            assertArrayEquals(new long[] {100}, edited.dataChanges());
            s.step(50);
            TrainingSnapshot later = await(s, t -> t.epoch() == 150);
            assertSame(B, later.data());
            // The baseline is refitted on the edited points, in the background.
            double expected = Baseline.fit(B).accuracy();
            TrainingSnapshot refitted = await(s, t -> t.baseline().accuracy() == expected);
            assertEquals(Baseline.fit(B).cost(), refitted.baseline().cost(), 1e-12);
            // A continuation of the same stroke is not marked again.
            Dataset b2 = Drawing.add(B, 0, 2.9, 1);
            s.editData(b2, false);
            assertArrayEquals(new long[] {100}, await(s, t -> t.data() == b2).dataChanges());
        }
    }

    @Test
    void dataLackingAClassIsWaitedOnWithoutTraining() throws Exception {
        try (TrainingService s = new TrainingService(A, 4, 2, 1.2, Double.POSITIVE_INFINITY, null)) {
            s.step(20);
            TrainingSnapshot at20 = await(s, t -> t.epoch() == 20);
            Dataset empty = Drawing.empty(A.labelNames());
            s.editData(empty, true);
            TrainingSnapshot waiting = await(s, t -> t.data() == empty);
            assertTrue(waiting.message().contains("waiting for points of both classes"), waiting.message());
            assertTrue(Double.isNaN(waiting.accuracy()));
            assertTrue(waiting.baseline().model() == null);
            s.play();
            s.step(5); // neither playing nor stepping trains while a class is missing
            Dataset oneClass = Drawing.add(empty, 0, 0, 1);
            s.editData(oneClass, true);
            TrainingSnapshot still = await(s, t -> t.data() == oneClass);
            assertEquals(20, still.epoch());
            assertEquals(
                    still.network().accuracy(oneClass),
                    still.accuracy(),
                    0.0,
                    "the network's accuracy on the one point");
            assertArrayEquals(at20.network().weights(0)[0], still.network().weights(0)[0], 0.0);
            Dataset both = Drawing.add(oneClass, 1, 1, 0);
            s.editData(both, true);
            s.step(10);
            TrainingSnapshot trained = await(s, t -> t.epoch() == 30);
            assertSame(both, trained.data());
            assertArrayEquals(new long[] {20}, trained.dataChanges(), "the three edits at epoch 20, marked once");
        }
    }

    private static TrainingSnapshot await(TrainingService s, Predicate<TrainingSnapshot> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            TrainingSnapshot t = s.latest();
            if (t != null && condition.test(t)) {
                return t;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("timed out; last snapshot " + s.latest());
    }
}
