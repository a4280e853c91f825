package dev.boundarylab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.figure.Figures;
import dev.boundarylab.train.Notice;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The banner wraps and keeps a history; the chart has room; a narrow panel gets the short title. */
class BannerAndLayoutTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private static final String LONG = "the cost jumped at epoch 3267: the step overshot; it was back by epoch 3270; "
            + "a smaller learning rate avoids this. ".repeat(4).trim();

    @Test
    void aLongMessageWrapsWholeAndTheHistoryKeepsTheLastFifty(FxRobot robot) {
        robot.interact(() -> window.model().say(Notice.Severity.INFO, LONG));
        WaitForAsyncUtils.waitForFxEvents();
        Label banner = window.banner().label();
        // What the skin draws is the whole text, not one line ending in an ellipsis.
        Text drawn = (Text) banner.lookup(".text");
        assertEquals(LONG, drawn.getText());
        assertTrue(banner.getHeight() > 2.5 * banner.getFont().getSize(), "several lines: " + banner.getHeight());

        robot.interact(() -> {
            for (int i = 0; i < 60; i++) {
                window.model().say(Notice.Severity.PROBLEM, "message " + i);
            }
        });
        List<String> history = window.banner().history();
        assertEquals(BannerView.HISTORY, history.size());
        assertTrue(history.get(0).endsWith("  message 59"), history.get(0));
        assertTrue(history.get(49).endsWith("  message 10"), history.get(49));

        robot.clickOn("#historyButton");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<String> list = (ListView<String>) Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null)
                .map(w -> w.getScene().getRoot().lookup("#historyList"))
                .filter(n -> n != null)
                .findFirst()
                .orElseThrow();
        assertEquals(history, list.getItems());
    }

    @Test
    void theCostChartIsAtLeast200PixelsTall(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double h = window.plots().costView().getHeight();
        assertTrue(h >= 200, "chart " + h + " px tall");
    }

    @Test
    void aNarrowPanelGetsTheShortTitleAndAWideOneTheWhole() {
        var d = LiveFigures.figureData(window.snapshotProperty().get());
        String whole = Figures.networkTitle(d);
        assertEquals("Neural network, 4 hidden units — accuracy 50.0%".length(), whole.length());
        assertTrue(Figures.networkTitleShort(d).matches("NN, 4 units: \\d+\\.\\d%"), Figures.networkTitleShort(d));
        assertTrue(PlotsView.fits(whole, 600));
        assertFalse(PlotsView.fits(whole, 300));
        assertTrue(PlotsView.fits(Figures.networkTitleShort(d), 200));
        assertTrue(PlotsView.fits(Figures.logisticTitleShort(d), 200));
    }

    @Test
    void thePanelsHaveAKeyWithBothClassColoursAndTheRamp(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        RasterView key = robot.lookup("#panelLegend").queryAs(RasterView.class);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.WritableImage img = key.image();
        assertTrue(img != null && img.getWidth() > 300, "the key is drawn, as wide as the panels");
        javafx.scene.image.PixelReader px = img.getPixelReader();
        dev.boundarylab.render.ColorMap colors = dev.boundarylab.render.ColorMap.DEFAULT;
        boolean class0 = false;
        boolean class1 = false;
        boolean rampMiddle = false;
        int mid = colors.argb(0.15); // an orange of the ramp, unlike the white background
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int argb = px.getArgb(x, y);
                class0 |= near(argb, colors.point(0));
                class1 |= near(argb, colors.point(1));
                rampMiddle |= near(argb, mid);
            }
        }
        assertTrue(
                class0 && class1 && rampMiddle, "class 0 " + class0 + ", class 1 " + class1 + ", ramp " + rampMiddle);
    }

    private static boolean near(int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > 6) {
                return false;
            }
        }
        return true;
    }
}
