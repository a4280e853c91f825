package dev.boundarylab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.CsvData;
import dev.boundarylab.data.Dataset;
import dev.boundarylab.data.DatasetKind;
import dev.boundarylab.model.Parameters;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data a person can make that no generator would: one class only, two points, every point on one spot, many
 * points. Each trains or says plainly what cannot be done; nothing throws out of the models, nothing hangs.
 */
class DegenerateDataTest {
    static Dataset oneClass() {
        return new Dataset("one class", new double[] {0, 1, 2, -1}, new double[] {0, 1, 3, 2}, new int[] {0, 0, 0, 0});
    }

    static Dataset twoPoints() {
        return new Dataset("two points", new double[] {-1, 1}, new double[] {0, 0}, new int[] {0, 1});
    }

    static Dataset identical() {
        double[] a = new double[40];
        double[] b = new double[40];
        int[] y = new int[40];
        Arrays.fill(a, 3);
        Arrays.fill(b, -2);
        for (int i = 0; i < y.length; i++) {
            y[i] = i % 4 == 0 ? 1 : 0;
        }
        return new Dataset("identical", a, b, y);
    }

    @Test
    void theBaselineFitsOrSaysWhyOnEveryDegenerateDataSet() {
        Baseline one = Baseline.fit(oneClass());
        assertNull(one.model());
        assertEquals("logistic regression: needs points of both classes; this data has only class 0", one.problem());
        assertTrue(Double.isNaN(one.accuracy()));

        Baseline two = Baseline.fit(twoPoints());
        assertNotNull(two.model());
        assertEquals(1.0, two.accuracy());
        assertTrue(two.problem().startsWith("only 2 points, fewer than the 5 folds"), two.problem());

        // Every point on one spot: the only sensible model predicts the share of ones there, 1/4, everywhere.
        Baseline same = Baseline.fit(identical());
        assertNotNull(same.model());
        assertEquals(0.25, same.model().probability(3, -2), 0.02);
        assertEquals(0.75, same.accuracy());
        assertTrue(Double.isFinite(same.cost()));
    }

    @Test
    void theNetworkTrainsOnEachWithAFiniteCost() {
        for (Dataset d : new Dataset[] {oneClass(), twoPoints(), identical()}) {
            Trainer t = new Trainer(d, Parameters.random(4, 2), 1.2);
            double c0 = t.cost();
            t.run(2000, null);
            assertTrue(!t.diverged() && Double.isFinite(t.cost()) && t.cost() <= c0 + 1e-12, d.name() + " " + t.cost());
        }
        // One class and two points are learnt completely; identical points at best as the share of ones, 3/4.
        Trainer one = new Trainer(oneClass(), Parameters.random(4, 2), 1.2);
        one.run(2000, null);
        assertEquals(1.0, one.accuracy());
        Trainer same = new Trainer(identical(), Parameters.random(4, 2), 1.2);
        same.run(2000, null);
        assertEquals(0.75, same.accuracy());
    }

    @Test
    void theServiceTrainsOnEachAndShowsTheBaselinesProblem(@TempDir Path dir) throws Exception {
        Dataset many = DatasetKind.FLOWER.generate(100_000, 1);
        Path manyFile = dir.resolve("many.csv");
        CsvData.write(many, manyFile);
        Path oneFile = dir.resolve("one-class.csv");
        CsvData.write(oneClass(), oneFile);
        try (TrainingService service = new TrainingService(twoPoints(), 4, 2, 1.2, Double.POSITIVE_INFINITY, null)) {
            // The first data set is made and its baseline fitted on the training thread, not in the constructor.
            TrainingSnapshot s = DivergenceTest.await(service, t -> true, "the first snapshot");
            assertTrue(s.message().startsWith("only 2 points"), "the first data's note is shown too: " + s.message());
            trainBriefly(service, "two points", s.data());

            Dataset same = identical();
            service.setData(same);
            s = trainBriefly(service, "identical", same);
            assertEquals("", s.message());
            assertEquals(0.75, s.baseline().accuracy());

            service.loadData(() -> CsvData.read(oneFile));
            s = DivergenceTest.await(service, t -> t.data().name().equals("one-class.csv"), "one class loaded");
            assertEquals("logistic regression: needs points of both classes; this data has only class 0", s.message());
            s = trainBriefly(service, "one class", s.data());
            assertEquals(1.0, s.accuracy());
            assertEquals(
                    "logistic regression: needs points of both classes; this data has only class 0",
                    s.message(),
                    "the note stays while training");
            service.reset();
            s = DivergenceTest.await(service, t -> t.epoch() == 0, "reset");
            assertTrue(s.message().contains("both classes"), "and after a reset: " + s.message());

            service.loadData(() -> CsvData.read(manyFile));
            s = DivergenceTest.await(service, t -> t.data().size() == 100_000, "100,000 points loaded");
            assertEquals("", s.message());
            assertEquals(many, s.data());
            // Beyond 20,000 points the baseline is fitted in the background.
            assertTrue(
                    s.baseline().isPending() || s.baseline().model() != null,
                    s.baseline().toString());
            s = DivergenceTest.await(service, t -> t.baseline().model() != null, "the baseline fitted");
            assertNotNull(s.baseline().model());
            trainBriefly(service, "many", s.data());
        }
    }

    private static TrainingSnapshot trainBriefly(TrainingService service, String what, Dataset data)
            throws InterruptedException {
        DivergenceTest.await(service, t -> t.data() == data, what + " in use");
        service.play();
        DivergenceTest.await(service, t -> t.epoch() >= 50 || t.state() == TrainingSnapshot.State.DIVERGED, what);
        service.pause();
        TrainingSnapshot s = DivergenceTest.await(service, t -> t.state() == TrainingSnapshot.State.PAUSED, what);
        assertSame(data, s.data());
        assertTrue(s.epoch() >= 50, what + " trains");
        DivergenceTest.assertFinite(s.costs(), what);
        assertTrue(Double.isFinite(s.cost()), what);
        return s;
    }
}
