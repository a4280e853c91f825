package dev.boundarylab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.model.Network;
import dev.boundarylab.render.NetworkDiagramSpec;
import dev.boundarylab.train.TrainingSnapshot;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Tools > Inside the network: the live diagram of the network the window trains, computed off the FX thread. */
class DiagramWindowTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theDiagramFollowsTheNetworkAsItTrains(FxRobot robot) throws Exception {
        robot.interact(() -> window.diagram().open());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.diagram().shown() != null);
        NetworkDiagramSpec first = window.diagram().shown();
        TrainingSnapshot s = window.model().snapshot();
        assertEquals(Network.of(s.parameters()), first.network(), "the diagram is of the snapshot's network");
        assertEquals(4, first.fields().units(1), "four hidden units, each a tile");
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> window.diagram().equationsText() != null
                        && window.diagram().equationsText().contains("Z1 = W1·A0 + b1"));
        assertTrue(
                window.diagram().equationsText().contains("W1 4×2, Z1 4×200"),
                window.diagram().equationsText());
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> window.diagram().equationsText() != null
                        && window.diagram().equationsText().contains("Z1 = W1·A0 + b1"));
        assertTrue(
                window.diagram().equationsText().contains("W1 4×2, Z1 4×200"),
                window.diagram().equationsText());
        assertEquals(2, first.fields().units(0), "two input features");

        // Training moves the weights: the diagram follows.
        robot.interact(() -> window.model().step(200));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> window.diagram().shown() != null
                        && !window.diagram().shown().network().equals(first.network()));
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> window.diagram().view().paintCount() > 0);
        assertTrue(window.diagram().view().paintCount() > 0, "the diagram is drawn");
        String thread = Thread.getAllStackTraces().keySet().stream()
                .map(Thread::getName)
                .filter(n -> n.equals("boundary-lab-diagram"))
                .findFirst()
                .orElse("none");
        assertEquals("boundary-lab-diagram", thread, "the thumbnails are computed on a worker of their own");
    }

    @Test
    void theZeroLinesToggleDrawsEachFirstLayerUnitsLineOnTheNetworkPanel(FxRobot robot) throws Exception {
        robot.interact(() -> window.model().step(300));
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> window.model().snapshot().epoch() >= 300);
        int before = lineCount();
        robot.interact(() -> window.plots().zeroLinesProperty().set(true));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lineCount() > before + 20);
        assertTrue(lineCount() > before + 20, "the lines are drawn: " + before + " then " + lineCount());
        robot.interact(() -> window.plots().zeroLinesProperty().set(false));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lineCount() <= before + 5);
    }

    /** The network panel's pixels in the colours of the four units' zero lines. */
    private int lineCount() {
        javafx.scene.image.WritableImage img = window.plots().networkView().image();
        if (img == null) {
            return 0;
        }
        javafx.scene.image.PixelReader px = img.getPixelReader();
        int count = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int argb = px.getArgb(x, y) & 0xFFFFFF;
                for (int k = 0; k < 4; k++) {
                    if (argb
                            == (dev.boundarylab.render.BoundaryPanelRenderer.lineColor(k)
                                            .getRGB()
                                    & 0xFFFFFF)) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    @Test
    void hoveringAUnitShowsItsFieldOnTheNetworkPanelAndAClickPinsIt(FxRobot robot) throws Exception {
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
        RasterView diagram = window.diagram().view();
        NetworkDiagramSpec spec = window.diagram().shown();
        // The second unit of the hidden layer: layer 1 of the diagram (0 is the inputs).
        double[] c = dev.boundarylab.render.NetworkDiagramRendererAccess.centre(
                spec, diagram.getWidth(), diagram.getHeight(), 1, 1);
        robot.moveTo(
                diagram,
                javafx.geometry.Pos.TOP_LEFT,
                new javafx.geometry.Point2D(c[0], c[1]),
                org.testfx.robot.Motion.DIRECT);
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> window.plots().shownUnitProperty().get() != null);
        assertEquals(
                java.util.List.of(1, 1),
                asList(window.plots().shownUnitProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.plots().networkView().repaintIfNeeded());

        // The panel is the unit's own picture: drawn again here from its spec, pixel for pixel.
        javafx.scene.image.WritableImage shown = window.plots().networkView().image();
        java.awt.image.BufferedImage expected = new java.awt.image.BufferedImage(
                (int) shown.getWidth(), (int) shown.getHeight(), java.awt.image.BufferedImage.TYPE_INT_ARGB_PRE);
        var d = LiveFigures.figureData(window.model().snapshot());
        LiveFigures.liveRenderer(1)
                .renderBoundaryPanel(
                        dev.boundarylab.figure.InsideFigures.unitPanel(
                                d, window.model().viewport(), 0, 1),
                        expected);
        int differ = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                differ += (expected.getRGB(x, y) & 0xFFFFFF)
                                == (shown.getPixelReader().getArgb(x, y) & 0xFFFFFF)
                        ? 0
                        : 1;
            }
        }
        assertTrue(differ < expected.getWidth() * expected.getHeight() / 200, differ + " pixels differ");

        // A click pins it: leaving the diagram keeps it; a second click unpins, and leaving shows the output.
        robot.clickOn(javafx.scene.input.MouseButton.PRIMARY);
        robot.moveTo(window.plots().logisticView());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                java.util.List.of(1, 1),
                asList(window.plots().shownUnitProperty().get()));
        robot.moveTo(
                diagram,
                javafx.geometry.Pos.TOP_LEFT,
                new javafx.geometry.Point2D(c[0], c[1]),
                org.testfx.robot.Motion.DIRECT);
        robot.clickOn(javafx.scene.input.MouseButton.PRIMARY);
        robot.moveTo(window.plots().logisticView());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, window.plots().shownUnitProperty().get());
    }

    private static java.util.List<Integer> asList(int[] u) {
        return java.util.List.of(u[0], u[1]);
    }

    @Test
    void aWeightSetByHandReachesTheTrainerAndTheCost(FxRobot robot) throws Exception {
        robot.interact(() -> window.model().step(100));
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> window.model().snapshot().epoch() >= 100);
        long epoch = window.model().snapshot().epoch();
        robot.interact(() -> window.model().setWeight(0, 2, 1, -4.5));
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> window.model().snapshot().network().weights(0)[2][1] == -4.5);
        TrainingSnapshot s = window.model().snapshot();
        assertEquals(epoch, s.epoch(), "the run stays at its epoch");
        assertEquals(s.network().cost(s.data()), s.cost(), 1e-12);
        assertTrue(s.message().contains("set to -4.5 by hand"), s.message());
    }
}
