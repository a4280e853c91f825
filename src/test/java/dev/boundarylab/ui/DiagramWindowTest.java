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
}
