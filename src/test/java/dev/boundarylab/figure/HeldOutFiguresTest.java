package dev.boundarylab.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.data.DatasetKind;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Network;
import dev.boundarylab.render.CostChartSpec;
import dev.boundarylab.render.PanelSpec;
import dev.boundarylab.render.Viewport;
import dev.boundarylab.train.Baseline;
import dev.boundarylab.train.CostSeries;
import dev.boundarylab.train.HeldOut;
import org.junit.jupiter.api.Test;

/** What the figures say and draw of held-out points: both accuracies, the rings, the test line; nothing without. */
class HeldOutFiguresTest {
    private static final Dataset ALL = DatasetKind.GAUSSIAN_QUANTILES.generate(200, 3);
    private static final Dataset.Split SPLIT = ALL.split(0.3, 2);
    private static final Network NET = Network.random(Architecture.seed(4), 2);
    private static final Baseline BASELINE = Baseline.fit(SPLIT.train());
    private static final CostSeries COSTS = new CostSeries(new long[] {0, 10}, new double[] {0.69, 0.5});
    private static final CostSeries TEST_COSTS = new CostSeries(new long[] {0, 10}, new double[] {0.7, 0.6});

    private static FigureData plain() {
        return new FigureData(ALL, NET, 0.975, Baseline.fit(ALL), COSTS, 10, new long[0]);
    }

    private static FigureData heldOut() {
        HeldOut h = new HeldOut(
                0.3, SPLIT.train(), SPLIT.test(), SPLIT.testIndices(), 10, 0.6, 0.917, TEST_COSTS, 0.71, 0.5);
        return new FigureData(SPLIT.train(), NET, 0.975, BASELINE, COSTS, 10, new long[0], h);
    }

    @Test
    void theTitlesGiveBothAccuraciesOfBothModels() {
        assertEquals("Neural network, 4 hidden units — accuracy 97.5%", Figures.networkTitle(plain()));
        assertEquals("Neural network, 4 units — 97.5% train, 91.7% test", Figures.networkTitle(heldOut()));
        assertEquals("NN, 4 units: 97.5% / 91.7% test", Figures.networkTitleShort(heldOut()));
        String train = String.format(java.util.Locale.ROOT, "%.1f%%", 100 * BASELINE.accuracy());
        assertEquals("Logistic regression — " + train + " train, 50.0% test", Figures.logisticTitle(heldOut()));
        assertEquals("Logistic: " + train + " / 50.0% test", Figures.logisticTitleShort(heldOut()));
    }

    @Test
    void thePanelsDrawTheHeldOutPointsAsRingsOverAxesHoldingEveryPoint() {
        Viewport v = Viewport.around(heldOut().points());
        assertEquals(Viewport.around(ALL), v);
        PanelSpec net = Figures.networkPanel(heldOut(), v);
        assertSame(SPLIT.train(), net.data());
        assertSame(SPLIT.test(), net.heldOut());
        assertSame(SPLIT.test(), Figures.logisticPanel(heldOut(), v).heldOut());
        assertNull(Figures.networkPanel(plain(), v).heldOut());
    }

    @Test
    void theChartHasTheTestLineAndReferenceOnlyWithHeldOutPoints() {
        CostChartSpec with = Figures.costChart(heldOut(), false);
        assertEquals("Cost (mean cross-entropy)", with.title());
        assertEquals("network, train", with.seriesLabel());
        assertSame(TEST_COSTS.costs(), with.test().costs());
        assertEquals(2, with.test().length());
        assertEquals(0.71, with.test().referenceCost(), 0.0);
        assertEquals("network, test", with.test().label());
        assertEquals("logistic, test", with.test().referenceLabel());
        CostChartSpec without = Figures.costChart(plain(), false);
        assertNull(without.test());
        assertEquals("Training cost (mean cross-entropy)", without.title());
        assertEquals("neural network", without.seriesLabel());
    }
}
