package dev.boundarylab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.model.Parameters;
import dev.boundarylab.render.BoundaryPanelRenderer;
import dev.boundarylab.render.NetworkDiagramRendererAccess;
import dev.boundarylab.render.NetworkDiagramSpec;
import dev.boundarylab.render.Viewport;
import dev.boundarylab.train.TrainingSnapshot;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the diagram window shows of the main window: the hovered point's numbers beside the equations, a ring in the
 * accent colour round the unit the network panel shows, and with the zero lines on the first layer's tiles bordered
 * in their lines' colours (pixels of the diagram compared with the expected colours).
 */
class DiagramMarksTest extends WindowTestBase {
    private static final int ACCENT = 0x2563EB;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** Trains a little, opens the diagram window and waits for the diagram of the newest snapshot. */
    private NetworkDiagramSpec openTrained(FxRobot robot) throws Exception {
        robot.interact(() -> window.model().step(300));
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> window.model().snapshot().epoch() >= 300);
        robot.interact(() -> window.diagram().open());
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> window.diagram().shown() != null
                        && window.diagram()
                                .shown()
                                .network()
                                .equals(window.model().snapshot().network()));
        return window.diagram().shown();
    }

    @Test
    void theHoveredPointsNumbersShowBesideTheEquations(FxRobot robot) throws Exception {
        openTrained(robot);
        assertEquals(DiagramWindow.NO_POINT, window.diagram().pointText(), "without a point: how to get one");
        TrainingSnapshot s = window.model().snapshot();
        RasterView panel = window.plots().networkView();
        Viewport v = window.model().viewport();
        Rectangle2D plot = BoundaryPanelRenderer.plotArea(0, 0, panel.getWidth(), panel.getHeight(), v);
        int i = 11;
        double x1 = s.trainData().x1(i);
        double x2 = s.trainData().x2(i);
        int y = s.trainData().label(i);
        double px = plot.getMinX() + (x1 - v.x1Min()) / v.width() * plot.getWidth();
        double py = plot.getMinY() + (v.x2Max() - x2) / v.height() * plot.getHeight();
        // The diagram window stands over the main window, so the move is handed to the panel's own handler.
        robot.interact(() -> panel.getOnMouseMoved().handle(mouse(javafx.scene.input.MouseEvent.MOUSE_MOVED, px, py)));
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> window.diagram().pointText().matches("(?s).*point \\d+:.*"));
        String text = window.diagram().pointText();
        // By hand from the parameters: z1 = W1 x + b1, a1 = tanh(z1), z2 = W2 a1 + b2, the loss, (p - y) a1 / m.
        int shown = Integer.parseInt(text.replaceAll("(?s).*point (\\d+):.*", "$1")) - 1;
        assertTrue(
                Math.hypot(s.trainData().x1(shown) - x1, s.trainData().x2(shown) - x2) < 0.05 * v.width(),
                "the point under the cursor: " + text);
        x1 = s.trainData().x1(shown);
        x2 = s.trainData().x2(shown);
        y = s.trainData().label(shown);
        Parameters p = s.parameters();
        int m = s.trainData().size();
        double z2 = p.b2();
        double[] a = new double[p.hidden()];
        StringBuilder z1 = new StringBuilder("z1 = (");
        for (int j = 0; j < p.hidden(); j++) {
            double z = p.w1(j, 0) * x1 + p.w1(j, 1) * x2 + p.b1(j);
            z1.append(j == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3g", z));
            a[j] = Math.tanh(z);
            z2 += p.w2(j) * a[j];
        }
        double prob = 1 / (1 + Math.exp(-z2));
        double loss = y == 1 ? Math.log1p(Math.exp(-z2)) : Math.log1p(Math.exp(z2));
        StringBuilder share = new StringBuilder("dW2 = (p − y)·a1ᵀ / " + m + "\n  = (");
        for (int j = 0; j < a.length; j++) {
            share.append(j == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3g", (prob - y) * a[j] / m));
        }
        assertTrue(text.contains(z1.append(')')), text + "\nexpected " + z1);
        assertTrue(text.contains(String.format(Locale.ROOT, "z2 = (%.3g)", z2)), text);
        assertTrue(text.contains(String.format(Locale.ROOT, "p = %.4f, loss %.4f", prob, loss)), text);
        assertTrue(text.contains(share.append(')')), text + "\nexpected " + share);
        // The panel's tooltip says the same, from the same computation.
        assertTrue(text.endsWith(Readouts.dataPointText(s, shown)), "the readout's text is the panel's");

        robot.interact(() -> panel.getOnMouseExited().handle(mouse(javafx.scene.input.MouseEvent.MOUSE_EXITED, 0, 0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(DiagramWindow.NO_POINT, window.diagram().pointText(), "leaving the panel");
    }

    @Test
    void theUnitThePanelShowsIsRingedInTheAccentColour(FxRobot robot) throws Exception {
        NetworkDiagramSpec spec = openTrained(robot);
        RasterView diagram = window.diagram().view();
        double[] c = NetworkDiagramRendererAccess.centre(spec, diagram.getWidth(), diagram.getHeight(), 1, 2);
        robot.moveTo(diagram, Pos.TOP_LEFT, new Point2D(c[0], c[1]), Motion.DIRECT);
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> window.plots().shownUnitProperty().get() != null);
        repaint(robot);
        for (int j = 0; j < 4; j++) {
            assertEquals(j == 2, ringed(spec, j), "unit " + (j + 1) + " ringed while unit 3 is hovered");
        }
        // Pinned: the ring stays when the cursor leaves; unpinned and left, no unit is ringed.
        robot.clickOn(javafx.scene.input.MouseButton.PRIMARY);
        robot.moveTo(window.plots().logisticView());
        repaint(robot);
        assertTrue(ringed(spec, 2), "the pinned unit keeps its ring");
        robot.moveTo(diagram, Pos.TOP_LEFT, new Point2D(c[0], c[1]), Motion.DIRECT);
        robot.clickOn(javafx.scene.input.MouseButton.PRIMARY);
        robot.moveTo(window.plots().logisticView());
        repaint(robot);
        for (int j = 0; j < 4; j++) {
            assertFalse(ringed(spec, j), "no ring after unpinning, unit " + (j + 1));
        }
    }

    @Test
    void withZeroLinesEachFirstLayerTileIsBorderedInItsLinesColour(FxRobot robot) throws Exception {
        NetworkDiagramSpec spec = openTrained(robot);
        repaint(robot);
        for (int j = 0; j < 4; j++) {
            assertEquals(-1, borderColour(spec, j), "plain borders without the zero lines, unit " + (j + 1));
        }
        robot.interact(() -> window.plots().zeroLinesProperty().set(true));
        repaint(robot);
        for (int j = 0; j < 4; j++) {
            assertEquals(j, borderColour(spec, j), "unit " + (j + 1) + "'s border is its line's colour");
        }
    }

    private static javafx.scene.input.MouseEvent mouse(
            javafx.event.EventType<javafx.scene.input.MouseEvent> type, double x, double y) {
        return new javafx.scene.input.MouseEvent(
                type,
                x,
                y,
                x,
                y,
                javafx.scene.input.MouseButton.NONE,
                0,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                null);
    }

    private void repaint(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.diagram().view().repaintIfNeeded());
    }

    /** Whether the ring's colour is found just below hidden unit j's tile. */
    private boolean ringed(NetworkDiagramSpec spec, int j) {
        RasterView view = window.diagram().view();
        double s = NetworkDiagramRendererAccess.tile(spec, view.getWidth(), view.getHeight());
        double[] c = NetworkDiagramRendererAccess.centre(spec, view.getWidth(), view.getHeight(), 1, j);
        double y = c[1] + s / 2 + NetworkDiagramRendererAccess.markOffset();
        return found(c[0], y, 4, ACCENT);
    }

    /** Which unit colour k the top border of hidden unit j's tile has, or -1 for none of the first six. */
    private int borderColour(NetworkDiagramSpec spec, int j) {
        RasterView view = window.diagram().view();
        double s = NetworkDiagramRendererAccess.tile(spec, view.getWidth(), view.getHeight());
        double[] c = NetworkDiagramRendererAccess.centre(spec, view.getWidth(), view.getHeight(), 1, j);
        for (int k = 0; k < 6; k++) {
            if (found(c[0], c[1] - s / 2, 3, BoundaryPanelRenderer.lineColor(k).getRGB() & 0xFFFFFF)) {
                return k;
            }
        }
        return -1;
    }

    /** Whether a pixel of exactly {@code rgb} is within {@code reach} units above or below (x, y) of the view. */
    private boolean found(double x, double y, int reach, int rgb) {
        RasterView view = window.diagram().view();
        WritableImage img = view.image();
        double scale = img.getWidth() / view.getWidth();
        for (int d = -reach; d <= reach; d++) {
            int px = (int) Math.round(x * scale);
            int py = (int) Math.round((y + d) * scale);
            if (py >= 0 && py < img.getHeight() && (img.getPixelReader().getArgb(px, py) & 0xFFFFFF) == rgb) {
                return true;
            }
        }
        return false;
    }
}
