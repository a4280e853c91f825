package dev.boundarylab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.model.Parameters;
import dev.boundarylab.render.FigureRenderer;
import dev.boundarylab.train.HeadlessRun;
import dev.boundarylab.train.TrainingSnapshot;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The sweep window driven from the main window: fill the gallery, open a size, cancel, export. */
class SweepViewTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private SweepView open(FxRobot robot, String sizes, String epochs) {
        robot.interact(window.sweep()::open);
        SweepView v = window.sweep().view();
        robot.interact(() -> {
            v.sizesField.setText(sizes);
            v.epochsSpinner.getEditor().setText(epochs);
            v.epochsSpinner.commitValue();
        });
        return v;
    }

    @Test
    void theTestShareStartsAtTheMainWindowsEachTimeTheWindowOpens(FxRobot robot) throws Exception {
        robot.interact(() -> window.model().setTestFraction(0.3));
        await("30% held out", t -> t.heldOut().fraction() == 0.3);
        SweepView v = open(robot, "2", "200");
        assertEquals(30, v.testSpinner.getValue());
        // The user's own choice stands while the window is open, even when it is brought to the front.
        robot.interact(() -> v.testSpinner.getValueFactory().setValue(50));
        robot.interact(window.sweep()::open);
        assertEquals(50, v.testSpinner.getValue());
        robot.interact(() -> {
            ((Stage) v.root().getScene().getWindow()).hide();
            window.model().setTestFraction(0.2);
        });
        robot.interact(window.sweep()::open);
        assertEquals(20, window.sweep().view().testSpinner.getValue());
    }

    @Test
    void theSweepTrainsTheMainWindowsArchitectureAndOpensOneInIt(FxRobot robot) throws Exception {
        dev.boundarylab.model.Architecture deep = dev.boundarylab.model.Architecture.defaults()
                .with(dev.boundarylab.model.Architecture.Setting.LAYERS, "4,4")
                .with(dev.boundarylab.model.Architecture.Setting.ACTIVATION, "relu")
                .with(dev.boundarylab.model.Architecture.Setting.FEATURES, "x1,x2,x1sq");
        robot.interact(() -> window.model().setArchitecture(deep));
        await("the deep network", t -> t.architecture().equals(deep));
        SweepView v = open(robot, "2, 3", "200");
        robot.clickOn("#sweepStart");
        List<HeadlessRun.Result> results = v.finished().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 2; i++) {
            int h = List.of(2, 3).get(i);
            assertEquals(deep.withUnits(h), results.get(i).network().architecture(), "size " + h);
            HeadlessRun.Result single = HeadlessRun.train(
                    window.snapshotProperty().get().data(),
                    null,
                    dev.boundarylab.model.Network.random(deep.withUnits(h), 2),
                    1.2,
                    200,
                    null,
                    null);
            assertEquals(single.network(), results.get(i).network(), "size " + h + " equals a single run");
        }
        robot.clickOn("#sweepCell3");
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> window.snapshotProperty().get().epoch() == 200);
        TrainingSnapshot s = window.snapshotProperty().get();
        assertEquals(results.get(1).network(), s.network());
        assertEquals(deep.withUnits(3), window.model().architecture(), "the controls show its architecture");
        assertEquals("2", robot.lookup("#layersValue").queryLabeled().getText());
        assertEquals(3, (int) Math.round(window.controls().hiddenSlider.getValue()));
    }

    @Test
    void fillsOnePanelPerSizeAndOpensAClickedOneInTheMainView(FxRobot robot, @TempDir Path dir) throws Exception {
        SweepView v = open(robot, "1, 4, 20", "600");
        robot.clickOn("#sweepStart");
        List<HeadlessRun.Result> results = v.finished().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, v.grid.getChildren().size());
        for (int i = 0; i < 3; i++) {
            int h = List.of(1, 4, 20).get(i);
            HeadlessRun.Result single = HeadlessRun.train(
                    window.snapshotProperty().get().data(), Parameters.random(h, 2), 1.2, 600, null, null);
            assertEquals(single.parameters(), results.get(i).parameters(), "size " + h + " equals a single run");
            Node cell = v.grid.getChildren().get(i);
            String title = ((RasterView)
                            ((javafx.scene.layout.StackPane) cell).getChildren().get(0))
                    .getAccessibleText();
            assertTrue(title.startsWith(h + " hidden — "), title);
        }
        robot.clickOn("#sweepCell20");
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> window.snapshotProperty().get().hidden() == 20);
        TrainingSnapshot s = window.snapshotProperty().get();
        assertEquals(results.get(2).parameters(), s.parameters());
        assertEquals(20, (int) Math.round(window.controls().hiddenSlider.getValue()));
        // It opens at its epoch with its cost history, and a reset goes back to its start.
        assertEquals(600, s.epoch());
        assertEquals(results.get(2).history().size() + 0, s.costs().size());
        assertEquals(results.get(2).history().cost(0), s.costs().cost(0), 0.0);
        assertEquals(600, s.costs().epoch(s.costs().size() - 1));
        assertEquals(results.get(2).cost(), s.cost(), 1e-12);

        Path png = dir.resolve("grid.png");
        v.exportGrid(png).get(30, TimeUnit.SECONDS);
        BufferedImage img = ImageIO.read(png.toFile());
        Dimension expected = new FigureRenderer(1).gridSize(3, 4);
        assertEquals(expected.width, img.getWidth());
        assertEquals(expected.height, img.getHeight());
        // Three panels in one row of four: the fourth cell is empty background, the first three are drawn.
        int cell = FigureRenderer.GRID_PANEL_WIDTH;
        assertEquals(3 * cell, img.getWidth());
    }

    @Test
    void heldOutPointsAreLeftOutOfTrainingAndTitledWithTheirAccuracy(FxRobot robot) throws Exception {
        SweepView v = open(robot, "2, 4", "800");
        robot.interact(() -> {
            v.testSpinner.getEditor().setText("30");
            v.testSpinner.commitValue();
        });
        robot.clickOn("#sweepStart");
        List<HeadlessRun.Result> results = v.finished().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        dev.boundarylab.data.Dataset all = window.snapshotProperty().get().data();
        dev.boundarylab.data.Dataset.Split split = all.split(0.3, 2);
        for (HeadlessRun.Result r : results) {
            assertEquals(split.train().size(), r.data().size(), "trained on 70% of the points");
            assertEquals(split.test().size(), r.test().size());
            assertEquals(r.parameters().accuracy(split.test()), r.testAccuracy(), 0.0);
        }
        String title = ((RasterView)
                        ((javafx.scene.layout.StackPane) v.grid.getChildren().get(1))
                                .getChildren()
                                .get(0))
                .getAccessibleText();
        assertTrue(title.matches("4 hidden — train [0-9.]+%, test [0-9.]+%"), title);
    }

    @Test
    void cancelStopsEveryWorker(FxRobot robot) throws Exception {
        SweepView v = open(robot, "50, 50, 50", "10000000");
        robot.clickOn("#sweepStart");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> v.progress.getProgress() > 0);
        robot.clickOn("#sweepCancel");
        assertThrows(
                java.util.concurrent.CancellationException.class,
                () -> v.finished().get(5, TimeUnit.SECONDS));
        long t0 = System.nanoTime();
        while (sweepThreads() > 0 && System.nanoTime() - t0 < 1_000_000_000L) {
            Thread.sleep(10);
        }
        assertEquals(0, sweepThreads());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(v.message.getText().startsWith("Cancelled"), v.message.getText());
        for (Node cell : v.grid.getChildren()) {
            String said = ((javafx.scene.layout.StackPane) cell)
                    .getChildren().stream()
                            .filter(n -> n instanceof javafx.scene.control.Label)
                            .map(n -> ((javafx.scene.control.Label) n).getText())
                            .findFirst()
                            .orElse("drawn");
            assertEquals("50 hidden: cancelled", said);
        }
    }

    @Test
    void aSizeThatDivergesSaysSoInItsPanelAndTheMessage(FxRobot robot) throws Exception {
        SweepView v = open(robot, "2, 4", "3000");
        robot.interact(() -> v.rateField.setText("1000"));
        robot.clickOn("#sweepStart");
        List<HeadlessRun.Result> results = v.finished().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        HeadlessRun.Result four = results.get(1);
        assertTrue(four.diverged());
        String title = ((RasterView)
                        ((javafx.scene.layout.StackPane) v.grid.getChildren().get(1))
                                .getChildren()
                                .get(0))
                .getAccessibleText();
        assertEquals("4 hidden — diverged at epoch " + four.divergedAt(), title);
        String said = v.message.getText();
        assertTrue(said.contains("4 hidden diverged at epoch " + four.divergedAt()), said);
        assertTrue(said.contains("try a smaller learning rate"), said);
    }

    @Test
    void textInTheSweepsNumberFieldsIsRefusedInPlace(FxRobot robot) {
        SweepView v = open(robot, "2", "100");
        robot.interact(() -> v.epochsSpinner.getEditor().setText("abc"));
        robot.interact(v.epochsSpinner::commitValue);
        assertEquals(100, v.epochsSpinner.getValue());
        assertTrue(v.epochsSpinner.getEditor().getStyleClass().contains(Styles.INVALID));
        assertTrue(v.message.getText().startsWith("Epochs: epochs must be a whole number"), v.message.getText());
        robot.interact(() -> v.rateField.setText("lots"));
        robot.clickOn("#sweepStart");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(v.rateField.getStyleClass().contains(Styles.INVALID));
        assertEquals("Learning rate: learning rate must be from 0.0001 to 1000, got 'lots'", v.message.getText());
        assertEquals(0, v.grid.getChildren().size(), "nothing started");
    }

    @Test
    void aBadSizeListGetsOneMessageAndStartsNothing(FxRobot robot) {
        SweepView v = open(robot, "1, two, 3", "100");
        robot.clickOn("#sweepStart");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("'two' in the list of hidden sizes is not a whole number", v.message.getText());
        assertEquals(0, v.grid.getChildren().size());
    }

    private static long sweepThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("boundary-lab-sweep") && t.isAlive())
                .count();
    }
}
