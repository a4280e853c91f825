package dev.boundarylab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.data.DatasetKind;
import dev.boundarylab.model.Parameters;
import org.junit.jupiter.api.Test;

/** A spike at the seed's setting is told once a run, as news, and the snapshot carries the trainer's spikes. */
class SpikeNoticeTest {
    @Test
    void theFirstSpikeIsToldOnceARunAndAgainAfterAReset() throws Exception {
        Dataset data = DatasetKind.GAUSSIAN_QUANTILES.generate(200, 3);
        Trainer reference = new Trainer(data, Parameters.random(4, 8), 1.2);
        reference.run(20_000, null);
        Trainer.Spike first = reference.spikes().get(0);
        try (TrainingService service = new TrainingService(data, 4, 8, 1.2, Double.POSITIVE_INFINITY, null)) {
            DivergenceTest.await(service, s -> true, "the first snapshot");
            // The cost of epoch end (back below the start) is computed by the update that follows it.
            long told1 = first.end() + 1;
            service.step(told1);
            TrainingSnapshot s = DivergenceTest.await(service, t -> t.epoch() == told1, "the first spike");
            assertEquals(Notice.Severity.INFO, s.notice().severity(), s.message());
            assertEquals(first.message(), s.message());
            assertEquals(first, s.spikes().get(0));
            long told = s.notice().serial();

            // Further spikes in the same run say nothing new.
            service.step(20_000 - told1);
            s = DivergenceTest.await(service, t -> t.epoch() == 20_000, "20,000 epochs");
            assertEquals(told, s.notice().serial(), "told once: " + s.message());
            assertEquals(reference.spikes(), s.spikes());
            assertTrue(s.spikes().size() > 1, "more spikes: " + s.spikes().size());
            assertEquals(TrainingSnapshot.State.PAUSED, s.state());

            // A reset starts a new run, which may say it again.
            service.reset();
            s = DivergenceTest.await(service, t -> t.epoch() == 0, "reset");
            assertEquals(0, s.spikes().size());
            service.step(told1);
            s = DivergenceTest.await(
                    service, t -> t.epoch() == told1 && !t.message().isEmpty(), "again");
            assertEquals(first.message(), s.message());
            assertNotEquals(told, s.notice().serial());
        }
    }
}
