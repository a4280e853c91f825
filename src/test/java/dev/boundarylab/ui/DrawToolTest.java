package dev.boundarylab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.CsvData;
import dev.boundarylab.data.Dataset;
import dev.boundarylab.data.Drawing;
import dev.boundarylab.render.BoundaryPanelRenderer;
import dev.boundarylab.render.Viewport;
import dev.boundarylab.train.TrainingSnapshot;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drawing data on the panels as a person does: click, Shift-click, spray, erase, undo, redo, clear, save. */
class DrawToolTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private RasterView panel() {
        return window.plots().networkView();
    }

    /** Where the point (x1, x2) of the plane is on the network panel, in the panel's own coordinates. */
    private Point2D local(double x1, double x2) {
        Viewport v = window.model().viewport();
        Rectangle2D plot = BoundaryPanelRenderer.plotArea(0, 0, panel().getWidth(), panel().getHeight(), v);
        return new Point2D(
                plot.getMinX() + (x1 - v.x1Min()) / v.width() * plot.getWidth(),
                plot.getMinY() + (v.x2Max() - x2) / v.height() * plot.getHeight());
    }

    /** The plane's units of one screen pixel on the network panel. */
    private double unitsPerPixel() {
        Viewport v = window.model().viewport();
        return v.width()
                / BoundaryPanelRenderer.plotArea(0, 0, panel().getWidth(), panel().getHeight(), v)
                        .getWidth();
    }

    /** Fires a mouse event at (x1, x2) of the plane on the network panel, as the mouse makes it there. */
    private void fire(
            FxRobot robot, EventType<MouseEvent> type, double x1, double x2, MouseButton button, boolean alt) {
        robot.interact(() -> {
            Point2D scene = panel().localToScene(local(x1, x2));
            boolean down = type != MouseEvent.MOUSE_RELEASED;
            panel().fireEvent(new MouseEvent(
                    type,
                    scene.getX(),
                    scene.getY(),
                    0,
                    0,
                    button,
                    1,
                    false,
                    false,
                    alt,
                    false,
                    down && button == MouseButton.PRIMARY,
                    false,
                    down && button == MouseButton.SECONDARY,
                    false,
                    false,
                    false,
                    null));
        });
    }

    private void drawMode(FxRobot robot) {
        robot.clickOn("#drawToggle");
        assertTrue(window.drawTool().drawingProperty().get());
    }

    @Test
    void aClickPutsAPointOfTheSelectedClassAtTheCursorAndShiftClickOneOfTheOther(FxRobot robot) throws Exception {
        Dataset before = window.snapshotProperty().get().data();
        drawMode(robot);
        robot.moveTo(panel())
                .moveBy(
                        local(1.0, 2.0).getX() - panel().getWidth() / 2,
                        local(1.0, 2.0).getY() - panel().getHeight() / 2);
        robot.clickOn(MouseButton.PRIMARY);
        TrainingSnapshot s = await("a point added", t -> t.data().size() == before.size() + 1);
        Dataset d = s.data();
        int last = d.size() - 1;
        // Where the cursor was, to within a pixel.
        assertEquals(1.0, d.x1(last), 1.5 * unitsPerPixel());
        assertEquals(2.0, d.x2(last), 1.5 * unitsPerPixel());
        assertEquals(0, d.label(last));
        robot.press(KeyCode.SHIFT).clickOn(MouseButton.PRIMARY).release(KeyCode.SHIFT);
        Dataset d2 = await("a point of the other class", t -> t.data().size() == before.size() + 2)
                .data();
        assertEquals(1, d2.label(d2.size() - 1));
        // Class 1 selected: a click puts class 1, Shift-click class 0.
        robot.clickOn("#drawClass1");
        assertEquals(1, window.drawTool().selectedClassProperty().get());
        robot.moveTo(panel()).clickOn(MouseButton.PRIMARY);
        Dataset d3 = await("a point of class 1", t -> t.data().size() == before.size() + 3)
                .data();
        assertEquals(1, d3.label(d3.size() - 1));
        assertArrayEquals(before.x1(), java.util.Arrays.copyOf(d3.x1(), before.size()), "the old points stay");
        String status = robot.lookup("#statusLine").queryAs(Label.class).getText();
        assertTrue(status.endsWith("hand-made, " + d3.size() + " points"), status);
    }

    @Test
    void aDragSpraysTheDensityAtEachStepFromTheSeededGeneratorAndIsOneEdit(FxRobot robot) throws Exception {
        Dataset before = window.snapshotProperty().get().data();
        drawMode(robot);
        window.drawTool().densityProperty().set(5);
        window.drawTool().reseed(DrawTool.SEED);
        fire(robot, MouseEvent.MOUSE_PRESSED, 0.5, 0.5, MouseButton.PRIMARY, false);
        fire(robot, MouseEvent.MOUSE_DRAGGED, 1.0, 0.5, MouseButton.PRIMARY, false);
        fire(robot, MouseEvent.MOUSE_DRAGGED, 1.01, 0.5, MouseButton.PRIMARY, false); // under 4 pixels: no step
        fire(robot, MouseEvent.MOUSE_DRAGGED, 1.5, 1.0, MouseButton.PRIMARY, false);
        fire(robot, MouseEvent.MOUSE_RELEASED, 1.5, 1.0, MouseButton.PRIMARY, false);
        Dataset sprayed = await("a click and two sprays of 5", t -> t.data().size() == before.size() + 11)
                .data();
        // The same edits made by hand with a fresh generator of the tool's seed, the brush's radius in the plane
        // (the cursor's position passes through single precision on its way: 1e-6 of the plane).
        double r = DrawTool.START_RADIUS * unitsPerPixel();
        Well19937c random = new Well19937c(DrawTool.SEED);
        Dataset expected = Drawing.add(before, sprayed.x1(before.size()), sprayed.x2(before.size()), 0);
        assertEquals(0.5, sprayed.x1(before.size()), 1e-6);
        assertEquals(0.5, sprayed.x2(before.size()), 1e-6);
        expected = Drawing.spray(expected, 1.0, 0.5, r, 5, 0, random);
        expected = Drawing.spray(expected, 1.5, 1.0, r, 5, 0, random);
        assertEquals(expected.size(), sprayed.size());
        for (int i = 0; i < sprayed.size(); i++) {
            assertEquals(expected.x1(i), sprayed.x1(i), 1e-6, "x1 of point " + i);
            assertEquals(expected.x2(i), sprayed.x2(i), 1e-6, "x2 of point " + i);
            assertEquals(expected.label(i), sprayed.label(i));
        }
        // The stroke is one edit: one Undo returns to the data before it, Redo brings it back.
        robot.clickOn("#undoButton");
        assertEquals(
                before, await("undone", t -> t.data().size() == before.size()).data());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(
                sprayed, await("redone", t -> t.data().size() == sprayed.size()).data());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(
                before,
                await("undone by Ctrl+Z", t -> t.data().size() == before.size()).data());
    }

    @Test
    void aRightClickOrAnAltDragErasesThePointsUnderTheBrush(FxRobot robot) throws Exception {
        Dataset before = window.snapshotProperty().get().data();
        drawMode(robot);
        double r = DrawTool.START_RADIUS * unitsPerPixel();
        double x1 = before.x1(0);
        double x2 = before.x2(0);
        fire(robot, MouseEvent.MOUSE_PRESSED, x1, x2, MouseButton.SECONDARY, false);
        fire(robot, MouseEvent.MOUSE_RELEASED, x1, x2, MouseButton.SECONDARY, false);
        Dataset erased = Drawing.erase(before, x1, x2, r);
        assertTrue(erased.size() < before.size());
        assertEquals(
                erased, await("erased", t -> t.data().size() == erased.size()).data());
        // Alt-drag from the origin to (1, 0): the points under each step go.
        fire(robot, MouseEvent.MOUSE_PRESSED, 0, 0, MouseButton.PRIMARY, true);
        fire(robot, MouseEvent.MOUSE_DRAGGED, 1, 0, MouseButton.PRIMARY, true);
        fire(robot, MouseEvent.MOUSE_RELEASED, 1, 0, MouseButton.PRIMARY, true);
        Dataset swept = Drawing.erase(Drawing.erase(erased, 0, 0, r), 1, 0, r);
        assertTrue(swept.size() < erased.size());
        assertEquals(swept, await("swept", t -> t.data().size() == swept.size()).data());
        // Two edits: two undos back to the start.
        robot.clickOn("#undoButton").clickOn("#undoButton");
        assertEquals(
                before,
                await("both undone", t -> t.data().size() == before.size()).data());
        assertFalse(window.edits().canUndoProperty().get());
    }

    @Test
    void clearEmptiesTheDataTheModelsWaitAndUndoBringsItBack(FxRobot robot) throws Exception {
        Dataset before = window.snapshotProperty().get().data();
        robot.clickOn("#clearData");
        TrainingSnapshot s = await("cleared", t -> t.data().size() == 0);
        assertEquals(before.labelNames(), s.data().labelNames());
        String banner = robot.lookup("#banner").queryAs(Label.class).getText();
        assertTrue(banner.contains("waiting for points of both classes"), banner);
        String status = robot.lookup("#statusLine").queryAs(Label.class).getText();
        assertTrue(status.contains("network n/a") && status.endsWith("hand-made, 0 points"), status);
        // Draw from nothing: one point of each class and the network trains on them.
        drawMode(robot);
        fire(robot, MouseEvent.MOUSE_PRESSED, -1, 0, MouseButton.PRIMARY, false);
        fire(robot, MouseEvent.MOUSE_RELEASED, -1, 0, MouseButton.PRIMARY, false);
        robot.clickOn("#drawClass1");
        fire(robot, MouseEvent.MOUSE_PRESSED, 1, 0, MouseButton.PRIMARY, false);
        fire(robot, MouseEvent.MOUSE_RELEASED, 1, 0, MouseButton.PRIMARY, false);
        await("two points", t -> t.data().size() == 2);
        robot.clickOn("#step100Button");
        TrainingSnapshot trained = await("trained on the two", t -> t.epoch() == 100);
        assertEquals(1.0, trained.accuracy(), 0.0, "two points, one of each class, either side of 0");
        robot.clickOn("#undoButton").clickOn("#undoButton").clickOn("#undoButton");
        assertEquals(
                before,
                await("back to the start", t -> t.data().size() == before.size())
                        .data());
    }

    @Test
    void theNetworkKeepsItsEpochAcrossAnEditAndTheChartMarksIt(FxRobot robot) throws Exception {
        robot.clickOn("#playButton");
        long epoch = await("running", t -> t.epoch() > 100).epoch();
        drawMode(robot);
        fire(robot, MouseEvent.MOUSE_PRESSED, 2, 2, MouseButton.PRIMARY, false);
        fire(robot, MouseEvent.MOUSE_RELEASED, 2, 2, MouseButton.PRIMARY, false);
        TrainingSnapshot s = await("edited", t -> Drawing.NAME.equals(t.data().name()));
        assertTrue(s.epoch() >= epoch, "the epoch went from " + epoch + " back to " + s.epoch());
        assertEquals(1, s.dataChanges().length);
        assertTrue(s.dataChanges()[0] >= epoch);
        TrainingSnapshot later = await("trains on", t -> t.epoch() > s.epoch() + 50);
        assertEquals(s.dataChanges()[0], later.dataChanges()[0]);
        assertNotEquals(0, later.costs().size());
    }

    @Test
    void drawnDataIsSplitWithTheTestShareAndUndoKeepsEveryPoint(FxRobot robot) throws Exception {
        Dataset before = window.snapshotProperty().get().data();
        robot.interact(() -> window.model().setTestFraction(0.3));
        await("30% held out", t -> t.heldOut().any());
        robot.clickOn("#clearData");
        TrainingSnapshot cleared = await("cleared", t -> t.data().size() == 0);
        assertFalse(cleared.heldOut().any(), "no old points held out of no points");
        assertEquals(0, cleared.trainData().size());
        drawMode(robot);
        window.drawTool().densityProperty().set(10);
        fire(robot, MouseEvent.MOUSE_PRESSED, -1, 0, MouseButton.PRIMARY, false);
        fire(robot, MouseEvent.MOUSE_DRAGGED, -1, 1, MouseButton.PRIMARY, false);
        fire(robot, MouseEvent.MOUSE_RELEASED, -1, 1, MouseButton.PRIMARY, false);
        robot.clickOn("#drawClass1");
        fire(robot, MouseEvent.MOUSE_PRESSED, 1, 0, MouseButton.PRIMARY, false);
        fire(robot, MouseEvent.MOUSE_DRAGGED, 1, 1, MouseButton.PRIMARY, false);
        fire(robot, MouseEvent.MOUSE_RELEASED, 1, 1, MouseButton.PRIMARY, false);
        // 11 points of each class: round(3.3) = 3 of each held out, drawn with the init seed as the sweep draws them.
        TrainingSnapshot s = await(
                "22 points, 6 held out",
                t -> t.data().size() == 22 && t.heldOut().any());
        assertEquals(6, s.heldOut().test().size());
        assertEquals(16, s.trainData().size());
        Dataset.Split expected = s.data().split(0.3, window.model().settings().initSeed());
        assertArrayEquals(expected.testIndices(), s.heldOut().indices());
        // Undo goes back through every point, held out or not, to the data before the drawing.
        robot.clickOn("#undoButton").clickOn("#undoButton");
        assertEquals(
                0,
                await("undone to the cleared data", t -> t.data().size() == 0)
                        .data()
                        .size());
        robot.clickOn("#undoButton");
        TrainingSnapshot back = await("the data before", t -> t.data().size() == before.size());
        assertEquals(before, back.data());
        assertEquals(
                Math.round(0.3 * before.countOnes()) + Math.round(0.3 * (before.size() - before.countOnes())),
                back.heldOut().test().size());
    }

    @Test
    void saveDataWritesWhatIsDrawnAndItReadsBackEqual(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.clickOn("#clearData");
        await("cleared", t -> t.data().size() == 0);
        drawMode(robot);
        window.drawTool().densityProperty().set(3);
        fire(robot, MouseEvent.MOUSE_PRESSED, -1, -1, MouseButton.PRIMARY, false);
        fire(robot, MouseEvent.MOUSE_DRAGGED, -0.5, -1, MouseButton.PRIMARY, false);
        fire(robot, MouseEvent.MOUSE_RELEASED, -0.5, -1, MouseButton.PRIMARY, false);
        robot.clickOn("#drawClass1");
        fire(robot, MouseEvent.MOUSE_PRESSED, 1, 1, MouseButton.PRIMARY, false);
        fire(robot, MouseEvent.MOUSE_RELEASED, 1, 1, MouseButton.PRIMARY, false);
        Dataset drawn = await("five points", t -> t.data().size() == 5).data();
        Path file = dir.resolve("drawn.csv");
        robot.interact(() -> {});
        var done = new java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<Path>>();
        robot.interact(() -> done.set(window.exporter().export(Exporter.Kind.DATA_CSV, file)));
        done.get().get(10, TimeUnit.SECONDS);
        Dataset read = CsvData.read(file);
        assertEquals(drawn, read);
        assertTrue(java.nio.file.Files.readString(file).startsWith("x1,x2,label"));
        // And the window opens it again, the same points.
        robot.interact(() -> window.opener().open(file));
        TrainingSnapshot back = await("read back", t -> t.data().name().equals("drawn.csv"));
        assertEquals(drawn, back.data());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
