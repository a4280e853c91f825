package dev.boundarylab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.data.DatasetKind;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Small data is fitted at once on the caller's thread; large data in the background, "fitting" meanwhile. */
class BaselineFitterTest {
    @Test
    void smallDataIsFittedAtOnceAndLargeDataInTheBackground() throws Exception {
        try (BaselineFitter fitter = new BaselineFitter()) {
            Dataset small = DatasetKind.MOONS.generate(BaselineFitter.HERE_POINTS, 1);
            Baseline now = fitter.fit(small, b -> {
                throw new AssertionError("no callback for a fit made at once");
            });
            assertEquals(Baseline.fit(small), now);
            assertInstanceOf(Baseline.Fitted.class, now);

            Dataset large = DatasetKind.MOONS.generate(BaselineFitter.HERE_POINTS + 1, 1);
            CompletableFuture<Baseline> later = new CompletableFuture<>();
            CompletableFuture<Thread> on = new CompletableFuture<>();
            Baseline meanwhile = fitter.fit(large, b -> {
                on.complete(Thread.currentThread());
                later.complete(b);
            });
            assertInstanceOf(Baseline.Fitting.class, meanwhile);
            assertEquals(Baseline.fit(large), later.get(30, TimeUnit.SECONDS));
            assertNotSame(Thread.currentThread(), on.get());
            assertEquals("boundary-lab-baseline", on.get().getName());
        }
    }

    @Test
    void newDataStopsTheFitOfTheOldAndCloseEndsItsThread() throws Exception {
        BaselineFitter fitter = new BaselineFitter();
        Dataset large = DatasetKind.CIRCLES.generate(300_000, 2);
        CompletableFuture<Baseline> stale = new CompletableFuture<>();
        fitter.fit(large, stale::complete);
        Thread.sleep(100);
        Dataset small = DatasetKind.CIRCLES.generate(200, 2);
        assertInstanceOf(Baseline.Fitted.class, fitter.fit(small, b -> {}));
        fitter.fit(large, b -> {});
        long t0 = System.nanoTime();
        fitter.close();
        assertTrue(System.nanoTime() - t0 < 1_000_000_000L, "close waits at most a second");
        assertTrue(ServiceThreadsTest.alive("boundary-lab-baseline").isEmpty(), "the fit's thread has ended");
        Thread.sleep(100);
        assertFalse(stale.isDone(), "a stopped fit hands nothing back");
    }
}
