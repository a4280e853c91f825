package dev.boundarylab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.boundarylab.model.Feature;
import org.junit.jupiter.api.Test;

/** A feature's picture is the feature over the plane in the colour map's colours, its largest magnitude at the ends. */
class FeaturePictureTest {
    private static final Viewport VIEW = new Viewport(-2, 2, -1, 3);

    @Test
    void eachPixelIsTheMapsColourOfTheFeatureAtItsCentreOverTheLargestMagnitude() {
        int w = 8;
        int h = 5;
        for (Feature f : Feature.values()) {
            int[] px = FeaturePicture.argb(f, VIEW, w, h, ColorMap.DEFAULT);
            double largest = 0;
            for (int r = 0; r < h; r++) {
                for (int c = 0; c < w; c++) {
                    largest = Math.max(largest, Math.abs(f.value(x1(c, w), x2(r, h))));
                }
            }
            for (int r = 0; r < h; r++) {
                for (int c = 0; c < w; c++) {
                    double p = 0.5 + 0.5 * f.value(x1(c, w), x2(r, h)) / largest;
                    assertEquals(ColorMap.DEFAULT.argb(p), px[r * w + c], f.id() + " at " + c + ", " + r);
                }
            }
        }
    }

    @Test
    void aFeatureThatIsZeroEverywhereIsTheNeutralColour() {
        int[] px = FeaturePicture.argb(Feature.X1, new Viewport(-1e-300, 1e-300, -1, 1), 1, 1, ColorMap.DEFAULT);
        assertEquals(ColorMap.DEFAULT.argb(0.5), px[0]);
        assertThrows(
                IllegalArgumentException.class, () -> FeaturePicture.argb(Feature.X1, VIEW, 0, 3, ColorMap.DEFAULT));
    }

    private static double x1(int c, int w) {
        return VIEW.x1Min() + (c + 0.5) / w * VIEW.width();
    }

    private static double x2(int r, int h) {
        // Row 0 is the top: the largest x2.
        return VIEW.x2Max() - (r + 0.5) / h * VIEW.height();
    }
}
