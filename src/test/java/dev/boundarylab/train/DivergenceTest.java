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
    /** Every run that diverges here does so within 50 epochs; a run still finite after 1000 trains on. */
    private static final long EPOCHS = 1000;

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
                assertFinite(t.costSeries(), where);
                // Whatever happened, the parameters a view draws are finite numbers.
                Parameters p = t.parameters();
                assertTrue(Double.isFinite(p.logit(1, 1)), where);
                if (t.diverged()) {
                    diverged++;
                    assertEquals(t.divergedAt(), t.epoch(), where + ": the run stops at the diverged epoch");
                    assertEquals(t.divergedAt(), done, where);
                    assertTrue(
                            t.costSeries().epoch(t.costSeries().size() - 1) < t.divergedAt() || t.divergedAt() == 0,
                            where + ": the diverged cost is not recorded");
                    assertEquals(0, t.run(10, null), where + ": a diverged run stays stopped");
                    t.reset();
                    assertFalse(t.diverged(), where);
                    assertEquals(0, t.epoch(), where);
                    assertEquals(c0, t.cost(), 0.0, where);
                } else {
                    assertEquals(EPOCHS, t.epoch(), where);
                    for (int i = 0; i < t.costSeries().size(); i++) {
                        assertTrue(t.costSeries().cost(i) <= Trainer.DIVERGENCE_FACTOR * c0, where);
                    }
                }
            }
        }
        // Rates this large must blow up on most data sets, or the check above proves nothing (14 of 21 do).
        assertTrue(diverged >= 2 * DatasetKind.values().length, diverged + " of 21 runs diverged");
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
                        assertEquals(
                                "diverged at epoch " + s.epoch() + ", try a smaller learning rate", s.message(), where);
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
