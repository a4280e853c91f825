package dev.boundarylab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.Parameters;
import dev.boundarylab.testutil.Golden;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SweepTest {
    private final Dataset data = Golden.seedData();

    @Test
    void eachSizeEqualsASingleRunWhateverTheThreadCount() {
        List<Integer> sizes = List.of(1, 3, 20);
        List<HeadlessRun.Result> one = new Sweep(data, sizes, 1.2, 400, 2, 1).run(null);
        List<HeadlessRun.Result> two = new Sweep(data, sizes, 1.2, 400, 2, 2).run(null);
        for (int i = 0; i < sizes.size(); i++) {
            HeadlessRun.Result single =
                    HeadlessRun.train(data, Parameters.random(sizes.get(i), 2), 1.2, 400, null, null);
            assertEquals(sizes.get(i).intValue(), one.get(i).parameters().hidden());
            assertEquals(single.parameters(), one.get(i).parameters(), "size " + sizes.get(i) + ", 1 thread");
            assertEquals(single.parameters(), two.get(i).parameters(), "size " + sizes.get(i) + ", 2 threads");
            assertEquals(single.cost(), two.get(i).cost(), 0);
            assertEquals(single.accuracy(), two.get(i).accuracy(), 0);
        }
    }

    @Test
    void withHeldOutPointsEachSizeTrainsOnTheRestAndIsTestedOnThem() {
        Dataset.Split split = data.split(0.3, 3);
        List<HeadlessRun.Result> results =
                new Sweep(split.train(), split.test(), List.of(1, 4, 20), 1.2, 2000, 2, 2).run(null);
        for (HeadlessRun.Result r : results) {
            HeadlessRun.Result single = HeadlessRun.train(
                    split.train(), Parameters.random(r.parameters().hidden(), 2), 1.2, 2000, null, null);
            assertEquals(single.parameters(), r.parameters(), "trained on the training points alone");
            assertTrue(r.tested());
            // Counted by hand: a logit above 0 is class 1.
            int correct = 0;
            for (int i = 0; i < split.test().size(); i++) {
                int predicted =
                        r.parameters().logit(split.test().x1(i), split.test().x2(i)) > 0 ? 1 : 0;
                correct += predicted == split.test().label(i) ? 1 : 0;
            }
            assertEquals((double) correct / split.test().size(), r.testAccuracy(), 0.0);
        }
        // One unit cannot draw a ring; four can, and they do better on points they never saw.
        assertTrue(
                results.get(1).testAccuracy() > results.get(0).testAccuracy() + 0.1,
                results.get(0).testAccuracy() + " vs " + results.get(1).testAccuracy());
        assertTrue(Double.isNaN(
                new Sweep(data, List.of(2), 1.2, 10, 2, 1).run(null).get(0).testAccuracy()));
    }

    @Test
    void cancelStopsEveryWorkerWithinASecond() throws Exception {
        Sweep sweep = new Sweep(data, List.of(50, 50, 50, 50), 0.5, 100_000_000L, 2, 2);
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                sweep.run(null);
                return null;
            } catch (CancellationException e) {
                return e;
            }
        });
        while (sweep.epochsDone() == 0) {
            Thread.sleep(5);
        }
        assertTrue(workers() > 0, "workers are running");
        long t0 = System.nanoTime();
        sweep.cancel();
        assertTrue(outcome.get(2, TimeUnit.SECONDS) instanceof CancellationException);
        while (workers() > 0 && System.nanoTime() - t0 < 1_000_000_000L) {
            Thread.sleep(10);
        }
        assertEquals(0, workers(), "sweep threads still alive a second after cancel");
    }

    private static long workers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("boundary-lab-sweep") && t.isAlive())
                .count();
    }

    @Test
    void badSizesGetOneClearMessage() {
        assertEquals(List.of(1, 2, 3, 20), Sweep.parseSizes(" 1, 2 3,20 "));
        assertEquals(
                "'x' in the list of hidden sizes is not a whole number",
                assertThrows(IllegalArgumentException.class, () -> Sweep.parseSizes("1,x"))
                        .getMessage());
        assertEquals(
                "hidden size 0 is out of range 1 to 100",
                assertThrows(IllegalArgumentException.class, () -> Sweep.parseSizes("0"))
                        .getMessage());
        assertEquals(
                "the list of hidden sizes is empty",
                assertThrows(IllegalArgumentException.class, () -> Sweep.parseSizes(" , "))
                        .getMessage());
    }
}
