package dev.boundarylab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.DatasetKind;
import dev.boundarylab.model.Network;
import dev.boundarylab.render.ConfusionSpec;
import dev.boundarylab.train.TrainingSnapshot;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Three classes in the window: the Classes spinner (only for the generators that draw more than two) makes the
 * three-arm spiral, the network trains with three outputs, the draw mode has a swatch per class in its colour, the
 * panel is coloured by the most probable class and the confusion matrices are 3 x 3.
 */
class ClassesWindowTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @SuppressWarnings("unchecked")
    private static Spinner<Integer> classes(FxRobot robot) {
        return robot.lookup("#classesSpinner").queryAs(Spinner.class);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<DatasetKind> datasets(FxRobot robot) {
        return robot.lookup("#datasetChoice").queryAs(ComboBox.class);
    }

    @Test
    void theArmsOfThreeClassesTrainAndAreDrawnInThreeColours(FxRobot robot) throws Exception {
        robot.interact(() -> datasets(robot).setValue(DatasetKind.fromId("circles")));
        await("circles", t -> t.data().name().contains("circles"));
        assertTrue(classes(robot).isDisabled(), "circles are two classes");

        robot.interact(() -> datasets(robot).setValue(DatasetKind.fromId("arms")));
        assertTrue(!classes(robot).isDisabled(), "arms draw up to 8 classes");
        robot.interact(() -> classes(robot).getValueFactory().setValue(3));
        TrainingSnapshot s = await("three arms", t -> t.data().classes() == 3);
        assertEquals(3, window.model().settings().classes());
        assertEquals(3, s.network().classes(), "the network has three outputs");

        // A swatch per class, each in its class's Okabe–Ito colour.
        for (int k = 0; k < 3; k++) {
            ToggleButton b = robot.lookup("#drawClass" + k).queryAs(ToggleButton.class);
            Color fill = (Color) ((Circle) b.getGraphic()).getFill();
            int argb = new int[] {0xE69F00, 0x0072B2, 0x009E73}[k];
            assertEquals((argb >> 16 & 0xFF) / 255.0, fill.getRed(), 1e-6, "swatch " + k);
            assertEquals((argb >> 8 & 0xFF) / 255.0, fill.getGreen(), 1e-6, "swatch " + k);
            assertEquals((argb & 0xFF) / 255.0, fill.getBlue(), 1e-6, "swatch " + k);
        }

        robot.interact(() -> window.model().step(300));
        TrainingSnapshot trained =
                await("300 epochs", t -> t.epoch() >= 300 && !t.baseline().isPending());
        robot.interact(() -> window.confusion().open());
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> window.confusion().shown() != null
                        && window.confusion().shown().classNames().size() == 3
                        && window.confusion().shown().tables().get(0).matrix() != null);
        ConfusionSpec m = window.confusion().shown();
        Network n = trained.network();
        int[][] counts = new int[3][3];
        for (int i = 0; i < trained.data().size(); i++) {
            counts[trained.data().label(i)][
                    n.predict(trained.data().x1(i), trained.data().x2(i))]++;
        }
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> java.util.Arrays.deepEquals(
                        counts,
                        window.confusion().shown().tables().get(0).matrix().counts()));
        assertEquals(trained.accuracy(), m.tables().get(0).matrix().accuracy(), 1e-12);
    }
}
