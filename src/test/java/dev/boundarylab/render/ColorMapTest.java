package dev.boundarylab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColorMapTest {
    private final ColorMap map = ColorMap.DEFAULT;

    @Test
    void isPaleAtOneHalf() {
        float[] hsb = Pixels.hsb(map.argb(0.5));
        assertTrue(hsb[1] < 0.05 && hsb[2] > 0.93, "p = 0.5 should be near white: " + Pixels.describe(map.argb(0.5)));
    }

    @Test
    void isOrangeForClassZeroAndBlueForClassOne() {
        float[] zero = Pixels.hsb(map.argb(0));
        float[] one = Pixels.hsb(map.argb(1));
        assertTrue(
                zero[0] > 18 && zero[0] < 40 && zero[1] > 0.45,
                "p = 0 should be a clear orange: " + Pixels.describe(map.argb(0)));
        assertTrue(
                one[0] > 195 && one[0] < 220 && one[1] > 0.35,
                "p = 1 should be a clear blue: " + Pixels.describe(map.argb(1)));
    }

    @Test
    void saturationGrowsAwayFromOneHalfOnBothSides() {
        double previous0 = -1;
        double previous1 = -1;
        for (int k = 0; k <= 10; k++) {
            double d = k * 0.05;
            double s0 = Pixels.hsb(map.argb(0.5 - d))[1];
            double s1 = Pixels.hsb(map.argb(0.5 + d))[1];
            assertTrue(s0 >= previous0 - 0.01, "saturation falls towards p = 0 at " + (0.5 - d));
            assertTrue(s1 >= previous1 - 0.01, "saturation falls towards p = 1 at " + (0.5 + d));
            previous0 = s0;
            previous1 = s1;
        }
    }

    @Test
    void endsHaveAboutTheSameLightnessSoNeitherClassDominates() {
        double l0 = Pixels.luma(map.argb(0));
        double l1 = Pixels.luma(map.argb(1));
        assertEquals(l0, l1, 25, "lightness of p = 0 and p = 1");
    }

    @Test
    void clampsOutOfRangeAndGreysOutNaN() {
        assertEquals(map.argb(0), map.argb(-3));
        assertEquals(map.argb(1), map.argb(7));
        assertEquals(map.undefined(), map.argb(Double.NaN));
        assertTrue(Pixels.hsb(map.undefined())[1] < 0.1, "NaN should be grey");
    }

    @Test
    void fillAgreesWithArgbEntryByEntry() {
        float[] p = {0f, 0.25f, 0.5f, 0.75f, 1f, Float.NaN, -1f, 2f, 0.123f};
        int[] out = new int[p.length + 2];
        map.fill(p, out, 2, p.length);
        for (int i = 0; i < p.length; i++) {
            assertEquals(map.argb(p[i]), out[i + 2], "entry " + i + " for p = " + p[i]);
        }
        assertEquals(0, out[0]);
        assertEquals(ColorMap.SIZE, 1024);
    }

    @Test
    void pointsAreMoreSaturatedThanTheBackgroundOfTheirClass() {
        for (int label = 0; label <= 1; label++) {
            double point = Pixels.hsb(map.point(label))[1];
            double field = Pixels.hsb(map.argb(label))[1];
            assertTrue(
                    point > field + 0.15,
                    "class " + label + " point " + Pixels.describe(map.point(label)) + " vs field "
                            + Pixels.describe(map.argb(label)));
        }
        assertTrue(Pixels.luma(map.boundary()) < 60, "boundary should be dark: " + Pixels.describe(map.boundary()));
    }
}
