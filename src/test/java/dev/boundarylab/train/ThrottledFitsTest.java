package dev.boundarylab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Refits asked for faster than four a second are coalesced: the newest runs, the ones it replaced never do. */
class ThrottledFitsTest {
    @Test
    void aBurstOfRequestsRunsTheFirstAndTheLastOnly() throws Exception {
        List<Integer> ran = new CopyOnWriteArrayList<>();
        CountDownLatch last = new CountDownLatch(1);
        try (ThrottledFits fits = new ThrottledFits()) {
            long t0 = System.nanoTime();
            for (int k = 0; k < 50; k++) {
                int job = k;
                fits.fit(() -> {
                    ran.add(job);
                    if (job == 49) {
                        last.countDown();
                    }
                });
            }
            long asking = System.nanoTime() - t0;
            assertTrue(last.await(5, TimeUnit.SECONDS), "the newest job runs");
            // The first at once; every later one waits out the interval, and each replaces the one waiting before.
            long windows = 1 + asking / ThrottledFits.INTERVAL_NANOS;
            assertTrue(ran.size() <= 1 + windows, ran + " in " + asking / 1e6 + " ms of asking");
            assertEquals(49, ran.get(ran.size() - 1));
            assertTrue(ran.size() < 50, "coalesced: " + ran);
        }
    }

    @Test
    void closingDropsTheWaitingJobAndEndsTheThread() throws Exception {
        List<Integer> ran = new CopyOnWriteArrayList<>();
        ThrottledFits fits = new ThrottledFits();
        CountDownLatch first = new CountDownLatch(1);
        fits.fit(() -> {
            ran.add(0);
            first.countDown();
        });
        assertTrue(first.await(5, TimeUnit.SECONDS));
        fits.fit(() -> ran.add(1)); // waits out the interval
        fits.close();
        Thread.sleep(2 * ThrottledFits.INTERVAL_NANOS / 1_000_000);
        assertEquals(List.of(0), ran);
        fits.fit(() -> ran.add(2)); // after close: nothing
        Thread.sleep(50);
        assertEquals(List.of(0), ran);
        assertTrue(
                Thread.getAllStackTraces().keySet().stream()
                        .noneMatch(t -> t.getName().equals("boundary-lab-refit") && t.isAlive()),
                "the refit thread ended");
    }
}
