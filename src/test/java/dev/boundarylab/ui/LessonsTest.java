package dev.boundarylab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Feature;
import dev.boundarylab.train.HeadlessRun;
import dev.boundarylab.train.TrainingSnapshot;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lessons walked page by page with the panel's Next button, from a window left in another state: after each
 * click, what the window shows and trains (data, network, learning rate, the windows open, the baseline's features,
 * the sweep's results) is what the page's text says.
 */
class LessonsTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** Waits up to 60 s (a sweep on a shared machine) for the snapshot to meet {@code condition}. */
    private TrainingSnapshot awaitLong(String what, Predicate<TrainingSnapshot> condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(
                    60,
                    TimeUnit.SECONDS,
                    () -> window.snapshotProperty().get() != null
                            && condition.test(window.snapshotProperty().get()));
        } catch (TimeoutException e) {
            TrainingSnapshot s = window.snapshotProperty().get();
            throw new AssertionError(what + ": the window shows epoch " + s.epoch() + ", " + s.state() + ", rate "
                    + s.learningRate() + ", " + s.network().architecture().describe() + ", page "
                    + window.lessons().pageId());
        }
        WaitForAsyncUtils.waitForFxEvents();
        return await(what, condition);
    }

    private void assertSeedSetting(TrainingSnapshot s, double rate) {
        assertEquals("gaussian-quantiles", window.model().settings().dataset());
        assertEquals(200, s.data().size());
        assertEquals(Architecture.defaults(), s.network().architecture(), "one layer of 4 tanh units");
        assertEquals(rate, s.learningRate(), 1e-12);
        assertEquals(2, window.model().settings().initSeed(), "the seed's initial weights");
    }

    private Map<Integer, HeadlessRun.Result> sweepResults() throws Exception {
        List<HeadlessRun.Result> r = window.sweep().view().finished().get(120, TimeUnit.SECONDS);
        return r.stream()
                .collect(Collectors.toMap(
                        x -> x.network().architecture().layers().get(0), x -> x));
    }

    /**
     * Presses a button of the panel: its own action, as a click gives it (a window a page opens, such as the
     * diagram, may stand over the panel for a moment on a headless screen).
     */
    private static void press(FxRobot robot, javafx.scene.control.Button b) {
        robot.interact(b::fire);
    }

    @Test
    void everyPageSetsTheWindowUpAsItsTextSays(FxRobot robot) throws Exception {
        // Somewhere else first, training: moons, relu, another rate, re-seeded weights.
        robot.interact(() -> {
            window.model().play();
            window.controls().datasetChoice.setValue(dev.boundarylab.data.DatasetKind.MOONS);
            window.model().setArchitecture(Architecture.defaults().with(Architecture.Setting.ACTIVATION, "relu"));
            window.model().setLearningRate(0.3);
            window.model().reseed();
        });
        await("moons", t -> t.data().name().contains("moons"));

        // 1. The data: the seed's points, paused at epoch 0; the baseline near half right.
        robot.clickOn("#lessonsMenu");
        robot.clickOn("#lesson-1");
        assertTrue(window.lessons().isShowing(), "the lessons panel opens");
        assertEquals("1", window.lessons().pageId());
        TrainingSnapshot s = awaitLong(
                "the seed's data, baseline fitted",
                t -> t.data().size() == 200
                        && !t.data().name().contains("moons")
                        && t.network().architecture().equals(Architecture.defaults())
                        && Double.isFinite(t.baseline().accuracy()));
        assertSeedSetting(s, 1.2);
        assertEquals(0, s.epoch());
        assertEquals(TrainingSnapshot.State.PAUSED, s.state());
        assertEquals(0.515, s.baseline().accuracy(), 1e-9, "the text's 51.5%");
        assertTrue(window.lessons().shownText().contains("51.5%"));
        assertFalse(window.diagram().isShowing());

        // 2. One hidden layer learns the ring: training, the cost falls from 0.69.
        robot.clickOn("#lessonNext");
        assertEquals("2", window.lessons().pageId());
        s = awaitLong("the cost falls", t -> t.state() == TrainingSnapshot.State.RUNNING && t.epoch() > 400);
        assertSeedSetting(s, 1.2);
        assertEquals(Math.log(2), s.costs().cost(0), 1e-4, "from 0.69");
        assertTrue(s.cost() < 0.4, "falls: " + s.cost());

        // 3. Inside the network: 1000 epochs, the diagram with the zero lines.
        press(robot, window.lessons().next);
        assertEquals("3", window.lessons().pageId());
        s = awaitLong("1000 epochs", t -> t.epoch() == 1000 && t.state() == TrainingSnapshot.State.PAUSED);
        assertSeedSetting(s, 1.2);
        assertEquals(0.975, s.accuracy(), 1e-9, "the text's 97.5% after 1,000 epochs");
        assertTrue(window.diagram().isShowing(), "the diagram window is open");
        assertTrue(window.plots().zeroLinesProperty().get(), "with the zero lines");

        // 4. The sweep of 1, 2, 3, 4, 5, 20, 50 units on the seed's data.
        press(robot, window.lessons().next);
        assertEquals("4", window.lessons().pageId());
        assertTrue(window.sweep().isShowing(), "the sweep window is open");
        assertEquals("1, 2, 3, 4, 5, 20, 50", window.sweep().view().sizesField.getText());
        Map<Integer, HeadlessRun.Result> r = sweepResults();
        assertEquals(
                List.of(1, 2, 3, 4, 5, 20, 50), r.keySet().stream().sorted().toList());
        assertFalse(window.plots().zeroLinesProperty().get(), "zero lines off again");
        // The text's figures: 68.5% and 86.5% for 1 and 2 units, 99.5% and 100% for 20 and 50.
        assertEquals(0.685, r.get(1).accuracy(), 1e-9);
        assertEquals(0.865, r.get(2).accuracy(), 1e-9);
        assertEquals(0.995, r.get(20).accuracy(), 1e-9);
        assertEquals(1.0, r.get(50).accuracy(), 1e-9);

        // 5. 30% held out: 50 units 100% on training, 96.7% on the rest; 4 units 98.3%.
        press(robot, window.lessons().next);
        assertEquals("5", window.lessons().pageId());
        assertEquals(30, window.sweep().view().testSpinner.getValue());
        assertEquals(30, window.controls().testSpinner.getValue(), "the main window's Test %");
        s = awaitLong(
                "50 units, 5000 epochs", t -> t.epoch() == 5000 && t.heldOut().any());
        assertEquals(List.of(50), s.network().architecture().layers());
        assertEquals(140, s.trainData().size(), "70% of the points trained on");
        assertEquals(1.0, s.accuracy(), 1e-9, "every training point right");
        assertEquals(0.967, s.heldOut().accuracy(), 5e-4, "the text's 96.7% of the held-out points");
        r = sweepResults();
        assertTrue(r.get(50).tested());
        assertEquals(1.0, r.get(50).accuracy(), 1e-9);
        assertEquals(0.967, r.get(50).testAccuracy(), 5e-4);
        assertEquals(0.983, r.get(4).testAccuracy(), 5e-4);

        // 6. Features by hand (nothing held out again): the baseline on x1, x2, x1², x2² draws the ring, 99.5%.
        press(robot, window.lessons().next);
        s = awaitLong("the baseline on squares", t -> t.baseline().features().contains(Feature.X1SQ));
        assertEquals(
                BaselineFeaturesView.Choice.SQUARES,
                window.plots().baselineFeatures.choice.getValue());
        assertEquals(0.995, s.baseline().accuracy(), 1e-9);
        assertSeedSetting(s, 1.2);

        // 7. The learning rate: too small, about right, too large.
        press(robot, window.lessons().next);
        assertEquals("7a", window.lessons().pageId());
        s = awaitLong("0.1", t -> t.learningRate() == 0.1 && t.epoch() > 50);
        assertSeedSetting(s, 0.1);
        assertEquals(TrainingSnapshot.State.RUNNING, s.state());
        assertTrue(s.cost() > 0.68, "barely moves: " + s.cost());
        press(robot, window.lessons().next);
        assertEquals("7b", window.lessons().pageId());
        s = awaitLong("1.2", t -> t.learningRate() == 1.2 && t.epoch() > 50);
        assertSeedSetting(s, 1.2);
        press(robot, window.lessons().next);
        assertEquals("7c", window.lessons().pageId());
        assertTrue(window.lessons().next.isDisabled(), "the last page");
        s = awaitLong("diverged", t -> t.state() == TrainingSnapshot.State.DIVERGED);
        assertEquals(20, s.learningRate(), 1e-12);
        assertTrue(window.model().noticeProperty().get().text().contains("diverged"));

        // Previous goes back a page and sets it up again; the user may change anything afterwards.
        press(robot, window.lessons().previous);
        assertEquals("7b", window.lessons().pageId());
        s = awaitLong("1.2 again", t -> t.learningRate() == 1.2 && t.state() == TrainingSnapshot.State.RUNNING);
        robot.interact(() -> window.model().setLearningRate(0.5));
        await("the user's rate", t -> t.learningRate() == 0.5);
    }

    @Test
    void everyPageHasItsTextAndASetUp() {
        List<Lessons.Page> pages = Lessons.pages();
        assertEquals(
                List.of("1", "2", "3", "4", "5", "6", "7a", "7b", "7c"),
                pages.stream().map(Lessons.Page::id).toList());
        for (Lessons.Page p : pages) {
            long sentences = p.text().split("[.?!](\\s|$)").length;
            assertTrue(sentences >= 2 && sentences <= 5, p.id() + ": " + sentences + " sentences");
        }
        assertEquals("part 2 of 3", pages.get(7).part(pages));
    }
}
