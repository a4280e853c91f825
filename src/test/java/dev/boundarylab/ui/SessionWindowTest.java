package dev.boundarylab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.io.SessionJson;
import dev.boundarylab.model.Activation;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Feature;
import dev.boundarylab.model.InitScale;
import dev.boundarylab.model.Network;
import dev.boundarylab.train.CostSeries;
import dev.boundarylab.train.HeadlessRun;
import dev.boundarylab.train.Settings;
import dev.boundarylab.train.TrainingSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * File → Save session and Open session in the window: a session saved at epoch N and opened again shows the window
 * as it was and, stepped M epochs, has exactly the numbers of a headless run of N + M; a bad file changes nothing.
 */
class SessionWindowTest extends WindowTestBase {
    private static final Architecture LAYERED = new Architecture(
            List.of(Feature.X1, Feature.X2), List.of(8, 8), Activation.RELU, 0.01, 32, 10, InitScale.HE);

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private <T> T fx(FxRobot robot, Supplier<T> action) {
        AtomicReference<T> r = new AtomicReference<>();
        robot.interact(() -> r.set(action.get()));
        return r.get();
    }

    private void await(CompletableFuture<Void> f) throws Exception {
        f.get(20, TimeUnit.SECONDS);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSessionSavedAtEpoch300AndOpenedGoesOnAsAHeadlessRunOf500(FxRobot robot) throws Exception {
        LabModel model = window.model();
        robot.interact(() -> {
            model.setArchitecture(LAYERED);
            model.setLearningRate(0.1);
            model.setPace(1000);
            model.setLogScale(true);
            window.plots().zeroLinesProperty().set(true);
            window.plots().baselineFeatures.choice.setValue(BaselineFeaturesView.Choice.SQUARES);
        });
        await("the layered network", t -> t.network().architecture().equals(LAYERED) && t.learningRate() == 0.1);
        robot.interact(() -> model.step(300));
        TrainingSnapshot saved = await("300 epochs", t -> t.epoch() == 300);
        Path file = dir.resolve("run.json");
        await(fx(robot, () -> window.sessions().save(file)));
        assertTrue(
                model.noticeProperty().get().text().startsWith("session saved to " + file + " at epoch 300"),
                model.noticeProperty().get().text());

        // Anything else: new weights, another rate, architecture and view.
        robot.interact(() -> {
            model.reseed();
            model.setArchitecture(Architecture.defaults());
            window.controls().rateSlider.setValue(Math.log10(2));
            window.controls().logScale.setSelected(false);
            window.plots().zeroLinesProperty().set(false);
            window.plots().baselineFeatures.choice.setValue(BaselineFeaturesView.Choice.PLAIN);
            model.step(50);
        });
        await(
                "trained elsewhere",
                t -> t.epoch() == 50 && t.network().architecture().equals(Architecture.defaults()));

        await(fx(robot, () -> window.sessions().open(file)));
        TrainingSnapshot opened = await(
                "the session's run",
                t -> t.epoch() == 300 && t.network().architecture().equals(LAYERED));
        assertEquals(0.1, opened.learningRate());
        assertEquals(TrainingSnapshot.State.PAUSED, opened.state());
        assertSameSeries(saved.costs(), opened.costs());
        // The window as it was: the controls, the chart's axis, the zero lines, the baseline's features, the pace.
        assertEquals(Math.log10(0.1), window.controls().rateSlider.getValue(), 1e-12);
        assertTrue(window.controls().logScale.isSelected());
        assertTrue(model.logScale());
        assertTrue(window.plots().zeroLinesProperty().get());
        assertEquals(
                BaselineFeaturesView.Choice.SQUARES,
                window.plots().baselineFeatures.choice.getValue());
        assertEquals(1000, model.paceProperty().get());
        assertEquals(8, (int) Math.round(window.controls().hiddenSlider.getValue()));
        assertEquals(2, model.settings().initSeed());
        assertEquals(LAYERED, model.architecture());

        robot.interact(() -> model.step(200));
        TrainingSnapshot after = await("200 epochs more", t -> t.epoch() == 500);
        Dataset data = Settings.defaults().loadData();
        HeadlessRun.Result headless = HeadlessRun.train(data, null, Network.random(LAYERED, 2), 0.1, 500, null, null);
        assertSameNetwork(headless.network(), after.network());
        assertEquals(headless.cost(), after.cost(), 0);
        assertSameSeries(headless.state().history(), after.costs());
        assertTrue(window.sessions().recentProperty().get().contains(file.toAbsolutePath()));
    }

    @Test
    void aBadSessionFileSaysWhyInTheBannerAndChangesNothing(FxRobot robot) throws Exception {
        robot.interact(() -> window.model().step(20));
        await("20 epochs", t -> t.epoch() == 20);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"boundary-lab session\", \"version\": 7}");
        await(fx(robot, () -> window.sessions().open(bad)));
        assertEquals(
                bad + ": a session file of version 7; this Boundary Lab reads version 1",
                window.model().noticeProperty().get().text());
        TrainingSnapshot s = await("still the same run", t -> t.epoch() == 20);
        assertEquals(Architecture.defaults(), s.network().architecture());
        assertFalse(window.sessions().recentProperty().get().contains(bad.toAbsolutePath()));
    }

    @Test
    void aRecentSessionWhoseFileIsGoneIsDroppedWithAMessage(FxRobot robot) throws Exception {
        Path file = dir.resolve("gone.json");
        await(fx(robot, () -> window.sessions().save(file)));
        Menu recent = (Menu)
                robot
                        .lookup("#menuBar")
                        .queryAs(javafx.scene.control.MenuBar.class)
                        .getMenus()
                        .get(0)
                        .getItems()
                        .stream()
                        .filter(i -> "recentSessionsMenu".equals(i.getId()))
                        .findFirst()
                        .orElseThrow();
        assertEquals(1, recent.getItems().size());
        assertTrue(recent.getItems().get(0).getText().startsWith("gone.json"));
        SessionJson.read(file); // a whole session file was written
        Files.delete(file);
        robot.interact(() -> recent.getItems().get(0).fire());
        assertEquals(
                file.toAbsolutePath() + ": no such file; removed from the recent sessions",
                window.model().noticeProperty().get().text());
        assertTrue(recent.getItems().isEmpty());
        assertTrue(recent.isDisable());
    }

    @Test
    void noTwoMenuItemsShareAKeyboardShortcut(FxRobot robot) {
        Set<String> seen = new HashSet<>();
        for (Menu m : robot.lookup("#menuBar")
                .queryAs(javafx.scene.control.MenuBar.class)
                .getMenus()) {
            for (MenuItem i : m.getItems()) {
                if (i.getAccelerator() != null) {
                    assertTrue(
                            seen.add(i.getAccelerator().getName()),
                            "twice: " + i.getAccelerator().getName());
                }
            }
        }
        assertTrue(seen.contains("Shift+Shortcut+S") && seen.contains("Shift+Shortcut+O"), seen.toString());
        assertNotEquals(0, seen.size());
    }

    private static void assertSameNetwork(Network a, Network b) {
        assertEquals(a.architecture(), b.architecture());
        for (int l = 0; l < a.depth(); l++) {
            for (int j = 0; j < a.weights(l).length; j++) {
                assertArrayEquals(a.weights(l)[j], b.weights(l)[j], 0);
            }
            assertArrayEquals(a.biases(l), b.biases(l), 0);
        }
    }

    private static void assertSameSeries(CostSeries a, CostSeries b) {
        assertArrayEquals(a.epochs(), b.epochs());
        assertArrayEquals(a.costs(), b.costs(), 0);
    }
}
