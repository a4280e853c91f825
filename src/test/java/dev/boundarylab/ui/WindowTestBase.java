package dev.boundarylab.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.train.Settings;
import dev.boundarylab.train.TrainingSnapshot;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window on the seed's settings, paused, in a headless stage with the app's stylesheet and shortcuts; each
 * test gets a fresh one and it is closed after the test. (TestFX looks for {@code @Start} on the test class itself,
 * so each subclass declares one that calls {@link #open}.)
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTestBase {
    protected MainWindow window;

    /** Shows a new window in {@code stage}; each test class calls it from its {@code @Start} method. */
    protected void open(Stage stage) {
        window = new MainWindow(Settings.defaults(), false, prefs());
        Scene scene = new Scene(window.root(), 1200, 800);
        Styles.apply(scene);
        window.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
        window.start();
    }

    /** Where the window remembers its settings: nowhere, unless a test class says otherwise. */
    protected LabPrefs prefs() {
        return null;
    }

    /** The data is made and its baseline fitted in the background once the window is shown: wait for them. */
    @BeforeEach
    void awaitFirstSnapshot() throws TimeoutException {
        await("the first snapshot", t -> true);
    }

    @AfterEach
    void closeWindow() {
        window.close();
    }

    /** Waits up to 20 s for the window to show a snapshot meeting {@code condition}, and returns it. */
    protected TrainingSnapshot await(String what, Predicate<TrainingSnapshot> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> window.snapshotProperty().get() != null
                        && condition.test(window.snapshotProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        TrainingSnapshot s = window.snapshotProperty().get();
        assertTrue(s != null && condition.test(s), what);
        return s;
    }
}
