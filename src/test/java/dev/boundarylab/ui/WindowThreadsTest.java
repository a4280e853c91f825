package dev.boundarylab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.train.TrainingSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's threads: closing ends every one of them promptly, whatever they were doing. */
class WindowThreadsTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @TempDir
    Path dir;

    static List<Thread> alive(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(name) && t.isAlive())
                .collect(Collectors.toList());
    }

    @Test
    void movingEverySliderHundredsOfTimesWhileTrainingLeavesNoErrorNoThreadsNoMemoryBehind(FxRobot robot)
            throws Exception {
        List<String> errors = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> errors.add(t.getName() + ": " + e));
        Logger log = Logger.getLogger("dev.boundarylab");
        Handler warnings = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                    errors.add(r.getLoggerName() + ": " + r.getMessage() + " " + r.getThrown());
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        log.addHandler(warnings);
        try {
            Slider[] sliders = {
                window.controls().rateSlider, window.controls().paceSlider, window.controls().hiddenSlider
            };
            robot.clickOn("#playButton");
            await("training", t -> t.epoch() > 10);
            long t0 = System.nanoTime();
            storm(robot, sliders, new Random(1), 50);
            settle(robot, sliders);
            int threads0 = Thread.getAllStackTraces().size();
            long heap0 = usedHeapAfterGc();

            Random random = new Random(2);
            // By hand: drag each thumb back and forth, and step it with the keyboard.
            for (Slider s : sliders) {
                Node thumb = s.lookup(".thumb");
                robot.drag(thumb, MouseButton.PRIMARY)
                        .moveBy(90, 0)
                        .moveBy(-140, 0)
                        .moveBy(110, 0)
                        .drop();
                robot.interact(s::requestFocus);
                robot.type(KeyCode.END);
                robot.type(KeyCode.HOME);
                for (int k = 0; k < 8; k++) {
                    robot.type(k % 3 == 2 ? KeyCode.LEFT : KeyCode.RIGHT);
                }
            }
            long t1 = System.nanoTime();
            // And for volume, many values per frame, as a fast drag delivers them: 600 per slider.
            storm(robot, sliders, random, 50);
            storm(robot, sliders, random, 50);
            long t2 = System.nanoTime();
            settle(robot, sliders);

            assertEquals(List.of(), errors, "no exception on any thread, no warning logged");
            int threads1 = Thread.getAllStackTraces().size();
            long heap1 = usedHeapAfterGc();
            System.out.printf(
                    "threads %d -> %d, heap %.1f MB -> %.1f MB; by hand %.1f s, storm %.1f s, in all %.1f s%n",
                    threads0,
                    threads1,
                    heap0 / 1e6,
                    heap1 / 1e6,
                    (t1 - t0) * 1e-9,
                    (t2 - t1) * 1e-9,
                    (System.nanoTime() - t0) * 1e-9);
            assertTrue(threads1 <= threads0 + 2, "live threads grew from " + threads0 + " to " + threads1);
            assertTrue(heap1 <= heap0 + 48_000_000L, "heap after GC grew from " + heap0 + " to " + heap1);
        } finally {
            log.removeHandler(warnings);
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
    }

    /** Sets each slider to many random values, {@code perFrame} of them in one go, a few hundred in all. */
    private static void storm(FxRobot robot, Slider[] sliders, Random random, int perFrame) {
        for (int round = 0; round < 300 / perFrame; round++) {
            robot.interact(() -> {
                for (Slider s : sliders) {
                    for (int k = 0; k < perFrame; k++) {
                        s.setValue(s.getMin() + random.nextDouble() * (s.getMax() - s.getMin()));
                    }
                }
            });
            WaitForAsyncUtils.sleep(5, TimeUnit.MILLISECONDS);
        }
    }

    /** Leaves the sliders at moderate values and waits until the run reflects exactly what they show. */
    private void settle(FxRobot robot, Slider[] sliders) throws TimeoutException {
        robot.interact(() -> {
            window.controls().hiddenSlider.setValue(5);
            window.controls().rateSlider.setValue(-1);
            window.controls().paceSlider.setValue(LogScale.pacePosition(1000));
        });
        TrainingSnapshot s = await(
                "the last values win",
                t -> t.hidden() == 5
                        && t.learningRate() == 0.1
                        && t.pace() == LogScale.pace(LogScale.pacePosition(1000)));
        assertEquals(5, s.parameters().hidden());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    @Test
    @SuppressWarnings("unchecked")
    void closingMidTrainingAndMidExportEndsTheTrainerAndExportThreadsWithinASecond(FxRobot robot) throws Exception {
        window.model().service().setHidden(100);
        robot.interact(() -> window.exporter().setScale(3));
        robot.clickOn("#playButton");
        await("training 100 hidden units", t -> t.hidden() == 100 && t.epoch() > 5);
        List<Thread> trainers = alive("boundary-lab-trainer");
        assertTrue(window.model().service().isAlive() && !trainers.isEmpty(), "the window's trainer is running");
        Path target = dir.resolve("figure.png");
        CompletableFuture<Path>[] export = new CompletableFuture[1];
        robot.interact(() -> export[0] = window.exporter().export(Exporter.Kind.FIGURE, target));
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> !alive("boundary-lab-export").isEmpty());
        assertFalse(export[0].isDone(), "the export is still drawing when the window closes");
        // Time from the moment close runs on the FX thread (which may first finish drawing a frame).
        long[] t0 = new long[1];
        robot.interact(() -> {
            t0[0] = System.nanoTime();
            window.close();
        });
        long deadline = t0[0] + 1_000_000_000L;
        while (System.nanoTime() < deadline
                && (trainers.stream().anyMatch(Thread::isAlive)
                        || !alive("boundary-lab-export").isEmpty())) {
            Thread.sleep(5);
        }
        System.out.printf(
                "threads ended %.3f s after close; export %s%n", (System.nanoTime() - t0[0]) * 1e-9, export[0]);
        assertTrue(trainers.stream().noneMatch(Thread::isAlive), "trainer still alive a second after close");
        assertTrue(alive("boundary-lab-export").isEmpty(), "export still alive a second after close");
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> left = files.collect(Collectors.toList());
            assertTrue(left.isEmpty() || left.equals(List.of(target)), "nothing half-written: " + left);
        }
        if (Files.exists(target)) {
            assertTrue(javax.imageio.ImageIO.read(target.toFile()).getWidth() > 0, "a file there is whole");
        }
    }
}
