package dev.boundarylab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Holding points out for testing: of each class alike, reproducibly, losing and inventing no point. */
class DatasetSplitTest {
    private static final Dataset SEED = DatasetKind.fromId("gaussian-quantiles").generate(200, 3);

    private static List<String> points(Dataset... sets) {
        List<String> all = new ArrayList<>();
        for (Dataset d : sets) {
            for (int i = 0; i < d.size(); i++) {
                all.add(d.x1(i) + "," + d.x2(i) + "," + d.label(i));
            }
        }
        Collections.sort(all);
        return all;
    }

    @Test
    void holdsOutTheFractionOfEachClassAndKeepsEveryPointOnce() {
        // 300 points of which 100 are ones: 30% of each class is 60 zeros and 30 ones.
        double[] x = new double[300];
        int[] y = new int[300];
        for (int i = 0; i < 300; i++) {
            x[i] = i;
            y[i] = i % 3 == 0 ? 1 : 0;
        }
        Dataset d = new Dataset("d", x, x.clone(), y);
        Dataset.Split s = d.split(0.3, 7);
        assertEquals(90, s.test().size());
        assertEquals(30, s.test().countOnes());
        assertEquals(210, s.train().size());
        assertEquals(70, s.train().countOnes());
        assertEquals(points(d), points(s.train(), s.test()), "the two parts are the points, each once");
        // The training points keep their order.
        for (int i = 1; i < s.train().size(); i++) {
            assertTrue(s.train().x1(i) > s.train().x1(i - 1));
        }
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        assertEquals(
                points(SEED.split(0.25, 1).test()), points(SEED.split(0.25, 1).test()));
        assertNotEquals(
                points(SEED.split(0.25, 1).test()), points(SEED.split(0.25, 2).test()));
        assertEquals(0, SEED.split(0, 1).test().size());
        assertEquals(SEED.size(), SEED.split(0, 1).train().size());
    }

    @Test
    void aFractionOutsideRangeOrLeavingNothingToTrainOnIsRefusedWithAMessage() {
        for (double f : new double[] {-0.1, 1, 1.5, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SEED.split(f, 1));
            assertTrue(e.getMessage().contains("test fraction"), e.getMessage());
        }
        Dataset two = new Dataset("two", new double[] {0, 1}, new double[] {0, 1}, new int[] {0, 1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> two.split(0.6, 1));
        assertTrue(e.getMessage().contains("none to train on"), e.getMessage());
    }
}
