package dev.boundarylab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.Network;
import dev.boundarylab.render.ConfusionSpec;
import dev.boundarylab.train.TrainingSnapshot;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Tools > Confusion matrices: both models' matrices of the snapshot, computed on a worker, follow training. */
class ConfusionWindowTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** The network's counts on the data, each point's class against its logit's sign: worked out here. */
    private static int[][] counts(Network n, Dataset d) {
        int[][] c = new int[2][2];
        for (int i = 0; i < d.size(); i++) {
            c[d.label(i)][n.logit(d.x1(i), d.x2(i)) > 0 ? 1 : 0]++;
        }
        return c;
    }

    @Test
    void theShortcutOpensBothModelsMatricesOfTheNetworkAsItTrains(FxRobot robot) throws Exception {
        robot.interact(() -> window.model().step(300));
        TrainingSnapshot s =
                await("epoch 300", t -> t.epoch() >= 300 && !t.baseline().isPending());
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.confusion().shown() != null);
        ConfusionSpec shown = window.confusion().shown();
        assertEquals(2, shown.tables().size(), "the network and the logistic regression, no points held out");
        int[][] expected = counts(s.network(), s.data());
        for (int t = 0; t < 2; t++) {
            for (int p = 0; p < 2; p++) {
                assertEquals(expected[t][p], shown.tables().get(0).matrix().count(t, p), t + ", " + p);
            }
        }
        assertEquals(s.accuracy(), shown.tables().get(0).matrix().accuracy(), 1e-12);
        assertEquals(s.baseline().accuracy(), shown.tables().get(1).matrix().accuracy(), 1e-12);
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> window.confusion().view().paintCount() > 0);

        // Training on: the matrices follow the network (at 300 epochs the seed's network still errs).
        robot.interact(() -> window.model().step(1500));
        TrainingSnapshot later = await("epoch 1800", t -> t.epoch() >= 1800);
        int[][] now = counts(later.network(), later.data());
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> java.util.Arrays.deepEquals(
                        now, window.confusion().shown().tables().get(0).matrix().counts()));

        // Points held out: a column more, the network's matrix on them as counted here.
        robot.interact(() -> window.model().setTestFraction(0.3));
        TrainingSnapshot split =
                await("30% held out", t -> t.heldOut().any() && !t.baseline().isPending());
        int[][] held = counts(split.network(), split.heldOut().test());
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> window.confusion().shown().tables().size() == 4
                        && java.util.Arrays.deepEquals(
                                held,
                                window.confusion()
                                        .shown()
                                        .tables()
                                        .get(1)
                                        .matrix()
                                        .counts()));
        ConfusionSpec four = window.confusion().shown();
        assertEquals("Network — held-out points", four.tables().get(1).title());
        assertEquals(
                split.heldOut().test().size(), four.tables().get(1).matrix().total());
        assertEquals(split.trainData().size(), four.tables().get(0).matrix().total());
        assertTrue(
                Thread.getAllStackTraces().keySet().stream()
                        .anyMatch(t -> t.getName().equals("boundary-lab-confusion")),
                "the matrices are computed on a worker of their own");
    }
}
