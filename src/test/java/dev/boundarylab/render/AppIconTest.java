package dev.boundarylab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Network;
import dev.boundarylab.testutil.Golden;
import dev.boundarylab.train.HeadlessRun;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The app icon is the seed network's field: class 0 inside the ring at the centre, class 1 outside, round corners. */
class AppIconTest {
    @Test
    void theIconShowsTheRingInTheMiddleAndClearCorners() {
        Dataset data = Golden.seedData();
        Network net = HeadlessRun.train(data, null, Network.random(Architecture.defaults(), 2), 1.2, 1000, null, null)
                .network();
        Viewport view = new Viewport(-2.2, 2.2, -2.2, 2.2);
        BufferedImage icon = AppIcon.draw(net, view, 64);
        assertEquals(64, icon.getWidth());
        double pCentre = prob(net, 0, 0);
        double pEdge = prob(net, -1.9, 0);
        assertTrue(pCentre < 0.1 && pEdge > 0.9, pCentre + " " + pEdge);
        // The centre pixel is the colour map's colour of the centre's probability (one cell of the field).
        assertClose(ColorMap.DEFAULT.argb(pCentre), icon.getRGB(32, 32));
        assertClose(ColorMap.DEFAULT.argb(pEdge), icon.getRGB(5, 32));
        assertEquals(0, icon.getRGB(0, 0) >>> 24, "the corner is outside the rounded square: transparent");
    }

    private static double prob(Network net, double x1, double x2) {
        double[] z = new double[1];
        net.logits(new double[] {x1}, new double[] {x2}, 1, z);
        return 1 / (1 + Math.exp(-z[0]));
    }

    private static void assertClose(int expected, int actual) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int e = (expected >> shift) & 0xFF;
            int a = (actual >> shift) & 0xFF;
            assertTrue(Math.abs(e - a) <= 12, Integer.toHexString(expected) + " vs " + Integer.toHexString(actual));
        }
    }
}
