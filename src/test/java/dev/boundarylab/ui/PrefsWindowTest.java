package dev.boundarylab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.model.Architecture;
import dev.boundarylab.train.Settings;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The window remembers its settings in a test node (removed afterwards), and restores the defaults on request. */
class PrefsWindowTest extends WindowTestBase {
    private final Preferences node = LabPrefsTest.testNode();

    @Override
    protected LabPrefs prefs() {
        node.putInt("hidden", 9);
        node.putDouble("learningRate", 0.5);
        node.putBoolean("logScale", true);
        node.put("logisticFeatures", "SQUARES");
        return new LabPrefs(node);
    }

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @AfterEach
    void removeNode() throws BackingStoreException {
        window.close();
        LabPrefsTest.remove(node);
    }

    @Test
    void theWindowOpensWithWhatWasRememberedAndSavesWhatItShows(FxRobot robot) throws TimeoutException {
        await(
                "a network of 9 at rate 0.5, the baseline on the squares",
                t -> t.hidden() == 9
                        && t.learningRate() == 0.5
                        && t.baseline().features().size() == 4);
        Slider hidden = robot.lookup("#hiddenSlider").queryAs(Slider.class);
        assertEquals(9, hidden.getValue(), 0.0);
        assertTrue(robot.lookup("#logScaleCheck").queryAs(CheckBox.class).isSelected());
        robot.interact(() -> hidden.setValue(13));
        robot.interact(window::close);
        LabPrefs again = new LabPrefs(node);
        assertEquals(
                13, again.settings(dev.boundarylab.train.Settings.defaults()).hidden());
        assertEquals(
                0.5, again.settings(dev.boundarylab.train.Settings.defaults()).learningRate(), 0.0);
    }

    @Test
    void restoreDefaultsGoesBackToTheSeedsSettingsAndForgets(FxRobot robot) throws TimeoutException {
        robot.interact(window::restoreDefaults);
        await("the seed's network", t -> t.hidden() == 4 && t.learningRate() == 1.2);
        assertFalse(robot.lookup("#logScaleCheck").queryAs(CheckBox.class).isSelected());
        assertFalse(node.getBoolean("logScale", false));
        assertNull(node.get("logisticFeatures", null), "the baseline's features forgotten");
        await("the baseline on x1, x2", t -> t.baseline().features().size() == 2);
        assertEquals(-1, node.getInt("hidden", -1), "forgotten");
    }

    @Test
    void theArchitectureIsRememberedAndRestoreDefaultsResetsIt(FxRobot robot) throws TimeoutException {
        Architecture deep = Architecture.defaults()
                .with(Architecture.Setting.FEATURES, "x1,x2,x1sq")
                .with(Architecture.Setting.LAYERS, "8,6")
                .with(Architecture.Setting.ACTIVATION, "relu")
                .with(Architecture.Setting.L2, "0.01")
                .with(Architecture.Setting.BATCH, "32");
        robot.interact(() -> window.model().setArchitecture(deep));
        await("the deep network", t -> t.architecture().equals(deep));
        robot.interact(window::restoreDefaults);
        await("the seed's architecture", t -> t.architecture().equals(Architecture.defaults()));
        assertEquals(Architecture.defaults(), window.model().architecture());
        assertNull(node.get("arch.layers", null), "forgotten");
        assertEquals(Architecture.defaults(), new LabPrefs(node).architecture(Architecture.defaults()));

        robot.interact(() -> window.model().setArchitecture(deep));
        await("the deep network again", t -> t.architecture().equals(deep));
        robot.interact(window::close);
        assertEquals(deep, new LabPrefs(node).architecture(Architecture.defaults()), "remembered");
        assertEquals(8, new LabPrefs(node).settings(Settings.defaults()).hidden(), "the first layer's units");
    }

    @Test
    void aDamagedRememberedArchitectureIsTheDefaults() {
        node.put("arch.layers", "8,500");
        node.put("arch.activation", "softmax");
        node.put("arch.batch", "-4");
        assertEquals(Architecture.defaults(), new LabPrefs(node).architecture(Architecture.defaults()));
    }
}
