package dev.boundarylab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.io.ParametersJson;
import dev.boundarylab.model.Parameters;
import dev.boundarylab.train.Limit;
import dev.boundarylab.train.Notice;
import dev.boundarylab.train.TrainingSnapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window fed what users feed it: a learning rate that blows the network up, malformed files, parameters that do
 * not fit. Each shows one line in the banner and leaves the run in use as it was.
 */
class WindowRobustnessTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @TempDir
    Path dir;

    private String awaitBanner(FxRobot robot, Predicate<String> condition) throws TimeoutException {
        Label banner = robot.lookup("#banner").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> condition.test(banner.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(banner.isVisible(), "the banner is shown");
        return banner.getText();
    }

    @Test
    void theLargestLearningRateDivergesTheSeedDataAndTheBannerSaysSoUntilReset(FxRobot robot) throws Exception {
        robot.clickOn("#rateSlider");
        robot.type(KeyCode.END);
        await("learning rate at the slider's top, 1000", t -> t.learningRate() == Limit.LEARNING_RATE.max());
        robot.clickOn("#playButton");
        TrainingSnapshot s = await("diverged", t -> t.state() == TrainingSnapshot.State.DIVERGED);
        String banner = awaitBanner(robot, t -> t.startsWith("diverged at epoch"));
        assertEquals(s.message(), banner);
        assertTrue(banner.matches("diverged at epoch \\d+: .*; try a smaller learning rate"), banner);
        for (int i = 0; i < s.costs().size(); i++) {
            assertTrue(
                    Double.isFinite(s.costs().cost(i)),
                    "the chart's cost " + s.costs().cost(i));
        }
        assertTrue(s.costs().size() >= 2, "the curve up to the divergence is kept");
        String status = robot.lookup("#statusLine").queryLabeled().getText();
        assertTrue(status.startsWith("Diverged") && !status.contains("NaN") && !status.contains("Infinity"), status);
        assertEquals("Play", robot.lookup("#playButton").queryButton().getText());
        assertTrue(window.plots().costView().paintCount() > 0);

        // Another message replaces the banner (as a failed export's does); the same divergence told again by a
        // step comes back, although its words are the same as the last service message's.
        robot.interact(() -> window.model().say(Notice.Severity.PROBLEM, "something else went wrong"));
        assertEquals("something else went wrong", awaitBanner(robot, t -> t.startsWith("something")));
        window.model().service().step(1);
        assertEquals(banner, awaitBanner(robot, t -> t.startsWith("diverged at epoch")));

        robot.clickOn("#resetButton");
        s = await("reset", t -> t.state() == TrainingSnapshot.State.PAUSED && t.epoch() == 0);
        Label bannerLabel = robot.lookup("#banner").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !bannerLabel.isVisible());
        assertEquals("", bannerLabel.getText());
        assertEquals(1, s.costs().size());
    }

    @Test
    void aMalformedCsvShowsFileLineAndReasonAndKeepsTheDataInUse(FxRobot robot) throws Exception {
        TrainingSnapshot before = await("started", t -> t.data() != null);
        Dataset inUse = before.data();
        String[][] cases = {
            {"empty.csv", "", "line 1: "},
            {"header-only.csv", "x1,x2,label\n", "line "},
            {"missing.csv", "x1,x2,label\n1,2,0\n3,4\n", "line 3: "},
            {"extra.csv", "x1,x2,label\n1,2,0,9\n", "line 2: "},
            {"text.csv", "x1,x2,label\n1,2,0\nabc,4,1\n", "line 3: "},
            {"nan.csv", "x1,x2,label\n1,NaN,0\n", "line 2: "},
            {"infinity.csv", "x1,x2,label\n1,2,0\n-Infinity,4,1\n", "line 3: "},
            // Up to 8 labels are classes (issue 16); a ninth is malformed.
            {"label.csv", "x1,x2,label\n1,2,0\n3,4,1\n5,6,2\n1,1,3\n1,1,4\n1,1,5\n1,1,6\n1,1,7\n1,1,8\n", "line 10: "},
        };
        for (String[] c : cases) {
            Path f = Files.writeString(dir.resolve(c[0]), c[1], StandardCharsets.UTF_8);
            robot.interact(() -> window.model().loadCsv(f));
            String banner = awaitBanner(robot, t -> t.startsWith(f.toString()));
            assertTrue(
                    banner.startsWith(f + ", " + c[2]) && banner.length() > (f + ", " + c[2]).length() + 5,
                    c[0] + ": " + banner);
            assertFalse(banner.contains("\n") || banner.contains("Exception"), banner);
            assertSame(inUse, window.snapshotProperty().get().data(), c[0] + " leaves the data as it was");
        }
        Path missing = dir.resolve("no-such.csv");
        robot.interact(() -> window.model().loadCsv(missing));
        assertEquals(missing + ": no such file", awaitBanner(robot, t -> t.startsWith(missing.toString())));
        assertSame(inUse, window.snapshotProperty().get().data());

        // Windows line ends and a byte-order mark are fine.
        Path windows = Files.writeString(
                dir.resolve("windows.csv"), "\uFEFFx1,x2,label\r\n1,2,0\r\n3,4,1\r\n", StandardCharsets.UTF_8);
        robot.interact(() -> window.model().loadCsv(windows));
        TrainingSnapshot s = await("windows.csv loaded", t -> t.data().name().equals("windows.csv"));
        assertEquals(2, s.data().size());
        assertEquals(4.0, s.data().x2(1));
    }

    @Test
    void oneClassTrainsTheNetworkAndTheWindowSaysWhyThereIsNoBaseline(FxRobot robot) throws Exception {
        Path f = Files.writeString(dir.resolve("one-class.csv"), "x1,x2,label\n0,0,1\n1,2,1\n-1,3,1\n2,-2,1\n");
        robot.interact(() -> window.model().loadCsv(f));
        await("one class loaded", t -> t.data().name().equals("one-class.csv"));
        String banner = awaitBanner(robot, t -> t.contains("both classes"));
        assertEquals("logistic regression: needs points of both classes; this data has only class 1", banner);
        assertTrue(robot.lookup("#logisticPanel").query().getAccessibleText().contains("not fitted"));
        assertTrue(robot.lookup("#statusLine").queryLabeled().getText().contains("logistic n/a"));
        robot.clickOn("#playButton");
        TrainingSnapshot s = await("trains", t -> t.epoch() > 100);
        assertEquals(TrainingSnapshot.State.RUNNING, s.state());
        assertEquals(1.0, s.accuracy());
    }

    @Test
    void parametersThatDoNotFitShowOneLineAndChangeNothing(FxRobot robot) throws Exception {
        robot.clickOn("#step100Button");
        TrainingSnapshot before = await("100 epochs", t -> t.epoch() == 100);
        String[][] cases = {
            {"truncated.json", "{\"W1\": [[0.1, 0.2], [0.3, 0.4]], \"b1\": [0, 0], \"W2\": [1, ", "not valid JSON"},
            {
                "shapes.json",
                "{\"W1\": [[0.1, 0.2], [0.3, 0.4]], \"b1\": [0, 0, 0], \"W2\": [1, 1], \"b2\": 0}",
                "shapes disagree: W1 has 2 rows, b1 has 3 values"
            },
            {"row.json", "{\"W1\": [[0.1, 0.2, 0.3]], \"b1\": [0], \"W2\": [1], \"b2\": 0}", "W1 row 0 has 3 values"},
            {"nan.json", "{\"W1\": [[0.1, NaN]], \"b1\": [0], \"W2\": [1], \"b2\": 0}", "not a number"},
            {"empty.json", " \n", "the file is empty; expected a JSON object with W1, b1, W2 and b2"},
        };
        for (String[] c : cases) {
            Path f = Files.writeString(dir.resolve(c[0]), c[1]);
            robot.interact(() -> window.model().loadParameters(f));
            String banner = awaitBanner(robot, t -> t.startsWith(f.toString()));
            assertTrue(banner.startsWith(f + ": ") && banner.contains(c[2]), c[0] + ": " + banner);
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
            TrainingSnapshot s = window.snapshotProperty().get();
            assertEquals(before.parameters(), s.parameters(), c[0]);
            assertEquals(100, s.epoch(), c[0]);
            assertEquals(4, window.controls().hiddenSlider.getValue(), 0.0);
        }
        // Another hidden size is allowed: the network takes the file's size and its weights.
        Parameters seven = Parameters.random(7, 11);
        Path ok = dir.resolve("seven.json");
        ParametersJson.write(seven, ok);
        robot.interact(() -> window.model().loadParameters(ok));
        TrainingSnapshot s = await("seven hidden units loaded", t -> t.hidden() == 7);
        assertEquals(seven, s.parameters());
        assertEquals(0, s.epoch());
        assertEquals(7, window.controls().hiddenSlider.getValue(), 0.0);
        assertEquals("loaded parameters with 7 hidden units", awaitBanner(robot, t -> t.startsWith("loaded")));

        // More hidden units than the slider reaches would be clamped to 100 random ones: refused, saying so.
        Path big = dir.resolve("many.json");
        ParametersJson.write(Parameters.random(150, 12), big);
        robot.interact(() -> window.model().loadParameters(big));
        assertEquals(
                big + ": the parameters have 150 hidden units; the window trains networks of 1 to 100",
                awaitBanner(robot, t -> t.startsWith(big.toString())));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertEquals(seven, window.snapshotProperty().get().parameters());
        assertEquals(7, window.controls().hiddenSlider.getValue(), 0.0);
    }

    @Test
    void aParametersFileThatIsSlowToReadDoesNotFreezeTheWindow(FxRobot robot) throws Exception {
        // A named pipe: reading it blocks until this test writes into it, as a file on a hung network share would.
        Path pipe = dir.resolve("slow.json");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        java.util.concurrent.CompletableFuture<?>[] loading = new java.util.concurrent.CompletableFuture<?>[1];
        robot.interact(() -> loading[0] = window.model().loadParameters(pipe));
        // The JavaFX thread still runs while the file is being read: each of these would time out if it did not.
        for (int k = 0; k < 5; k++) {
            WaitForAsyncUtils.asyncFx(() -> window.controls().hiddenSlider.getValue())
                    .get(2, TimeUnit.SECONDS);
        }
        assertFalse(loading[0].isDone(), "still reading the pipe");
        Parameters seven = Parameters.random(7, 11);
        Path source = dir.resolve("seven.json");
        ParametersJson.write(seven, source);
        Files.write(pipe, Files.readAllBytes(source));
        loading[0].get(10, TimeUnit.SECONDS);
        TrainingSnapshot s =
                await("loaded through the pipe", t -> t.parameters().equals(seven));
        assertEquals(0, s.epoch());
    }
}
