package dev.boundarylab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.DatasetKind;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window's layout at its default test size (1200 x 800) and at about its least size: the data set's name
 * is shown whole, the run buttons are in view, the key under the panels is not cut and the cost chart keeps its
 * least height.
 */
class WindowLayoutTest extends WindowTestBase {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(stage);
    }

    @Test
    void theLongestDataSetNamesAreShownWholeAndPlayStaysInView(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<DatasetKind> choice = robot.lookup("#datasetChoice").queryAs(ComboBox.class);
        for (DatasetKind kind : new DatasetKind[] {DatasetKind.GAUSSIAN_QUANTILES, DatasetKind.ARMS}) {
            robot.interact(() -> choice.setValue(kind));
            WaitForAsyncUtils.waitForFxEvents();
            // The text the box's cell shows is the name itself, not an elided "Gaussian q…".
            // (the box's own cell, a child of the box, not one of its pop-up list's)
            ListCell<?> cell = (ListCell<?>) choice.getChildrenUnmodifiable().stream()
                    .filter(n -> n instanceof ListCell)
                    .findFirst()
                    .orElseThrow();
            Text shown = (Text) cell.lookup(".text");
            assertEquals(kind.displayName(), shown.getText(), "the data set's name in the box");
        }
        Button play = robot.lookup("#playButton").queryButton();
        ScrollPane sidebar = ancestor(play, ScrollPane.class);
        Bounds button = play.localToScene(play.getLayoutBounds());
        Bounds view = sidebar.localToScene(sidebar.getLayoutBounds());
        assertTrue(
                button.getMaxY() <= view.getMaxY(),
                "Play ends at y = " + button.getMaxY() + ", in the sidebar ending at " + view.getMaxY());
    }

    /** The stage is shared by every test class: give it back at the size the others expect. */
    @AfterEach
    void restoreSize(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1200);
            stage.setHeight(800);
        });
    }

    @Test
    void atTheLeastSizeTheKeyFitsAndTheChartKeepsItsHeight(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(BoundaryLabApp.MIN_WIDTH);
            stage.setHeight(BoundaryLabApp.MIN_HEIGHT - 24); // less a window manager's title bar
        });
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300); // the views redraw on the next pulses
        WaitForAsyncUtils.waitForFxEvents();
        Node chart = robot.lookup("#costChart").query();
        assertTrue(
                chart.getLayoutBounds().getHeight() >= PlotsView.CHART_MIN_HEIGHT,
                "the cost chart is " + chart.getLayoutBounds().getHeight() + " high");
        Node key = robot.lookup("#panelLegend").query();
        Bounds in = key.localToScene(key.getLayoutBounds());
        assertTrue(in.getMaxX() <= stage.getScene().getWidth(), "the key ends inside the window: " + in);
        // What the key shows ends before its right edge: its last columns are white.
        WritableImage shot = snapshot(robot, key);
        PixelReader px = shot.getPixelReader();
        int w = (int) shot.getWidth();
        for (int x = w - 4; x < w; x++) {
            for (int y = 0; y < (int) shot.getHeight(); y++) {
                assertEquals(0xFFFFFFFF, px.getArgb(x, y), "the key's pixel at (" + x + ", " + y + ") of " + w);
            }
        }
    }

    private static WritableImage snapshot(FxRobot robot, Node node) {
        WritableImage[] out = new WritableImage[1];
        robot.interact(() -> out[0] = node.snapshot(null, null));
        return out[0];
    }

    private static <T> T ancestor(Node node, Class<T> type) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (type.isInstance(n)) {
                return type.cast(n);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " around " + node);
    }
}
