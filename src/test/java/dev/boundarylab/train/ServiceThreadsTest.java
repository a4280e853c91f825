package dev.boundarylab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.data.DatasetKind;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The background threads: bounded memory however long they run, prompt ends, failures logged and shown. */
class ServiceThreadsTest {
    static List<Thread> alive(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(name) && t.isAlive())
                .collect(Collectors.toList());
    }

    @Test
    void aMillionEpochsKeepTheCostHistoryWithinItsCapacity() throws Exception {
        // Small data, so that a million epochs take a second or two: the history's size does not depend on it.
        Dataset data = DatasetKind.MOONS.generate(8, 5);
        try (TrainingService service = new TrainingService(data, 1, 2, 0.5, Double.POSITIVE_INFINITY, null)) {
            service.play();
            int largest = 0;
            long deadline = System.nanoTime() + 120_000_000_000L;
            TrainingSnapshot s = DivergenceTest.await(service, t -> true, "the first snapshot");
            while (s.epoch() < 1_000_000 && System.nanoTime() < deadline) {
                largest = Math.max(largest, s.costs().size());
                Thread.sleep(5);
                s = service.latest();
            }
            service.pause();
            s = DivergenceTest.await(service, t -> t.state() == TrainingSnapshot.State.PAUSED, "paused");
            assertTrue(s.epoch() >= 1_000_000, "epoch " + s.epoch());
            largest = Math.max(largest, s.costs().size());
            // 4096 evenly spread points and the latest one.
            assertTrue(largest <= 4097, "the history grew to " + largest + " points");
            assertTrue(
                    s.costs().size() >= 2048,
                    "and still spans the run: " + s.costs().size());
            assertEquals(0, s.costs().epoch(0));
            assertEquals(s.epoch(), s.costs().epoch(s.costs().size() - 1));
            DivergenceTest.assertFinite(s.costs(), "a million epochs");
        }
    }

    @Test
    void closingMidTrainingEndsTheTrainerThreadWithinASecond() throws Exception {
        TrainingService service =
                new TrainingService(DatasetKind.FLOWER.generate(2000, 1), 50, 2, 1.2, Double.POSITIVE_INFINITY, null);
        service.play();
        DivergenceTest.await(service, t -> t.epoch() > 3, "training");
        long t0 = System.nanoTime();
        service.close();
        long deadline = t0 + 1_000_000_000L;
        while (service.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertFalse(service.isAlive(), "the trainer is alive a second after close");
        TrainingSnapshot last = service.latest();
        service.play();
        Thread.sleep(50);
        assertSame(last, service.latest(), "a closed service ignores commands");
    }

    @Test
    void closingWhileLargeDataIsLoadingEndsTheTrainerThreadWithinASecond() throws Exception {
        Dataset large = DatasetKind.CIRCLES.generate(300_000, 2);
        TrainingService service =
                new TrainingService(DatasetKind.CIRCLES.generate(200, 2), 4, 2, 1.2, Double.POSITIVE_INFINITY, null);
        // The baseline's fifty cross-validation fits on 300,000 points take seconds.
        service.setData(large);
        Thread.sleep(200);
        long t0 = System.nanoTime();
        service.close();
        while (service.isAlive() && System.nanoTime() < t0 + 1_000_000_000L) {
            Thread.sleep(5);
        }
        assertFalse(service.isAlive(), "the trainer is alive a second after close");
        assertTrue(baselineThreads().isEmpty(), "the baseline's fit is alive a second after close");
    }

    @Test
    void theNetworkTrainsWhileTheBaselineOfLargeDataIsFitted() throws Exception {
        Dataset large = DatasetKind.CIRCLES.generate(300_000, 2);
        try (TrainingService service =
                new TrainingService(DatasetKind.CIRCLES.generate(200, 2), 4, 2, 1.2, Double.POSITIVE_INFINITY, null)) {
            service.setData(large);
            service.play();
            // Epochs go by while the fifty cross-validation fits (seconds on 300,000 points) are still running.
            TrainingSnapshot s = DivergenceTest.await(
                    service, t -> t.data() == large && t.epoch() >= 3, "three epochs on the large data");
            assertTrue(s.baseline().isPending(), "trained before the baseline was ready: " + s.baseline());
            assertFalse(baselineThreads().isEmpty(), "the fit runs on a thread of its own");
            s = DivergenceTest.await(service, t -> t.baseline().model() != null, "the baseline fitted");
            assertEquals(Baseline.fit(large), s.baseline(), "the same fit as on the training thread");
        }
    }

    /** The live threads fitting a baseline in the background. */
    private static java.util.List<Thread> baselineThreads() {
        java.util.List<Thread> out = new java.util.ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("boundary-lab-baseline") && t.isAlive()) {
                out.add(t);
            }
        }
        return out;
    }

    @Test
    void closingMidSweepEndsEverySweepThreadWithinASecond() throws Exception {
        Dataset data = DatasetKind.GAUSSIAN_QUANTILES.generate(400, 3);
        Sweep sweep = new Sweep(data, List.of(50, 40, 30, 20), 1.2, 5_000_000, 2, 2);
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                sweep.run(null);
            } catch (Throwable e) {
                outcome.set(e);
            }
        });
        caller.start();
        long wait = System.nanoTime() + 20_000_000_000L;
        while (sweep.epochsDone() < 100 && System.nanoTime() < wait) {
            Thread.sleep(5);
        }
        assertFalse(alive("boundary-lab-sweep").isEmpty(), "the sweep is running");
        long t0 = System.nanoTime();
        sweep.close();
        while ((!alive("boundary-lab-sweep").isEmpty() || caller.isAlive())
                && System.nanoTime() < t0 + 1_000_000_000L) {
            Thread.sleep(5);
        }
        assertTrue(alive("boundary-lab-sweep").isEmpty(), "sweep threads alive a second after close");
        assertFalse(caller.isAlive());
        assertTrue(outcome.get() instanceof CancellationException, "run ends saying it was cancelled: " + outcome);
        assertTrue(sweep.epochsDone() < sweep.epochsTotal());
    }

    @Test
    void aFailingCommandIsLoggedWithItsStackAndShownAsTheMessage() throws Exception {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger log = Logger.getLogger(TrainingService.class.getName());
        log.addHandler(handler);
        Dataset seed = DatasetKind.GAUSSIAN_QUANTILES.generate(200, 3);
        try (TrainingService service = new TrainingService(seed, 4, 2, 1.2, Double.POSITIVE_INFINITY, null)) {
            service.setData(new Dataset("nothing", new double[0], new double[0], new int[0]));
            TrainingSnapshot s = DivergenceTest.await(service, t -> !t.message().isEmpty(), "the failure is shown");
            assertEquals("the data set has no points to train on", s.message());
            assertSame(seed, s.data(), "the data in use stays");
            assertEquals(1, records.size(), "logged once");
            LogRecord r = records.get(0);
            assertEquals(Level.WARNING, r.getLevel());
            assertTrue(r.getThrown() instanceof IllegalArgumentException
                    && r.getThrown().getStackTrace().length > 0);
            // The thread survives it.
            service.play();
            DivergenceTest.await(service, t -> t.epoch() > 10, "still trains");
        } finally {
            log.removeHandler(handler);
        }
        assertThrows(IllegalArgumentException.class, () -> new Sweep(seed, List.of(0), 1, 1, 1, 1));
    }
}
