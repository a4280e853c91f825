package dev.boundarylab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.boundarylab.train.Settings;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The number of classes is remembered like the other data settings, and Restore defaults goes back to two. */
class ClassesPrefsTest extends WindowTestBase {
    private final Preferences node = LabPrefsTest.testNode();

    @Override
    protected LabPrefs prefs() {
        node.put("dataset", "blobs");
        node.putInt("classes", 4);
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
        return robot.lookup("#classesSpinner").queryAs(Spinner.class);
    }

    @Test
    void theWindowOpensWithTheRememberedClassesAndSavesTheOnesItShows(FxRobot robot) throws TimeoutException {
        await("4 classes", t -> t.data().classes() == 4);
        assertEquals(4, spinner(robot).getValue());
        robot.interact(() -> spinner(robot).getValueFactory().setValue(6));
        await("6 classes", t -> t.data().classes() == 6);
        robot.interact(window::close);
        assertEquals(6, new LabPrefs(node).settings(Settings.defaults()).classes());
    }

    @Test
    void restoreDefaultsGoesBackToTwoClassesAndForgetsThem(FxRobot robot) throws TimeoutException {
        await("4 classes", t -> t.data().classes() == 4);
        robot.interact(window::restoreDefaults);
        await("2 classes", t -> t.data().classes() == 2);
        assertEquals(2, spinner(robot).getValue());
        assertFalse(node.getInt("classes", -1) >= 0, "forgotten");
    }

    @Test
    void damagedClassesAreTheDefault() throws BackingStoreException {
        Preferences other = LabPrefsTest.testNode();
        try {
            for (String bad : new String[] {"9", "1", "3.5", "many"}) {
                other.put("classes", bad);
                assertEquals(
                        2, new LabPrefs(other).settings(Settings.defaults()).classes(), bad);
            }
            // Two-class generators draw no more: a remembered 5 with the moons is damaged.
            other.put("dataset", "moons");
            other.putInt("classes", 5);
            assertEquals(2, new LabPrefs(other).settings(Settings.defaults()).classes());
            other.put("dataset", "blobs");
            assertEquals(5, new LabPrefs(other).settings(Settings.defaults()).classes());
        } finally {
            LabPrefsTest.remove(other);
        }
    }
}
