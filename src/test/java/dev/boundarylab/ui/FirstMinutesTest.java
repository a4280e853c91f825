package dev.boundarylab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.train.Notice;
import dev.boundarylab.train.TrainingSnapshot;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a new user meets first, driven by keys as they would: number fields, slider keys, single-key shortcuts. */
class FirstMinutesTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** Runs {@code typing} with the FX thread's uncaught exceptions caught, and returns them. */
    private static List<Throwable> uncaught(FxRobot robot, Runnable typing) {
        List<Throwable> caught = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler[] before = new Thread.UncaughtExceptionHandler[1];
        robot.interact(() -> {
            before[0] = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> caught.add(e));
        });
        try {
            typing.run();
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(before[0]));
        }
        return caught;
    }

    private static boolean dialogShown() {
        return Window.getWindows().stream()
                .anyMatch(w ->
                        w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane);
    }

    @SuppressWarnings("unchecked")
    @Test
    void textInANumberFieldIsRefusedInPlaceAndTheValueKept(FxRobot robot) {
        Spinner<Integer> points = robot.lookup("#samplesSpinner").queryAs(Spinner.class);
        List<Throwable> errors = uncaught(robot, () -> {
            robot.doubleClickOn(points.getEditor());
            robot.interact(() -> points.getEditor().setText(""));
            robot.write("abc").type(KeyCode.ENTER);
        });
        assertEquals(List.of(), errors, "no exception reaches the error dialog");
        assertFalse(dialogShown(), "no dialog");
        assertEquals(200, points.getValue(), "the last good value is kept");
        assertEquals("200", points.getEditor().getText(), "the field shows the value in use");
        assertTrue(points.getEditor().getStyleClass().contains(Styles.INVALID), "marked invalid");
        String tip = points.getTooltip().getText();
        assertTrue(tip.contains("'abc'") && tip.contains("2 to 10,000,000"), tip);
        Notice n = window.model().noticeProperty().get();
        assertEquals(Notice.Severity.PROBLEM, n.severity());
        assertTrue(n.text().startsWith("Points: samples must be a whole number from 2 to 10,000,000"), n.text());

        // A good value clears the mark and is used.
        robot.interact(() -> points.getEditor().setText(""));
        robot.clickOn(points.getEditor()).write("300").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(300, points.getValue());
        assertFalse(points.getEditor().getStyleClass().contains(Styles.INVALID));
    }

    @SuppressWarnings("unchecked")
    @Test
    void aValueOutOfRangeIsRefusedNotClamped(FxRobot robot) {
        Spinner<Double> noise = robot.lookup("#noiseSpinner").queryAs(Spinner.class);
        double before = noise.getValue();
        List<Throwable> errors = uncaught(robot, () -> {
            robot.interact(() -> noise.getEditor().setText(""));
            robot.clickOn(noise.getEditor()).write("-3").type(KeyCode.ENTER);
        });
        assertEquals(List.of(), errors);
        assertEquals(before, noise.getValue(), 0.0);
        assertTrue(noise.getEditor().getStyleClass().contains(Styles.INVALID));
    }

    @Test
    void rateSliderArrowsStepAFineDecadeAndPageKeysAHalf(FxRobot robot) {
        Slider rate = robot.lookup("#rateSlider").queryAs(Slider.class);
        robot.interact(rate::requestFocus);
        double v0 = rate.getValue();
        robot.type(KeyCode.RIGHT);
        assertEquals(v0 + 0.05, rate.getValue(), 1e-9);
        robot.type(KeyCode.LEFT, 2);
        assertEquals(v0 - 0.05, rate.getValue(), 1e-9);
        robot.type(KeyCode.PAGE_UP);
        assertEquals(v0 + 0.45, rate.getValue(), 1e-9);
        robot.type(KeyCode.PAGE_DOWN, 2);
        assertEquals(v0 - 0.55, rate.getValue(), 1e-9);
        // The rate shown is what the model trains with: 1.2 / 10^0.55 = 0.338.
        assertEquals(0.338, window.model().settings().learningRate(), 0.0);
    }

    @Test
    void paceAndHiddenUnitsStepByKeysToo(FxRobot robot) {
        Slider pace = robot.lookup("#paceSlider").queryAs(Slider.class);
        robot.interact(pace::requestFocus);
        double p0 = pace.getValue();
        robot.type(KeyCode.RIGHT);
        // 5 decades over 100 positions: a twentieth of a decade is one position, half a decade ten.
        assertEquals(p0 + 1, pace.getValue(), 1e-9);
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(p0 - 9, pace.getValue(), 1e-9);

        Slider hidden = robot.lookup("#hiddenSlider").queryAs(Slider.class);
        robot.interact(hidden::requestFocus);
        robot.type(KeyCode.PAGE_UP);
        assertEquals(14, hidden.getValue(), 0.0);
        robot.type(KeyCode.PAGE_UP, 10);
        assertEquals(100, hidden.getValue(), 0.0, "stops at the top of the range");
        assertEquals(100, window.model().settings().hidden());
    }

    @SuppressWarnings("unchecked")
    @Test
    void singleKeysTypedIntoAFieldAreNotShortcuts(FxRobot robot) throws TimeoutException {
        robot.clickOn("#step100Button");
        await("100 epochs", t -> t.epoch() == 100);
        Spinner<Integer> seed = robot.lookup("#seedSpinner").queryAs(Spinner.class);
        robot.clickOn(seed.getEditor());
        robot.type(KeyCode.R, KeyCode.N, KeyCode.SPACE, KeyCode.RIGHT);
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        TrainingSnapshot s = window.snapshotProperty().get();
        assertEquals(100, s.epoch(), "neither reset, re-seeded nor stepped");
        assertEquals(TrainingSnapshot.State.PAUSED, s.state(), "space did not play");
        assertTrue(seed.getEditor().getText().contains("rn"), seed.getEditor().getText());

        // With the focus on a button, the same keys are shortcuts.
        robot.interact(() -> robot.lookup("#resetButton").query().requestFocus());
        robot.type(KeyCode.RIGHT);
        await("Right steps one epoch", t -> t.epoch() == 101);
        robot.type(KeyCode.R);
        await("R resets", t -> t.epoch() == 0);
    }

    @Test
    void aFocusedSliderKeepsItsArrows(FxRobot robot) throws TimeoutException {
        Slider hidden = robot.lookup("#hiddenSlider").queryAs(Slider.class);
        robot.interact(hidden::requestFocus);
        robot.type(KeyCode.RIGHT);
        TrainingSnapshot s = await("a network of 5", t -> t.hidden() == 5);
        assertEquals(0, s.epoch(), "Right moved the slider, it did not step an epoch");
    }

    @Test
    void afterOpeningACsvTheDataSectionNamesTheFileAndSetsTheGeneratorAside(
            FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("points.csv");
        java.nio.file.Files.writeString(file, "x1,x2,label\n0,0,0\n1,1,1\n0,1,0\n1,0,1\n2,2,1\n");
        javafx.scene.control.Label source = robot.lookup("#dataSource").queryAs(javafx.scene.control.Label.class);
        assertFalse(source.isVisible(), "generated data needs no note");
        robot.interact(() -> window.model().loadCsv(file));
        await("the file's 5 points", t -> t.data().size() == 5);
        assertTrue(source.isVisible());
        assertEquals("From file points.csv: 5 points. The generator below is not in use.", source.getText());
        assertTrue(robot.lookup("#samplesSpinner").query().isDisabled());
        assertTrue(robot.lookup("#datasetChoice").query().isDisabled());
        assertTrue(robot.lookup("#newDataButton").query().isDisabled());

        robot.clickOn("#generatedDataButton");
        await("the generator's 200 points again", t -> t.data().size() == 200);
        assertFalse(source.isVisible());
        assertFalse(robot.lookup("#samplesSpinner").query().isDisabled());
    }

    @Test
    void aNetworkLargerThanTheSliderIsRefusedSoTheSliderNeverShowsAnotherSize(FxRobot robot) throws TimeoutException {
        dev.boundarylab.train.HeadlessRun.Result big = dev.boundarylab.train.HeadlessRun.train(
                window.snapshotProperty().get().data(),
                dev.boundarylab.model.Parameters.random(150, 2),
                1.2,
                1,
                null,
                null);
        robot.interact(() -> window.model().showSweepResult(big));
        WaitForAsyncUtils.waitForFxEvents();
        Notice n = window.model().noticeProperty().get();
        assertEquals(Notice.Severity.PROBLEM, n.severity());
        assertEquals("the sweep's network: hidden units must be a whole number from 1 to 100, got 150", n.text());
        assertEquals(4, robot.lookup("#hiddenSlider").queryAs(Slider.class).getValue(), 0.0);
        assertEquals(4, window.snapshotProperty().get().hidden());
    }
}
