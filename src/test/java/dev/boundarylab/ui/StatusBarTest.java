package dev.boundarylab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.data.DatasetKind;
import dev.boundarylab.model.Parameters;
import dev.boundarylab.train.Baseline;
import dev.boundarylab.train.Notice;
import dev.boundarylab.train.Trainer;
import dev.boundarylab.train.TrainingSnapshot;
import org.junit.jupiter.api.Test;

/** The status line says what the snapshot says, the baseline read from its type rather than from its words. */
class StatusBarTest {
    private static TrainingSnapshot snapshot(TrainingSnapshot.State state, Baseline baseline) {
        Dataset data = DatasetKind.GAUSSIAN_QUANTILES.generate(200, 3);
        Trainer t = new Trainer(data, Parameters.random(4, 2), 1.2);
        t.run(1234, null);
        return new TrainingSnapshot(
                1,
                state,
                t.epoch(),
                0.123456,
                0.965,
                1.2,
                300,
                2500,
                t.network(),
                t.initialNetwork(),
                t.costSeries(),
                data,
                baseline,
                Notice.NONE,
                t.spikes());
    }

    @Test
    void eachStateAndEachKindOfBaselineHasItsWords() {
        assertEquals("Loading data…", StatusBar.text(null, 60));
        Baseline fitted = Baseline.fit(DatasetKind.GAUSSIAN_QUANTILES.generate(200, 3));
        assertEquals(
                String.format(
                        java.util.Locale.ROOT,
                        "Training   epoch 1,234   cost 0.12346   network 96.5%%   logistic %.1f%%   2,500 epochs/s"
                                + "   60 fps   200 points",
                        100 * fitted.accuracy()),
                StatusBar.text(snapshot(TrainingSnapshot.State.RUNNING, fitted), 60));
        String fitting = StatusBar.text(snapshot(TrainingSnapshot.State.PAUSED, Baseline.pending()), 30);
        assertEquals(
                "Paused   epoch 1,234   cost 0.12346   network 96.5%   logistic fitting…   2,500 epochs/s   30 fps"
                        + "   200 points",
                fitting);
        String none = StatusBar.text(
                snapshot(TrainingSnapshot.State.DIVERGED, new Baseline.Unavailable("logistic regression: one class")),
                0);
        assertEquals(
                "Diverged   epoch 1,234   cost 0.12346   network 96.5%   logistic n/a   2,500 epochs/s   0 fps"
                        + "   200 points",
                none);
    }

    @Test
    void aSmallCostStaysReadable() {
        assertEquals("0.69315", StatusBar.cost(0.6931471));
        assertEquals("0.00123", StatusBar.cost(0.00123));
        assertEquals("1.2e-4", StatusBar.cost(1.2e-4));
        assertEquals("3.5e-12", StatusBar.cost(3.49e-12));
        assertEquals("0.00000", StatusBar.cost(0));
        assertEquals("not finite", StatusBar.cost(Double.NaN));
    }

    @Test
    void afterADivergenceToNaNTheStatusShowsTheCostTheChartEndsOn() {
        // A run whose cost turned NaN: its snapshot's cost is NaN, its history ends on the last finite cost.
        Dataset data = DatasetKind.GAUSSIAN_QUANTILES.generate(200, 3);
        Trainer t = new Trainer(data, Parameters.random(4, 2), 1.2);
        t.run(100, null);
        dev.boundarylab.train.CostSeries h = t.costSeries();
        TrainingSnapshot diverged = new TrainingSnapshot(
                2,
                TrainingSnapshot.State.DIVERGED,
                h.epoch(h.size() - 1) + 1,
                Double.NaN,
                0.5,
                1.2,
                300,
                0,
                t.network(),
                t.initialNetwork(),
                h,
                data,
                Baseline.pending(),
                Notice.NONE,
                java.util.List.of());
        String shown = StatusBar.shownCost(diverged);
        assertEquals(StatusBar.cost(h.cost(h.size() - 1)) + " at epoch " + h.epoch(h.size() - 1), shown);
        assertTrue(StatusBar.text(diverged, 60).contains("cost " + shown), StatusBar.text(diverged, 60));
    }
}
