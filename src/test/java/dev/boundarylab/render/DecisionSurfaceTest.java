package dev.boundarylab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.model.Classifier;
import dev.boundarylab.model.Parameters;
import org.junit.jupiter.api.Test;

class DecisionSurfaceTest {
    private static final Viewport VIEW = new Viewport(-3, 3, -3, 3);

    @Test
    void theNetworkSurfaceIsItsProbabilityAtEveryCellCentreToFloatPrecision() {
        Parameters p = Parameters.random(4, 2);
        DecisionSurface s = new DecisionSurface();
        s.evaluate(p, VIEW, 40, 30);
        for (int r = 0; r < 30; r++) {
            for (int c = 0; c < 40; c++) {
                assertEquals(p.probability(s.x1(c), s.x2(r)), s.probability(c, r), 1e-6, "cell " + c + ", " + r);
            }
        }
    }

    @Test
    void anyOtherClassifierIsAskedAtEveryCellCentreTopRowFirst() {
        Classifier model = Classifier.of((x1, x2) -> 0.7 * x1 - 1.3 * x2 + 0.2);
        DecisionSurface s = new DecisionSurface();
        s.evaluate(model, new Viewport(-2, 2, 0, 1), 8, 4);
        // Cell centres: x1 = -2 + (c + 0.5) * 0.5, x2 = 1 - (r + 0.5) * 0.25.
        assertEquals(-1.75, s.x1(0), 1e-12);
        assertEquals(0.875, s.x2(0), 1e-12);
        assertEquals(0.125, s.x2(3), 1e-12);
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 8; c++) {
                double x1 = -2 + (c + 0.5) * 0.5;
                double x2 = 1 - (r + 0.5) * 0.25;
                assertEquals((float) model.probability(x1, x2), s.values()[r * 8 + c], 0, "cell " + c + ", " + r);
            }
        }
    }

    @Test
    void reusesItsBufferForGridsNoLargerThanBefore() {
        DecisionSurface s = new DecisionSurface();
        Parameters p = Parameters.random(3, 1);
        s.evaluate(p, VIEW, 40, 30);
        float[] buffer = s.values();
        s.evaluate(p, VIEW, 40, 30);
        assertSame(buffer, s.values());
        s.evaluate(Classifier.of((x1, x2) -> x1), VIEW, 30, 20);
        assertSame(buffer, s.values());
        assertEquals(30, s.columns());
        assertEquals(20, s.rows());
    }

    @Test
    void rejectsEmptyGridsAndMissingModels() {
        DecisionSurface s = new DecisionSurface();
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> s.evaluate(Parameters.random(1, 1), VIEW, 0, 5));
        assertTrue(e.getMessage().contains("0 x 5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> s.evaluate(null, VIEW, 4, 4));
        s.evaluate(Parameters.random(1, 1), VIEW, 4, 4);
        assertThrows(IndexOutOfBoundsException.class, () -> s.probability(4, 0));
    }
}
