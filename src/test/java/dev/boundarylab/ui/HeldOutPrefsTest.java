package dev.boundarylab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The share held out is remembered like the other settings, and Restore defaults goes back to none. */
class HeldOutPrefsTest extends WindowTestBase {
    private final Preferences node = LabPrefsTest.testNode();

    @Override
    protected LabPrefs prefs() {
        node.putDouble("testFraction", 0.3);
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

    @SuppressWarnings("unchecked")
    private static Spinner<Integer> spinner(FxRobot robot) {
        return robot.lookup("#testSpinner").queryAs(Spinner.class);
    }

    @Test
    void theWindowOpensWithTheRememberedShareAndSavesTheOneItShows(FxRobot robot) throws TimeoutException {
        await("30% held out", t -> t.heldOut().any() && t.heldOut().fraction() == 0.3);
        assertEquals(30, spinner(robot).getValue());
        robot.interact(() -> spinner(robot).getValueFactory().setValue(50));
        await("50% held out", t -> t.heldOut().fraction() == 0.5);
        robot.interact(window::close);
        assertEquals(0.5, new LabPrefs(node).testFraction(), 0.0);
    }

    @Test
    void restoreDefaultsHoldsNothingOutAndForgetsTheShare(FxRobot robot) throws TimeoutException {
        await("30% held out", t -> t.heldOut().fraction() == 0.3);
        robot.interact(window::restoreDefaults);
        await("nothing held out", t -> !t.heldOut().any());
        assertEquals(0, spinner(robot).getValue());
        assertFalse(node.getDouble("testFraction", -1) >= 0, "forgotten");
    }

    @Test
    void aDamagedShareIsTheDefault() {
        Preferences other = LabPrefsTest.testNode();
        try {
            other.putDouble("testFraction", 0.97);
            assertEquals(0, new LabPrefs(other).testFraction(), 0.0);
            other.put("testFraction", "a lot");
            assertEquals(0, new LabPrefs(other).testFraction(), 0.0);
        } finally {
            try {
                LabPrefsTest.remove(other);
            } catch (BackingStoreException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
