package dev.boundarylab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.model.Classifier;
import org.junit.jupiter.api.Test;

class IsoLineTest {
    private static IsoLine trace(Classifier model, Viewport view, int cols, int rows) {
        DecisionSurface s = new DecisionSurface();
        s.evaluate(model, view, cols, rows);
        IsoLine line = new IsoLine();
        line.trace(s, 0.5);
        return line;
    }

    @Test
    void boundaryOfLogitX1IsOneLineOnX1EqualsZeroAcrossTheWholeHeight() {
        // 57 columns: no column of samples sits symmetrically about x1 = 0, so interpolation is really tested.
        IsoLine line = trace(Classifier.of((x1, x2) -> x1), new Viewport(-3, 3, -3, 3), 57, 40);
        assertEquals(1, line.lines());
        double[] p = line.points();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < line.pointCount(); i++) {
            assertEquals(0, p[2 * i], 1e-4, "x1 of point " + i);
            lo = Math.min(lo, p[2 * i + 1]);
            hi = Math.max(hi, p[2 * i + 1]);
        }
        // From the centre of the bottom row of cells to the centre of the top row: 3 - 0.075 on each side.
        assertEquals(-2.925, lo, 1e-9);
        assertEquals(2.925, hi, 1e-9);
        assertEquals(40, line.pointCount(), "one point per row of samples");
    }

    @Test
    void boundaryOfACircleIsOneClosedLoopOfRadiusOne() {
        IsoLine line = trace(Classifier.of((x1, x2) -> 1 - x1 * x1 - x2 * x2), new Viewport(-2, 2, -2, 2), 101, 101);
        assertEquals(1, line.lines());
        double[] p = line.points();
        int n = line.pointCount();
        assertTrue(n > 50, "points " + n);
        for (int i = 0; i < n; i++) {
            assertEquals(1, Math.hypot(p[2 * i], p[2 * i + 1]), 0.01, "radius at point " + i);
        }
        assertEquals(p[0], p[2 * n - 2], 0, "closed: last point repeats the first");
        assertEquals(p[1], p[2 * n - 1], 0);
    }

    @Test
    void twoSeparateBlobsGiveTwoLoops() {
        Classifier blobs =
                Classifier.of((x1, x2) -> 1 - Math.min((x1 - 1.5) * (x1 - 1.5), (x1 + 1.5) * (x1 + 1.5)) - x2 * x2);
        IsoLine line = trace(blobs, new Viewport(-3, 3, -3, 3), 90, 90);
        assertEquals(2, line.lines());
        assertEquals(line.pointCount(), line.offset(2));
    }

    @Test
    void saddleOfLogitX1TimesX2FollowsTheAxes() {
        IsoLine line = trace(Classifier.of((x1, x2) -> x1 * x2), new Viewport(-1, 1.1, -1.05, 1), 43, 41);
        double[] p = line.points();
        assertTrue(line.pointCount() > 40);
        for (int i = 0; i < line.pointCount(); i++) {
            double d = Math.min(Math.abs(p[2 * i]), Math.abs(p[2 * i + 1]));
            assertTrue(d < 0.03, "point (" + p[2 * i] + ", " + p[2 * i + 1] + ") is off both axes");
        }
    }

    @Test
    void cellsWithANotANumberCornerAreSkipped() {
        Classifier half = Classifier.of((x1, x2) -> x2 > 1 ? Double.NaN : x1);
        IsoLine line = trace(half, new Viewport(-3, 3, -3, 3), 31, 31);
        double[] p = line.points();
        assertTrue(line.pointCount() > 10);
        for (int i = 0; i < line.pointCount(); i++) {
            assertTrue(Double.isFinite(p[2 * i]) && Double.isFinite(p[2 * i + 1]), "point " + i);
            assertTrue(p[2 * i + 1] <= 1.01, "no line where the model is undefined: " + p[2 * i + 1]);
        }
    }

    @Test
    void aSurfaceThatNeverCrossesHasNoLine() {
        assertEquals(
                0,
                trace(Classifier.of((x1, x2) -> 5), new Viewport(-1, 1, -1, 1), 10, 10)
                        .lines());
    }
}
