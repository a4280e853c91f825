package dev.boundarylab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.data.DatasetKind;
import dev.boundarylab.model.Parameters;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Learning rates large enough to blow the network up, on every built-in data set: the trainer either trains or
 * stops at the epoch the cost diverged, with finite parameters and a cost history free of NaN and infinity; the
 * service says so in the words the user sees and a reset brings the run back.
 */
class DivergenceTest {
    private static final double[] RATES = {10, 50, 1000};
    /** Long enough for the stretch rule to decide: a run above its start for 1000 epochs within it diverges. */
    private static final long EPOCHS = 3000;

    @Test
    void everyDataSetAtHugeRatesTrainsOrStopsAtTheDivergedEpochWithAFiniteHistory() {
        int diverged = 0;
        for (DatasetKind kind : DatasetKind.values()) {
            Dataset data = kind.generate(200, 1);
            for (double rate : RATES) {
                String where = kind.id() + " at learning rate " + rate;
                Trainer t = new Trainer(data, Parameters.random(4, 2), rate);
                double c0 = t.cost();
                long done = t.run(EPOCHS, (epoch, cost) -> assertTrue(Double.isFinite(cost), where));
                CostSeries h = t.costSeries();
                assertFinite(h, where);
                // Whatever happened, the parameters a view draws are finite numbers.
                Parameters p = t.parameters();
                assertTrue(Double.isFinite(p.logit(1, 1)), where);
                if (t.diverged()) {
                    diverged++;
                    assertEquals(t.epoch(), done, where);
                    assertTrue(t.divergenceMessage().startsWith("diverged at epoch " + t.divergedAt() + ": "), where);
                    if (t.epoch() != t.divergedAt()) {
                        // Stopped by the stretch rule: every cost from the divergence on is above the start.
                        assertEquals(t.divergedAt() + Trainer.DIVERGENCE_STRETCH - 1, t.epoch(), where);
                        for (int i = 0; i < h.size(); i++) {
                            if (h.epoch(i) >= t.divergedAt()) {
                                assertTrue(h.cost(i) > c0, where + ", epoch " + h.epoch(i));
                            }
                        }
                    }
                    assertEquals(0, t.run(10, null), where + ": a diverged run stays stopped");
                    t.reset();
                    assertFalse(t.diverged(), where);
                    assertEquals(0, t.epoch(), where);
                    assertEquals(c0, t.cost(), 0.0, where);
                } else {
                    assertEquals(EPOCHS, t.epoch(), where);
                    assertTrue(longestStretchAbove(h, c0 * 1.01) < Trainer.DIVERGENCE_STRETCH, where);
                }
            }
        }
        // Rates this large must blow up on most data sets, or the check above proves nothing.
        assertTrue(diverged >= DatasetKind.values().length, diverged + " of 21 runs diverged");
    }

    /**
     * The seed's setting, where the cost jumps (the step overshoots) and comes back within a few epochs: a
     * cost-ratio rule would call such runs diverged. None of the init seeds 2 to 9 diverges; every jump is a spike
     * with its line, back within 20 epochs; with numpy's initial draw, seeds 3 to 8 jump (2 and 9 settle without).
     */
    @Test
    void theSeedsSettingSpikesButNeverDiverges() {
        Dataset data = DatasetKind.GAUSSIAN_QUANTILES.generate(200, 3);
        for (long seed = 2; seed <= 9; seed++) {
            Trainer t = new Trainer(data, Parameters.random(4, seed), 1.2);
            t.run(20_000, null);
            assertFalse(t.diverged(), "init seed " + seed + ": " + t.divergenceMessage());
            assertEquals(20_000, t.epoch());
            if (seed < 3 || seed > 8) {
                continue;
            }
            assertTrue(t.spikeCount() > 0, "init seed " + seed + " has jumps to report");
            Trainer.Spike first = t.spikes().get(0);
            assertTrue(first.end() > first.start() && first.end() - first.start() < 20, first.toString());
            assertEquals(
                    "the cost jumped at epoch " + first.start() + ": the step overshot; it was back by epoch "
                            + first.end() + "; a smaller learning rate avoids this",
                    first.message());
        }
    }

    @Test
    void aRateThatNeverComesBackDivergesAndOneThatOscillatesLearns() {
        Dataset data = DatasetKind.GAUSSIAN_QUANTILES.generate(200, 3);
        Trainer high = new Trainer(data, Parameters.random(4, 2), 1000);
        high.run(20_000, null);
        assertTrue(high.diverged());
        assertTrue(high.epoch() < 2 * Trainer.DIVERGENCE_STRETCH, "epoch " + high.epoch());
        // Init seed 2 at rate 10 jumps 28 times, the longest for 20 epochs, and learns.
        Trainer ten = new Trainer(data, Parameters.random(4, 2), 10);
        ten.run(20_000, null);
        assertFalse(ten.diverged(), ten.divergenceMessage());
        assertTrue(ten.spikeCount() > 0, "rate 10 overshoots");
        assertTrue(ten.cost() < 0.5, "cost " + ten.cost());
    }

    private static long longestStretchAbove(CostSeries h, double level) {
        long longest = 0;
        long since = -1;
        for (int i = 0; i < h.size(); i++) {
            if (h.cost(i) > level) {
                since = since < 0 ? h.epoch(i) : since;
                longest = Math.max(longest, h.epoch(i) - since + 1);
            } else {
                since = -1;
            }
        }
        return longest;
    }

    @Test
    void theServiceStopsWithTheUsersMessageAndResetRecovers() throws Exception {
        Dataset first = DatasetKind.GAUSSIAN_QUANTILES.generate(200, 3);
        try (TrainingService service = new TrainingService(first, 4, 2, 1000, Double.POSITIVE_INFINITY, null)) {
            for (DatasetKind kind : DatasetKind.values()) {
                Dataset data = kind.generate(200, 1);
                for (double rate : RATES) {
                    String where = kind.id() + " at learning rate " + rate;
                    service.pause();
                    service.setData(data);
                    service.setLearningRate(rate);
                    await(service, s -> s.data() == data && s.learningRate() == rate && s.epoch() == 0, where);
                    service.play();
                    TrainingSnapshot s = await(
                            service, t -> t.state() == TrainingSnapshot.State.DIVERGED || t.epoch() >= EPOCHS, where);
                    service.pause();
                    s = await(service, t -> t.state() != TrainingSnapshot.State.RUNNING, where);
                    assertFinite(s.costs(), where);
                    assertTrue(Double.isFinite(s.parameters().logit(0.5, -0.5)), where);
                    if (s.state() == TrainingSnapshot.State.DIVERGED) {
                        assertTrue(
                                s.message().matches("diverged at epoch \\d+: .*; try a smaller learning rate"), where);
                        service.play();
                        TrainingSnapshot again = await(service, t -> t.message().endsWith("Reset starts over"), where);
                        assertEquals(TrainingSnapshot.State.DIVERGED, again.state(), where);
                        assertEquals(s.message() + "; Reset starts over", again.message(), where);
                        assertEquals(s.epoch(), again.epoch(), where);
                        service.reset();
                        TrainingSnapshot back = await(
                                service, t -> t.state() == TrainingSnapshot.State.PAUSED && t.epoch() == 0, where);
                        assertEquals("", back.message(), where);
                        assertEquals(1, back.costs().size(), where);
                    }
                }
            }
        }
    }

    static void assertFinite(CostSeries s, String where) {
        for (int i = 0; i < s.size(); i++) {
            assertTrue(Double.isFinite(s.cost(i)), where + ": cost " + s.cost(i) + " at epoch " + s.epoch(i));
        }
    }

    /** Waits up to 20 s for a snapshot meeting {@code condition} (there is none before the first data set is in). */
    static TrainingSnapshot await(TrainingService service, Predicate<TrainingSnapshot> condition, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            TrainingSnapshot s = service.latest();
            if (s != null && condition.test(s)) {
                return s;
            }
            Thread.sleep(2);
        }
        throw new AssertionError("timed out waiting: " + what + "; last snapshot " + service.latest());
    }
}
