package dev.boundarylab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.io.ParametersJson;
import dev.boundarylab.model.Activation;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Feature;
import dev.boundarylab.model.Network;
import dev.boundarylab.render.ColorMap;
import dev.boundarylab.train.Limit;
import dev.boundarylab.train.TrainingSnapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Network section's architecture controls, driven as a user would: what the snapshot's network then is. */
class ArchitectureWindowTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void addingALayerTrainsANetworkOfTwoHiddenLayers(FxRobot robot) throws TimeoutException {
        robot.clickOn("#addLayerButton");
        TrainingSnapshot s = await(
                "two hidden layers", t -> t.network().architecture().layers().size() == 2);
        assertEquals(List.of(4, 4), s.network().architecture().layers(), "the new layer as wide as the last");
        assertEquals(3, s.network().depth(), "two hidden layers and the output");
        assertEquals(0, s.epoch(), "the network started over");
        assertEquals("2", robot.lookup("#layersValue").queryLabeled().getText());
        assertTrue(robot.lookup("#layerUnits2").query().isVisible(), "the second layer's units shown");
        assertTrue(
                Exporter.suggestedName(Exporter.Kind.FIGURE, s, 1, java.time.LocalDateTime.now())
                        .contains("_h4-4_e0_"),
                "an export's name gives the layers");
        robot.clickOn("#removeLayerButton");
        robot.clickOn("#removeLayerButton");
        s = await("no hidden layer", t -> t.network().architecture().layers().isEmpty());
        assertEquals(1, s.network().depth());
        assertTrue(robot.lookup("#hiddenSlider").query().isDisabled(), "no first layer to size");
    }

    @Test
    void choosingReluTrainsRelu(FxRobot robot) throws TimeoutException {
        robot.clickOn("#activationChoice");
        robot.clickOn("relu");
        await("relu", t -> t.network().architecture().activation() == Activation.RELU);
        robot.clickOn("#step100Button");
        TrainingSnapshot s = await("100 epochs of relu", t -> t.epoch() == 100);
        assertEquals(Activation.RELU, s.network().architecture().activation(), "the trainer trains relu");
        assertEquals(Activation.RELU, s.initialNetwork().architecture().activation());
    }

    @Test
    void theX1sqTileFeedsAThirdInput(FxRobot robot) throws TimeoutException {
        robot.clickOn("#feature-x1sq");
        TrainingSnapshot s = await("three inputs", t -> t.network().weights(0)[0].length == 3);
        assertEquals(
                List.of(Feature.X1, Feature.X2, Feature.X1SQ), s.architecture().features());
        assertEquals("x1,x2,x1sq", robot.lookup("#featuresValue").queryLabeled().getText());
        // Every tile off but one: the last one stays on, and the banner says why.
        robot.clickOn("#feature-x1sq");
        robot.clickOn("#feature-x2");
        await("x1 alone", t -> t.architecture().features().equals(List.of(Feature.X1)));
        robot.clickOn("#feature-x1");
        TrainingSnapshot still =
                await("still x1", t -> t.architecture().features().equals(List.of(Feature.X1)));
        assertEquals(1, still.network().weights(0)[0].length);
        assertTrue(robot.lookup("#feature-x1")
                .queryAs(javafx.scene.control.ToggleButton.class)
                .isSelected());
        assertTrue(window.model().noticeProperty().get().text().contains("at least one input feature"));
    }

    @Test
    void theL2SlidersFirstPositionIsExactlyZero(FxRobot robot) throws TimeoutException {
        Slider l2 = robot.lookup("#l2Slider").queryAs(Slider.class);
        robot.interact(() -> l2.setValue(3));
        await("L2 0.001", t -> t.architecture().l2() == 1e-3);
        assertEquals("0.001", robot.lookup("#l2Value").queryLabeled().getText());
        robot.clickOn(l2);
        robot.type(KeyCode.HOME);
        robot.interact(() -> l2.setValue(0));
        TrainingSnapshot s = await("L2 off", t -> t.architecture().l2() == 0.0);
        assertEquals(0.0, s.network().architecture().l2(), 0.0);
        assertEquals("off", robot.lookup("#l2Value").queryLabeled().getText());
        robot.interact(() -> l2.setValue(l2.getMax()));
        await("L2 10", t -> t.architecture().l2() == 10.0);
    }

    @Test
    void aBadBatchSizeIsMarkedInPlaceAndChangesNothing(FxRobot robot) throws TimeoutException {
        TextField batch = robot.lookup("#batchField").queryAs(TextField.class);
        TrainingSnapshot before = window.snapshotProperty().get();
        robot.interact(() -> batch.setText("-5"));
        robot.clickOn(batch).type(KeyCode.END).type(KeyCode.ENTER);
        assertTrue(batch.getStyleClass().contains(Styles.INVALID), "marked");
        String why = batch.getTooltip().getText();
        assertTrue(why.contains(Limit.BATCH.range()), why);
        assertTrue(window.model().noticeProperty().get().text().contains(Limit.BATCH.range()), "said in the banner");
        assertEquals(0, window.model().architecture().batch(), "unchanged");
        assertEquals(before.initialNetwork(), window.snapshotProperty().get().initialNetwork(), "the same network");
        robot.interact(() -> batch.setText("abc"));
        robot.clickOn(batch).type(KeyCode.ENTER);
        assertTrue(batch.getStyleClass().contains(Styles.INVALID), "not a number");
        robot.interact(() -> batch.setText("32"));
        robot.clickOn(batch).type(KeyCode.ENTER);
        TrainingSnapshot s = await("batches of 32", t -> t.architecture().batch() == 32);
        assertFalse(batch.getStyleClass().contains(Styles.INVALID), "cleared");
        assertEquals(0, s.epoch());
        robot.interact(() -> batch.setText("full"));
        robot.clickOn(batch).type(KeyCode.ENTER);
        await("full batch again", t -> t.architecture().batch() == 0);
    }

    @Test
    void aDeepNetworkExportedIsLoadedBackWithTheWindowsSettings(FxRobot robot, @TempDir Path dir) throws Exception {
        Architecture deep = Architecture.defaults()
                .with(Architecture.Setting.FEATURES, "x1,x2,x1sq")
                .with(Architecture.Setting.LAYERS, "8,6")
                .with(Architecture.Setting.ACTIVATION, "relu");
        robot.interact(() -> window.model().setArchitecture(deep));
        await("the deep network", t -> t.architecture().equals(deep));
        robot.interact(() -> window.model().step(30));
        Network trained = await("30 epochs", t -> t.epoch() == 30).network();
        Path json = dir.resolve("deep.json");
        ParametersJson.write(trained, json);

        // Another feature count: the file's first layer does not fit, and nothing changes.
        robot.interact(() -> window.model().setArchitecture(Architecture.defaults()));
        await("the seed's network", t -> t.architecture().equals(Architecture.defaults()));
        robot.interact(() -> window.model().loadParameters(json)).interact(() -> {});
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> window.model().noticeProperty().get().text().contains("3 inputs"));
        assertEquals(Architecture.defaults(), window.model().architecture(), "unchanged");

        // The same features and activation: the file's layers and weights are trained on.
        Architecture shallow = deep.withLayers(List.of(4));
        robot.interact(() -> window.model().setArchitecture(shallow));
        await("one layer", t -> t.architecture().equals(shallow));
        robot.interact(() -> window.model().loadParameters(json));
        TrainingSnapshot back =
                await("the file's layers", t -> t.architecture().layers().equals(List.of(8, 6)));
        assertEquals(0, back.epoch());
        assertArrayEquals(trained.weights(), back.network().weights());
        assertArrayEquals(trained.biases(), back.network().biases());
        assertEquals(Activation.RELU, back.architecture().activation());
        assertEquals("2", robot.lookup("#layersValue").queryLabeled().getText(), "the controls follow");
        assertEquals(8, robot.lookup("#hiddenSlider").queryAs(Slider.class).getValue(), 0.0);
    }

    @Test
    void theBaselinesFeaturesAreChosenOverThePanels(FxRobot robot) throws TimeoutException {
        ChoiceBox<BaselineFeaturesView.Choice> c =
                robot.lookup("#logisticFeaturesChoice").queryAs(ChoiceBox.class);
        robot.interact(() -> c.setValue(BaselineFeaturesView.Choice.SQUARES));
        TrainingSnapshot s = await(
                "the baseline on the squares",
                t -> t.baseline().features().equals(List.of(Feature.X1, Feature.X2, Feature.X1SQ, Feature.X2SQ)));
        assertTrue(
                s.baseline().accuracy() > 0.95,
                "it draws the ring: " + s.baseline().accuracy());
        assertEquals(List.of(Feature.X1, Feature.X2), s.architecture().features(), "the network as it was");
        assertTrue(
                StatusBar.text(s, 60)
                        .contains(String.format(
                                java.util.Locale.ROOT,
                                "logistic %.1f%%",
                                100 * s.baseline().accuracy())),
                "the status line gives its accuracy: " + StatusBar.text(s, 60));
        robot.interact(() -> c.setValue(BaselineFeaturesView.Choice.SAME));
        await("the network's x1, x2", t -> t.baseline().features().equals(List.of(Feature.X1, Feature.X2)));
        robot.clickOn("#feature-x1x2");
        await(
                "the baseline follows the network's features",
                t -> t.baseline().features().equals(List.of(Feature.X1, Feature.X2, Feature.X1X2)));
        robot.interact(window::restoreDefaults);
        await(
                "back to x1, x2",
                t -> t.baseline().features().equals(List.of(Feature.X1, Feature.X2))
                        && t.architecture().equals(Architecture.defaults()));
    }

    @Test
    void theX1TileShowsX1InTheColourMapsColoursLeftToRight() {
        PixelReader x1 = window.controls().architecture.picture(Feature.X1).getPixelReader();
        int n = ArchitectureView.TILE;
        int mid = n / 2;
        // x1 grows to the right: class 0's colour (orange: more red than blue) on the left, class 1's on the right.
        int left = x1.getArgb(0, mid);
        int right = x1.getArgb(n - 1, mid);
        assertTrue(red(left) > blue(left), "left is orange: " + Integer.toHexString(left));
        assertTrue(blue(right) > red(right), "right is blue: " + Integer.toHexString(right));
        // The same colour down a column: x1 does not depend on x2.
        assertEquals(x1.getArgb(3, 0), x1.getArgb(3, n - 1));
        // The ends are the colour map's: the largest |x1| of the picture at either end of the map, nearly.
        assertClose(ColorMap.DEFAULT.argb(0.0), left, 24);
        assertClose(ColorMap.DEFAULT.argb(1.0), right, 24);
        // x1² is smallest in the middle column (neutral) and largest at both edges (blue).
        PixelReader sq = window.controls().architecture.picture(Feature.X1SQ).getPixelReader();
        assertClose(ColorMap.DEFAULT.argb(0.5), sq.getArgb(mid, mid), 24);
        assertTrue(blue(sq.getArgb(0, mid)) > red(sq.getArgb(0, mid)), "left edge of x1sq is blue");
        assertTrue(blue(sq.getArgb(n - 1, mid)) > red(sq.getArgb(n - 1, mid)), "right edge of x1sq is blue");
    }

    private static int red(int argb) {
        return (argb >> 16) & 0xFF;
    }

    private static int blue(int argb) {
        return argb & 0xFF;
    }

    private static void assertClose(int expected, int actual, int tolerance) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int e = (expected >> shift) & 0xFF;
            int a = (actual >> shift) & 0xFF;
            assertTrue(
                    Math.abs(e - a) <= tolerance,
                    Integer.toHexString(actual) + " is not near " + Integer.toHexString(expected));
        }
    }
}
