package dev.boundarylab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.Activation;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Feature;
import dev.boundarylab.model.InitScale;
import dev.boundarylab.model.Network;
import dev.boundarylab.testutil.Golden;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run stopped and taken up again from its {@link RunState} gives, bit for bit, what it would have given in one go:
 * the parameters, every cost, the trainer's own decimated history, the spikes; full batch on the seed's fast path and
 * mini-batches on the general engine, whose shuffle of epoch e depends on the epoch alone.
 */
class ResumeExactlyTest {
    private final Dataset data = Golden.seedData();

    static final Architecture LAYERED = new Architecture(
            List.of(Feature.X1, Feature.X2), List.of(8, 8), Activation.RELU, 0.01, 32, 10, InitScale.HE);

    @Test
    void theSeedsNetworkTrained2000Then3000EqualsOneRunOf5000() {
        assertSplitRunEqualsOneRun(Network.random(Architecture.defaults(), 2), 1.2, 2000, 5000);
    }

    @Test
    void miniBatchesOfALayeredNetworkTrained2000Then3000EqualOneRunOf5000() {
        assertSplitRunEqualsOneRun(Network.random(LAYERED, 2), 0.1, 2000, 5000);
    }

    @Test
    void aHistoryAlreadyThinnedToEveryOtherEpochGoesOnThinningAsOneRunDoes() {
        HeadlessRun.Result whole =
                assertSplitRunEqualsOneRun(Network.random(Architecture.defaults(), 2), 1.2, 4500, 9000);
        assertEquals(4, whole.state().historyStride(), "the trainer's history is thinned twice by 9000 epochs");
    }

    @Test
    void aRunStoppedInTheMiddleOfACostJumpRecordsTheSameJump() {
        Network init = Network.random(Architecture.defaults(), 2);
        // At learning rate 5 the seed's network jumps 23 times in 5000 epochs, the first at epoch 90.
        HeadlessRun.Result whole = HeadlessRun.train(data, null, init, 5, 5000, null, null);
        assertTrue(whole.spikeCount() > 1, "jumps: " + whole.spikeCount());
        Trainer.Spike first = whole.spikes().get(0);
        HeadlessRun.Result part = HeadlessRun.train(data, null, init, 5, first.start() + 1, null, null);
        assertEquals(first.start(), part.state().aboveSince(), "stopped while the cost is above its start");
        HeadlessRun.Result rest = HeadlessRun.resume(data, null, part.state(), 5, 5000 - first.start() - 1, null, null);
        assertEquals(whole.spikes(), rest.spikes());
        assertEquals(whole.spikeCount(), rest.spikeCount());
        assertSameNetwork(whole.network(), rest.network());
    }

    @Test
    void aStateOfAnotherDataSetIsRefused() {
        HeadlessRun.Result part = HeadlessRun.train(data, null, Network.random(LAYERED, 2), 0.1, 10, null, null);
        Architecture other = LAYERED.with(Architecture.Setting.LAYERS, "8");
        assertThrows(
                IllegalArgumentException.class,
                () -> new RunState(
                        part.state().initial(),
                        Network.random(other, 2),
                        10,
                        part.state().history(),
                        4096,
                        1,
                        List.of(),
                        0,
                        -1,
                        -1,
                        false));
    }

    private HeadlessRun.Result assertSplitRunEqualsOneRun(Network init, double rate, long first, long total) {
        HeadlessRun.Result whole = HeadlessRun.train(data, null, init, rate, total, null, null);
        HeadlessRun.Result part = HeadlessRun.train(data, null, init, rate, first, null, null);
        HeadlessRun.Result rest = HeadlessRun.resume(data, null, part.state(), rate, total - first, null, null);
        assertEquals(total, rest.epochs());
        assertSameNetwork(whole.network(), rest.network());
        assertSameNetwork(whole.initialNetwork(), rest.initialNetwork());
        assertEquals(whole.cost(), rest.cost(), 0);
        assertEquals(whole.accuracy(), rest.accuracy(), 0);
        if (first <= 4096) {
            // The saved history is every epoch's: the result's history and reported costs are all there.
            assertSameSeries(whole.history(), rest.history());
            assertSameSeries(whole.costs(), rest.costs());
        } else {
            // The saved history is the trainer's, every other epoch's by then: the result's has those, then all.
            CostSeries w = whole.history();
            CostSeries r = rest.history();
            int n = (int) (total - first) + 1;
            for (int k = 1; k <= n; k++) {
                assertEquals(w.epoch(w.size() - k), r.epoch(r.size() - k));
                assertEquals(w.cost(w.size() - k), r.cost(r.size() - k), 0);
            }
            assertEquals(first, r.epoch(r.size() - n));
        }
        assertSameSeries(whole.state().history(), rest.state().history());
        assertEquals(whole.state().historyStride(), rest.state().historyStride());
        assertEquals(whole.spikes(), rest.spikes());
        assertEquals(whole.spikeCount(), rest.spikeCount());
        assertEquals(whole.state().aboveSince(), rest.state().aboveSince());
        assertTrue(whole.history().size() > first, "the whole run's history");
        return whole;
    }

    static void assertSameNetwork(Network a, Network b) {
        assertEquals(a.architecture(), b.architecture());
        for (int l = 0; l < a.depth(); l++) {
            for (int j = 0; j < a.weights(l).length; j++) {
                assertArrayEquals(a.weights(l)[j], b.weights(l)[j], 0, "W of layer " + l + ", row " + j);
            }
            assertArrayEquals(a.biases(l), b.biases(l), 0, "b of layer " + l);
        }
    }

    static void assertSameSeries(CostSeries a, CostSeries b) {
        assertArrayEquals(a.epochs(), b.epochs());
        assertArrayEquals(a.costs(), b.costs(), 0);
    }
}
