package dev.boundarylab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/** Points put down, sprayed and erased by hand, each edit a new data set and the old one as it was. */
class DrawingTest {
    private static final Dataset THREE = new Dataset(
            "file", new double[] {0, 1, 2}, new double[] {0, 0, 0}, new int[] {0, 1, 0}, List.of("no", "yes"));

    @Test
    void aPointIsAddedAtTheEndAndTheOldDataStaysAsItWas() {
        Dataset d = Drawing.add(THREE, 0.5, -1.5, 1);
        assertEquals(4, d.size());
        assertEquals(0.5, d.x1(3));
        assertEquals(-1.5, d.x2(3));
        assertEquals(1, d.label(3));
        assertEquals(Drawing.NAME, d.name());
        assertEquals(List.of("no", "yes"), d.labelNames());
        assertEquals(3, THREE.size());
        assertArrayEquals(new int[] {0, 1, 0, 1}, d.labels());
    }

    @Test
    void aSprayPutsItsCountInsideTheDiscFromTheGeneratorsDraws() {
        Dataset d = Drawing.spray(Drawing.empty(Dataset.DEFAULT_LABEL_NAMES), 1, 2, 0.5, 7, 0, new Well19937c(15));
        assertEquals(7, d.size());
        Well19937c r = new Well19937c(15);
        for (int i = 0; i < 7; i++) {
            // radius·√u at angle 2πv, u and v the generator's next two draws
            double rho = 0.5 * Math.sqrt(r.nextDouble());
            double t = 2 * Math.PI * r.nextDouble();
            assertEquals(1 + rho * Math.cos(t), d.x1(i), 1e-15);
            assertEquals(2 + rho * Math.sin(t), d.x2(i), 1e-15);
            assertTrue(Math.hypot(d.x1(i) - 1, d.x2(i) - 2) <= 0.5);
            assertEquals(0, d.label(i));
        }
        // The same seed gives the same points; another seed others.
        assertEquals(d, Drawing.spray(Drawing.empty(Dataset.DEFAULT_LABEL_NAMES), 1, 2, 0.5, 7, 0, new Well19937c(15)));
        assertTrue(!d.equals(
                Drawing.spray(Drawing.empty(Dataset.DEFAULT_LABEL_NAMES), 1, 2, 0.5, 7, 0, new Well19937c(16))));
    }

    @Test
    void aSprayOfManyPointsFillsTheDiscEvenly() {
        Dataset d = Drawing.spray(Drawing.empty(Dataset.DEFAULT_LABEL_NAMES), 0, 0, 1, 100, 1, new Well19937c(1));
        Dataset more = d;
        for (int k = 0; k < 39; k++) {
            more = Drawing.spray(more, 0, 0, 1, 100, 1, new Well19937c(2 + k));
        }
        // Uniform over the disc: the inner disc of radius 1/√2 holds half the points (4000 of them, ± 4 sd).
        int inner = 0;
        for (int i = 0; i < more.size(); i++) {
            inner += Math.hypot(more.x1(i), more.x2(i)) <= Math.sqrt(0.5) ? 1 : 0;
        }
        assertEquals(4000, more.size());
        assertTrue(Math.abs(inner - 2000) < 4 * Math.sqrt(1000), "inner " + inner);
    }

    @Test
    void eraseRemovesThePointsWithinTheRadiusAndKeepsTheOthersInOrder() {
        Dataset d = Drawing.erase(THREE, 0.9, 0.1, 0.5);
        assertArrayEquals(new double[] {0, 2}, d.x1());
        assertArrayEquals(new int[] {0, 0}, d.labels());
        assertEquals(List.of("no", "yes"), d.labelNames());
        assertSame(THREE, Drawing.erase(THREE, 10, 10, 0.5), "nothing there: the same data set");
        assertEquals(0, Drawing.erase(THREE, 1, 0, 1.0).size());
    }

    @Test
    void dataOfThreeClassesTakesPointsOfEachAndNoFourth() {
        Dataset e = Drawing.empty(List.of("a", "b", "c"));
        Dataset d = Drawing.add(Drawing.add(e, 0, 0, 2), 1, 1, 0);
        assertEquals(3, d.classes());
        assertArrayEquals(new int[] {2, 0}, d.labels());
        assertArrayEquals(new int[] {1, 0, 1}, Drawing.classCounts(d));
        assertEquals(List.of("a", "b", "c"), d.labelNames());
        IllegalArgumentException fourth = assertThrows(IllegalArgumentException.class, () -> Drawing.add(d, 0, 0, 3));
        assertEquals("a point's class is 0 to 2 (3 classes), got 3", fourth.getMessage());
    }

    @Test
    void emptyKeepsTheClassNamesAndBadEditsAreRefused() {
        Dataset e = Drawing.empty(List.of("no", "yes"));
        assertEquals(0, e.size());
        assertEquals(List.of("no", "yes"), e.labelNames());
        assertArrayEquals(new int[] {2, 1}, Drawing.classCounts(THREE));
        assertThrows(IllegalArgumentException.class, () -> Drawing.add(e, 0, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> Drawing.add(e, Double.NaN, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Drawing.spray(e, 0, 0, 1, 0, 0, new Well19937c(1)));
        assertThrows(IllegalArgumentException.class, () -> Drawing.spray(e, 0, 0, -1, 3, 0, new Well19937c(1)));
    }
}
