package dev.boundarylab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.DatasetKind;
import dev.boundarylab.train.Settings;
import dev.boundarylab.train.TrainingSnapshot;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
        // The rate the trainer uses, read from what the service publishes, is the one the slider shows.
        WaitForAsyncUtils.waitForFxEvents();
        double shown = LogScale.learningRate(rate.getValue());
        assertTrue(Math.abs(shown - 1.2) > 1e-9, "the slider moved: " + shown);
        TrainingSnapshot s = await("the trainer uses the slider's rate", t -> t.learningRate() == shown);
        assertEquals(shown, window.model().service().latest().learningRate(), 0.0);
        assertEquals(
                LogScale.formatRate(shown),
                robot.lookup("#rateValue").queryLabeled().getText());
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
        long netPaints = window.plots().networkView().paintCount();
        long logPaints = window.plots().logisticView().paintCount();
        int[] netBefore = pixels(window.plots().networkView().image());
        int[] logBefore = pixels(window.plots().logisticView().image());
        ComboBox<DatasetKind> box = robot.lookup("#datasetChoice").queryAs(ComboBox.class);
        robot.clickOn(box);
        robot.clickOn(DatasetKind.MOONS.displayName());
        await("moons loaded", t -> t.data().name().contains("moons"));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.plots().networkView().paintCount() > netPaints);
        assertTrue(window.plots().logisticView().paintCount() > logPaints);
        assertRedrawn("network", netBefore, pixels(window.plots().networkView().image()));
        assertRedrawn(
                "logistic", logBefore, pixels(window.plots().logisticView().image()));
    }

    /** The picture after is the same size and differs from the one before in at least 1% of its pixels. */
    private static void assertRedrawn(String panel, int[] before, int[] after) {
        assertEquals(before.length, after.length, panel + " panel's size");
        int changed = 0;
        for (int i = 0; i < before.length; i++) {
            if (before[i] != after[i]) {
                changed++;
            }
        }
        assertTrue(
                changed >= before.length / 100,
                "the " + panel + " panel shows the new data: " + changed + " of " + before.length + " pixels changed");
    }

    @Test
    void aNewWindowReadsNoFileUntilStartedAndABadOneIsOneLineInTheBanner(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path missing = dir.resolve("absent.csv");
        Settings onMissingFile = new Settings("gaussian-quantiles", 200, Double.NaN, 3, missing, 4, 1.2, 5000, 2, null);
        MainWindow[] w = new MainWindow[1];
        Stage[] stage = new Stage[1];
        // Building the window neither reads the file nor starts training, so a missing file is no failure here.
        robot.interact(() -> w[0] = new MainWindow(onMissingFile, true));
        try {
            assertNull(w[0].model().service(), "no service before start");
            Label status = (Label) w[0].root().lookup("#statusLine");
            assertEquals("Loading data…", status.getText());
            robot.interact(() -> {
                stage[0] = new Stage();
                stage[0].setScene(new Scene(w[0].root(), 900, 620));
                stage[0].show();
                w[0].start();
            });
            Label banner = (Label) w[0].root().lookup("#banner");
            WaitForAsyncUtils.waitFor(
                    10, TimeUnit.SECONDS, () -> banner.getText().startsWith(missing.toString()));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(missing + ": no such file", banner.getText());
            assertTrue(banner.getStyleClass().contains(Styles.BANNER_PROBLEM));
            assertNull(w[0].snapshotProperty().get(), "nothing to show");
            assertEquals("Loading data…", status.getText());
            assertTrue(w[0].plots().networkView().paintCount() > 0, "the panel is drawn, saying it is loading");
            // Other data from the controls then starts the run.
            robot.interact(() -> w[0].controls().seedSpinner.getValueFactory().setValue(4));
            WaitForAsyncUtils.waitFor(
                    10, TimeUnit.SECONDS, () -> w[0].snapshotProperty().get() != null);
            assertEquals(200, w[0].snapshotProperty().get().data().size());
        } finally {
            robot.interact(() -> {
                w[0].close();
                if (stage[0] != null) {
                    stage[0].hide();
                }
            });
        }
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
