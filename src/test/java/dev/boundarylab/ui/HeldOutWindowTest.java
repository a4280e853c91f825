package dev.boundarylab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.Classifier;
import dev.boundarylab.render.BoundaryPanelRenderer;
import dev.boundarylab.render.ColorMap;
import dev.boundarylab.render.CostChartRenderer;
import dev.boundarylab.render.FigureRenderer;
import dev.boundarylab.render.Viewport;
import dev.boundarylab.train.Baseline;
import dev.boundarylab.train.HeldOut;
import dev.boundarylab.train.TrainingSnapshot;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The data section's Test % driven as a user would: the split it makes is {@code Dataset.split} with the init seed,
 * the snapshot's test numbers are the network's on those points, the baseline is fitted on the rest, and the
 * exported panels and chart show the held-out points as rings and their cost as a second line.
 */
class HeldOutWindowTest extends WindowTestBase {
    /** The window's init seed: the seed's settings. */
    private static final long INIT_SEED = 2;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @SuppressWarnings("unchecked")
    private Spinner<Integer> testSpinner(FxRobot robot) {
        return robot.lookup("#testSpinner").queryAs(Spinner.class);
    }

    /** Types {@code text} into the Test % field and presses Enter. */
    private void typeTestPercent(FxRobot robot, String text) {
        robot.clickOn(testSpinner(robot).getEditor());
        robot.interact(() -> testSpinner(robot).getEditor().selectAll());
        robot.write(text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TrainingSnapshot awaitShare(double fraction) throws TimeoutException {
        return await(
                "held out " + fraction, t -> t.heldOut().any() && t.heldOut().fraction() == fraction);
    }

    @Test
    void typingAShareSplitsTheDataWithTheInitSeedAndTheArrowStepsByFive(FxRobot robot) throws TimeoutException {
        assertEquals(0, testSpinner(robot).getValue());
        assertFalse(window.snapshotProperty().get().heldOut().any(), "nothing held out by default");
        typeTestPercent(robot, "30");
        TrainingSnapshot s = awaitShare(0.3);
        assertEquals(0.3, window.model().testFractionProperty().get(), 0.0);
        Dataset.Split expected = s.data().split(0.3, INIT_SEED);
        assertEquals(expected.test(), s.heldOut().test());
        assertEquals(expected.train(), s.trainData());
        assertArrayEquals(expected.testIndices(), s.heldOut().indices());
        assertEquals(200, s.data().size(), "the data in use keeps every point");
        // The arrow key steps the control by 5.
        robot.clickOn(testSpinner(robot).getEditor());
        robot.type(KeyCode.UP);
        TrainingSnapshot next = awaitShare(0.35);
        assertEquals(35, testSpinner(robot).getValue());
        assertEquals(next.data().split(0.35, INIT_SEED).test(), next.heldOut().test());
    }

    @Test
    void aTypoGetsOneMessageAndChangesNothing(FxRobot robot) throws TimeoutException {
        typeTestPercent(robot, "30");
        TrainingSnapshot before = awaitShare(0.3);
        for (String typo : new String[] {"3o", "95"}) {
            typeTestPercent(robot, typo);
            String banner = robot.lookup("#banner").queryAs(Label.class).getText();
            assertEquals(
                    "Test %: held-out share (%) must be a whole number from 0 to 90, got '" + typo + "'; kept 30",
                    banner);
            assertFalse(banner.contains("\n"), "one line");
            assertEquals(30, testSpinner(robot).getValue());
            assertEquals(0.3, window.model().testFractionProperty().get(), 0.0);
        }
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        TrainingSnapshot after = window.model().service().latest();
        assertSame(before.heldOut().test(), after.heldOut().test(), "the same split");
        assertEquals(0.3, after.heldOut().fraction(), 0.0);
        // The model's own command refuses a share outside the limit just as plainly.
        robot.interact(() -> window.model().setTestFraction(0.95));
        assertEquals(
                "Test %: test fraction must be from 0 to 0.9, got 0.95",
                robot.lookup("#banner").queryAs(Label.class).getText());
        assertEquals(30, testSpinner(robot).getValue());
    }

    @Test
    void theSnapshotsTestNumbersAreTheNetworksOnTheHeldOutPointsAndTheBaselinesOnTheRest(FxRobot robot)
            throws TimeoutException {
        typeTestPercent(robot, "30");
        awaitShare(0.3);
        robot.clickOn("#step100Button");
        robot.clickOn("#step100Button");
        robot.clickOn("#step100Button");
        TrainingSnapshot s = await(
                "300 epochs on the rest and the baseline",
                t -> t.epoch() == 300
                        && t.heldOut().epoch() == 300
                        && t.baseline().model() != null);
        Dataset.Split split = s.data().split(0.3, INIT_SEED);
        HeldOut h = s.heldOut();
        assertEquals(s.network().cost(split.test()), h.cost(), 0.0);
        assertEquals(s.network().accuracy(split.test()), h.accuracy(), 0.0);
        assertEquals(s.network().accuracy(split.train()), s.accuracy(), 0.0);
        // The baseline: C and coefficients of a fit on the 140 training points, not on all 200.
        Baseline onTrain = Baseline.fit(split.train());
        assertEquals(onTrain.model(), s.baseline().model());
        assertFalse(Baseline.fit(s.data()).model().equals(s.baseline().model()));
        assertEquals(onTrain.model().accuracy(split.test()), h.baselineAccuracy(), 0.0);
        // The titles and the status line give both accuracies of both models.
        String network =
                String.format(Locale.ROOT, "%.1f%% train, %.1f%% test", 100 * s.accuracy(), 100 * h.accuracy());
        String logistic = String.format(
                Locale.ROOT, "%.1f%% train, %.1f%% test", 100 * onTrain.accuracy(), 100 * h.baselineAccuracy());
        String status = robot.lookup("#statusLine").queryLabeled().getText();
        assertTrue(status.contains("network " + network), status);
        assertTrue(status.contains("logistic " + logistic), status);
        assertTrue(status.contains("200 points (60 held out)"), status);
        assertTrue(robot.lookup("#networkPanel").query().getAccessibleText().contains(network));
        assertTrue(robot.lookup("#logisticPanel").query().getAccessibleText().contains(logistic));
    }

    @Test
    void theExportedPanelsShowTheHeldOutPointsAsRingsAndTheChartTheirCost(FxRobot robot) throws Exception {
        typeTestPercent(robot, "30");
        awaitShare(0.3);
        robot.clickOn("#step100Button");
        TrainingSnapshot s = await(
                "100 epochs and the baseline",
                t -> t.epoch() == 100 && t.baseline().model() != null);
        Viewport view = window.model().viewport();
        BufferedImage net = ImageIO.read(
                export(robot, Exporter.Kind.NETWORK_PANEL, "net.png").toFile());
        BufferedImage log = ImageIO.read(
                export(robot, Exporter.Kind.LOGISTIC_PANEL, "log.png").toFile());
        int rings = 0;
        for (int i : isolated(s, view)) {
            assertRing(net, view, s.network(), s.data(), i, "network panel");
            assertRing(log, view, s.baseline().classifier(), s.data(), i, "logistic panel");
            rings++;
        }
        assertTrue(rings >= 5, "checked " + rings + " isolated held-out points");
        // The chart: a line of the test colour, and none without held-out points.
        BufferedImage chart = ImageIO.read(
                export(robot, Exporter.Kind.COST_CHART, "chart.png").toFile());
        assertTrue(
                count(chart, CostChartRenderer.TEST) > 150,
                "test-coloured pixels " + count(chart, CostChartRenderer.TEST));
        assertTrue(count(chart, CostChartRenderer.SERIES) > 150);
        typeTestPercent(robot, "0");
        await("nothing held out", t -> !t.heldOut().any());
        BufferedImage plain = ImageIO.read(
                export(robot, Exporter.Kind.COST_CHART, "plain.png").toFile());
        assertEquals(0, count(plain, CostChartRenderer.TEST), "no test line, no legend entry");
    }

    @Test
    void hoveringAHeldOutPointSaysSoAndTheChartsReadoutGivesTheTestCosts(FxRobot robot) throws TimeoutException {
        typeTestPercent(robot, "30");
        awaitShare(0.3);
        robot.clickOn("#step100Button");
        TrainingSnapshot s =
                await("100 epochs", t -> t.epoch() == 100 && t.heldOut().epoch() == 100);
        RasterView panel = window.plots().networkView();
        Viewport v = window.model().viewport();
        Rectangle2D plot = BoundaryPanelRenderer.plotArea(0, 0, panel.getWidth(), panel.getHeight(), v);
        int i = isolated(s, v).get(0);
        Dataset d = s.data();
        double px = plot.getMinX() + (d.x1(i) - v.x1Min()) / v.width() * plot.getWidth();
        double py = plot.getMinY() + (v.x2Max() - d.x2(i)) / v.height() * plot.getHeight();
        String text = Readouts.panelText(window.model(), panel.getWidth(), panel.getHeight(), px, py);
        assertTrue(text.startsWith("held-out point, class " + d.label(i) + ", not trained on"), text);
        assertTrue(
                text.contains(String.format(
                        Locale.ROOT, "network: P(class 1) = %.4f", s.network().probability(d.x1(i), d.x2(i)))),
                text);
        assertFalse(text.contains("share of dW"), "no gradient share for a point not trained on: " + text);
        RasterView chart = window.plots().costView();
        String at = Readouts.chartText(window.model(), chart.getWidth(), chart.getHeight(), chart.getWidth() - 20);
        assertTrue(
                at.contains(String.format(
                        Locale.ROOT,
                        "held-out points: network cost %.5f (epoch 100)",
                        s.heldOut().cost())),
                at);
    }

    /**
     * A held-out point's pixels: at its centre the field (the model's probability there through the colour map),
     * three quarters of the radius out on each side its class's colour.
     */
    private static void assertRing(BufferedImage img, Viewport v, Classifier model, Dataset data, int i, String what) {
        Rectangle2D plot = BoundaryPanelRenderer.plotArea(0, 0, img.getWidth(), img.getHeight(), v);
        double cx = plot.getMinX() + (data.x1(i) - v.x1Min()) / v.width() * plot.getWidth();
        double cy = plot.getMinY() + (v.x2Max() - data.x2(i)) / v.height() * plot.getHeight();
        int field = ColorMap.DEFAULT.argb(model.probability(data.x1(i), data.x2(i)));
        // The hole: at least two of the 3 x 3 pixels at the centre show the field (a grid line may cross one row).
        int hole = 0;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int px = img.getRGB((int) Math.floor(cx) + dx, (int) Math.floor(cy) + dy);
                hole += distance(px, field) <= 40 ? 1 : 0;
            }
        }
        assertTrue(
                hole >= 2, what + ", point " + i + ": the field " + hex(field) + " in " + hole + " of 9 centre pixels");
        int border = ColorMap.DEFAULT.point(data.label(i));
        double off = 0.72 * radius(plot);
        int sides = 0;
        for (double[] d : new double[][] {{off, 0}, {-off, 0}, {0, off}, {0, -off}}) {
            int px = img.getRGB((int) Math.floor(cx + d[0]), (int) Math.floor(cy + d[1]));
            sides += distance(px, border) <= 60 ? 1 : 0;
        }
        assertTrue(sides >= 3, what + ", point " + i + ": the ring is its class's colour on " + sides + " of 4 sides");
    }

    /** A point's radius on a panel, as the renderer sizes it. */
    private static double radius(Rectangle2D plot) {
        return Math.max(2.2, Math.min(4.6, plot.getWidth() / 92));
    }

    /** The held-out points with no other point within four radii, whose field differs from their class colour. */
    private static List<Integer> isolated(TrainingSnapshot s, Viewport v) {
        Rectangle2D plot =
                BoundaryPanelRenderer.plotArea(0, 0, FigureRenderer.PANEL_WIDTH, FigureRenderer.PANEL_HEIGHT, v);
        double perUnit = plot.getWidth() / v.width();
        Dataset d = s.data();
        List<Integer> out = new ArrayList<>();
        for (int i : s.heldOut().indices()) {
            boolean alone = true;
            for (int j = 0; j < d.size() && alone; j++) {
                alone = j == i || Math.hypot(d.x1(j) - d.x1(i), d.x2(j) - d.x2(i)) * perUnit > 4 * radius(plot);
            }
            int field = ColorMap.DEFAULT.argb(s.network().probability(d.x1(i), d.x2(i)));
            int logisticField = ColorMap.DEFAULT.argb(s.baseline().classifier().probability(d.x1(i), d.x2(i)));
            int border = ColorMap.DEFAULT.point(d.label(i));
            if (alone && distance(field, border) > 80 && distance(logisticField, border) > 80) {
                out.add(i);
            }
        }
        return out;
    }

    private static int count(BufferedImage img, java.awt.Color c) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                n += distance(img.getRGB(x, y), c.getRGB()) <= 12 ? 1 : 0;
            }
        }
        return n;
    }

    private static int distance(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d = Math.max(d, Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)));
        }
        return d;
    }

    private static String hex(int argb) {
        return String.format("#%06X", argb & 0xFFFFFF);
    }

    private Path export(FxRobot robot, Exporter.Kind kind, String name) throws Exception {
        Path target = dir.resolve(name);
        List<CompletableFuture<Path>> f = new ArrayList<>();
        robot.interact(() -> f.add(window.exporter().export(kind, target)));
        assertEquals(target, f.get(0).get(30, TimeUnit.SECONDS));
        assertNotNull(ImageIO.read(target.toFile()));
        return target;
    }
}
