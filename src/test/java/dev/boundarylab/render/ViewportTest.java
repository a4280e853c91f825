package dev.boundarylab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.testutil.Golden;
import org.junit.jupiter.api.Test;

class ViewportTest {
    @Test
    void seedDataGetsTheSymmetricSquareFromMinusThreeToThree() {
        assertEquals(new Viewport(-3, 3, -3, 3), Viewport.around(Golden.seedData()));
    }

    @Test
    void dataAwayFromTheOriginGetASquareAroundThemWithAMargin() {
        Dataset d = new Dataset("off", new double[] {10, 12, 11}, new double[] {5, 6, 5.5}, new int[] {0, 1, 0});
        Viewport v = Viewport.around(d);
        assertEquals(v.width(), v.height(), 1e-12, "square: " + v);
        double margin = 0.1 * 2 - 1e-9;
        assertTrue(v.x1Min() <= 10 - margin && v.x1Max() >= 12 + margin, "x1 margin: " + v);
        assertTrue(v.x2Min() <= 5 - margin && v.x2Max() >= 6 + margin, "x2 margin: " + v);
        assertTrue(v.width() < 3.2, "not much bigger than needed: " + v);
        // A side of about 2.4 is rounded to steps of 0.2, and the bounds print as such.
        for (double b : new double[] {v.x1Min(), v.x1Max(), v.x2Min(), v.x2Max()}) {
            assertEquals(b, Double.parseDouble(String.format(java.util.Locale.ROOT, "%.1f", b)), 0, "round: " + v);
        }
    }

    @Test
    void emptyAndSinglePointDataStillGetAVisibleSquare() {
        Dataset empty = new Dataset("empty", new double[0], new double[0], new int[0]);
        assertEquals(new Viewport(-1, 1, -1, 1), Viewport.around(empty));
        Viewport one = Viewport.around(new Dataset("one", new double[] {2}, new double[] {3}, new int[] {1}));
        assertTrue(one.contains(2, 3) && one.width() >= 1 && one.width() == one.height(), one.toString());
    }

    @Test
    void rejectsNonFiniteAndEmptyRangesNamingThem() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new Viewport(0, Double.NaN, 0, 1));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Viewport(1, 1, 0, 1));
        assertTrue(e.getMessage().contains("x1 [1.0, 1.0]"), e.getMessage());
    }

    @Test
    void containsCountsTheEdges() {
        Viewport v = new Viewport(-1, 1, -2, 2);
        assertTrue(v.contains(1, -2));
        assertFalse(v.contains(1.0001, 0));
    }

    @Test
    void framesDataTheRoundStepsCannotOnOneSpotFarOutHugeOrTiny() {
        double max = Double.MAX_VALUE;
        double[][][] cases = {
            {{1e16, 1e16}, {1e16, 1e16}},
            {{1e300, 1e300}, {-1e300, -1e300}},
            {{-max, max}, {0, 1}},
            {{Double.MIN_VALUE, 0}, {0, 0}},
            {{123456789.0, 123456789.0}, {-5, -5}},
        };
        for (double[][] c : cases) {
            Dataset d = new Dataset("far", c[0], c[1], new int[] {0, 1});
            Viewport v = Viewport.around(d);
            String what = java.util.Arrays.deepToString(c) + " in " + v;
            assertTrue(v.contains(c[0][0], c[1][0]) && v.contains(c[0][1], c[1][1]), what);
            assertTrue(v.x1Min() < v.x1Max() && v.x2Min() < v.x2Max(), what);
            // Points on one spot get a neighbourhood of about a millionth of their distance from the origin.
            double spot = Math.max(Math.abs(c[0][0]), Math.abs(c[1][0]));
            if (c[0][0] == c[0][1] && c[1][0] == c[1][1] && spot > 1e15) {
                assertTrue(v.x1Max() - v.x1Min() <= 1e-5 * spot, what);
            }
        }
    }
}
