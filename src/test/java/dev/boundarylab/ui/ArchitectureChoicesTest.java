package dev.boundarylab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Feature;
import dev.boundarylab.model.InitScale;
import dev.boundarylab.model.Network;
import dev.boundarylab.train.Limit;
import dev.boundarylab.train.TrainingSnapshot;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The Network section's initial scale, shuffle seed and feature order, driven as a user would: what the trainer
 * then trains (read back from the snapshot's network and its initial weights), and a typo that changes nothing.
 */
class ArchitectureChoicesTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void featuresSwitchedOnComeLastAndTheirPlacesAreTheFirstLayersColumns(FxRobot robot) throws TimeoutException {
        ArchitectureView view = window.controls().architecture;
        robot.clickOn("#feature-x2sq");
        robot.clickOn("#feature-x1");
        robot.clickOn("#feature-x1");
        // x1 off, then on again: it is now last.
        List<Feature> order = List.of(Feature.X2, Feature.X2SQ, Feature.X1);
        TrainingSnapshot s =
                await("x2, x2sq, x1", t -> t.network().architecture().features().equals(order));
        assertEquals(0, s.epoch(), "the network started over");
        assertEquals("x2,x2sq,x1", robot.lookup("#featuresValue").queryLabeled().getText());
        assertEquals("1", view.features.place(Feature.X2));
        assertEquals("2", view.features.place(Feature.X2SQ));
        assertEquals("3", view.features.place(Feature.X1));
        assertEquals("", view.features.place(Feature.X1SQ), "a feature off has no place");
        // The first layer's columns are the features in that order: W1[j][2] multiplies x1. Moving x1 by dx changes
        // unit j's z by W1[j][2] dx.
        Network n = s.network();
        double[][] z0 = new double[4][1];
        double[][] z1 = new double[4][1];
        n.preActivations(0, new double[] {0.3}, new double[] {-0.7}, 1, z0);
        n.preActivations(0, new double[] {0.8}, new double[] {-0.7}, 1, z1);
        for (int j = 0; j < 4; j++) {
            assertEquals(n.weights(0)[j][2] * 0.5, z1[j][0] - z0[j][0], 1e-12, "unit " + (j + 1));
        }
    }

    @Test
    void theChosenInitialScaleIsTheOneTheTrainerDrawsAndAutoFollowsTheDepth(FxRobot robot) throws TimeoutException {
        ChoiceBox<String> scale = robot.lookup("#initScaleChoice").queryAs(ChoiceBox.class);
        assertEquals("auto: small", scale.getValue(), "one hidden layer: auto is small");
        robot.clickOn("#addLayerButton");
        await("two layers", t -> t.network().architecture().layers().size() == 2);
        assertEquals("auto: xavier", scale.getValue(), "two hidden layers: auto is xavier");
        assertEquals(InitScale.XAVIER, window.model().snapshot().architecture().initScale());
        robot.interact(() -> scale.getSelectionModel().select("he"));
        TrainingSnapshot s = await("he", t -> t.network().architecture().initScale() == InitScale.HE);
        // The initial weights are he's: randn * sqrt(2 / n_in), drawn from the same seed as xavier's randn /
        // sqrt(n_in).
        Architecture xavier = new Architecture(
                s.architecture().features(),
                s.architecture().layers(),
                s.architecture().activation(),
                0,
                0,
                10,
                InitScale.XAVIER);
        Network x = Network.random(xavier, window.model().settings().initSeed());
        assertEquals(x.weights(1)[0][0] * Math.sqrt(2), s.initialNetwork().weights(1)[0][0], 1e-12, "he = xavier · √2");
        // A chosen scale stays when the layers change.
        robot.clickOn("#removeLayerButton");
        s = await("one layer", t -> t.network().architecture().layers().size() == 1);
        assertEquals(InitScale.HE, s.architecture().initScale());
        assertEquals("he", scale.getValue());
        robot.interact(() -> scale.getSelectionModel().select(0));
        s = await("auto", t -> t.network().architecture().initScale() == InitScale.SMALL);
        assertEquals("auto: small", scale.getValue());
    }

    /** Types {@code text} into {@code field} in place of what it holds, then Enter. */
    private static void type(FxRobot robot, TextField field, String text) {
        robot.interact(() -> {
            field.clear();
            field.requestFocus();
        });
        robot.write(text).type(KeyCode.ENTER);
    }

    @Test
    void theShuffleSeedIsTheTrainersAndATypoChangesNothing(FxRobot robot) throws TimeoutException {
        TextField seed = robot.lookup("#shuffleSeedField").queryAs(TextField.class);
        assertTrue(seed.isDisabled(), "full batch: no shuffle to seed");
        type(robot, robot.lookup("#batchField").queryAs(TextField.class), "32");
        await("batch 32", t -> t.network().architecture().batch() == 32);
        assertFalse(seed.isDisabled(), "mini-batches: the seed is open");
        assertEquals("10", seed.getText());
        type(robot, seed, "77");
        TrainingSnapshot s = await("seed 77", t -> t.network().architecture().shuffleSeed() == 77);
        assertEquals(77, s.initialNetwork().architecture().shuffleSeed(), "the run's own architecture");
        assertEquals(0, s.epoch(), "the network started over");

        Architecture before = window.model().architecture();
        type(robot, seed, "7x");
        String said = window.model().noticeProperty().get().text();
        assertEquals("Shuffle seed: " + Limit.SHUFFLE_SEED.message("'7x'") + "; kept 77", said, "one clear message");
        assertEquals(before, window.model().architecture(), "nothing changed");
        assertEquals(77, window.model().snapshot().network().architecture().shuffleSeed());
        type(robot, seed, "-4");
        assertTrue(window.model().noticeProperty().get().text().contains("from 0 to 2,147,483,647, got '-4'"));
        assertEquals(before, window.model().architecture(), "nothing changed");
    }
}
