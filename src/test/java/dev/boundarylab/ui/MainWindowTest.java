package dev.boundarylab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.DatasetKind;
import dev.boundarylab.train.TrainingSnapshot;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Slider;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window driven as a user would, headless: every check reads what the window shows or what it trains. */
class MainWindowTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void movingTheHiddenUnitsSliderChangesTheNetworksSize(FxRobot robot) throws TimeoutException {
        assertEquals(4, window.snapshotProperty().get().hidden());
        Slider slider = robot.lookup("#hiddenSlider").queryAs(Slider.class);
        robot.clickOn(slider);
        // A click on the track jumps toward the click; then keys move one unit at a time.
        robot.type(KeyCode.HOME);
        robot.type(KeyCode.RIGHT, 6);
        TrainingSnapshot s = await("network has 7 hidden units", t -> t.hidden() == 7);
        assertEquals(7, s.parameters().hidden());
        assertEquals("7", robot.lookup("#hiddenValue").queryLabeled().getText());
        assertEquals(0, s.epoch());
    }

    @Test
    void playAdvancesTheEpochAndLowersTheCost(FxRobot robot) throws TimeoutException {
        double c0 = window.snapshotProperty().get().cost();
        robot.clickOn("#playButton");
        TrainingSnapshot s = await("training has run 300 epochs", t -> t.epoch() > 300);
        assertTrue(s.cost() < c0, "cost " + s.cost() + " should be below the initial " + c0);
        assertEquals(TrainingSnapshot.State.RUNNING, s.state());
        robot.type(KeyCode.SPACE);
        await("space pauses", t -> t.state() == TrainingSnapshot.State.PAUSED);
    }

    @Test
    void resetReturnsToEpochZeroWithTheSameInitialCost(FxRobot robot) throws TimeoutException {
        double c0 = window.snapshotProperty().get().cost();
        robot.clickOn("#step100Button");
        await("100 epochs stepped", t -> t.epoch() == 100);
        robot.clickOn("#resetButton");
        TrainingSnapshot s = await("reset to epoch 0", t -> t.epoch() == 0);
        assertEquals(c0, s.cost(), 0.0);
    }

    @Test
    void changingTheLearningRateWhileRunningDoesNotResetTheEpoch(FxRobot robot) throws TimeoutException {
        robot.clickOn("#playButton");
        long before = await("running", t -> t.epoch() > 200).epoch();
        Slider rate = robot.lookup("#rateSlider").queryAs(Slider.class);
        robot.clickOn(rate);
        robot.type(KeyCode.LEFT, 3);
        TrainingSnapshot s = await("learning rate changed", t -> Math.abs(t.learningRate() - 1.2) > 1e-9);
        assertTrue(s.epoch() >= before, "epoch went from " + before + " back to " + s.epoch());
        assertEquals(TrainingSnapshot.State.RUNNING, s.state());
    }

    @Test
    void theLogisticPanelShowsItsAccuracy(FxRobot robot) throws TimeoutException {
        TrainingSnapshot s = await("baseline fitted", t -> t.baseline().model() != null);
        String title = robot.lookup("#logisticPanel").query().getAccessibleText();
        String expected = String.format(
                java.util.Locale.ROOT, "%.1f%%", 100 * s.baseline().accuracy());
        assertTrue(title.contains(expected), title + " should show " + expected);
        assertTrue(robot.lookup("#statusLine").queryLabeled().getText().contains("logistic " + expected));
    }

    @Test
    @SuppressWarnings("unchecked")
    void switchingTheDataSetRedrawsBothPanels(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        long netPaints = window.networkView().paintCount();
        long logPaints = window.logisticView().paintCount();
        int[] netBefore = pixels(window.networkView().image());
        int[] logBefore = pixels(window.logisticView().image());
        ComboBox<DatasetKind> box = robot.lookup("#datasetChoice").queryAs(ComboBox.class);
        robot.clickOn(box);
        robot.clickOn(DatasetKind.MOONS.displayName());
        await("moons loaded", t -> t.data().name().contains("moons"));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.networkView().paintCount() > netPaints);
        assertTrue(window.logisticView().paintCount() > logPaints);
        assertNotEquals(
                java.util.Arrays.hashCode(netBefore),
                java.util.Arrays.hashCode(pixels(window.networkView().image())));
        assertNotEquals(
                java.util.Arrays.hashCode(logBefore),
                java.util.Arrays.hashCode(pixels(window.logisticView().image())));
    }

    static int[] pixels(WritableImage img) {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] out = new int[w * h];
        PixelReader r = img.getPixelReader();
        r.getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), out, 0, w);
        return out;
    }
}
