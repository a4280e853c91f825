package dev.boundarylab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.boundarylab.testutil.Golden;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The K-class generators against scikit-learn 1.2.1 and numpy: {@code golden/multiclass/data.json}, printed by
 * {@code data_make.py} beside it (its docstring says how). Coordinates through a sine or cosine to 1e-12 (numpy's
 * and {@link StrictMath}'s may differ in the last bit), the others to a few units in the last place; labels
 * exactly.
 */
class ClassGeneratorsTest {
    @Test
    void everyReferenceSetIsDrawnPointForPoint() {
        JsonArray sets = Golden.json("multiclass/data.json").getAsJsonObject().getAsJsonArray("sets");
        assertEquals(9, sets.size());
        for (JsonElement e : sets) {
            JsonObject s = e.getAsJsonObject();
            DatasetKind kind = DatasetKind.fromId(s.get("kind").getAsString());
            int n = s.get("samples").getAsInt();
            int k = s.get("classes").getAsInt();
            Dataset d =
                    kind.generate(n, s.get("noise").getAsDouble(), s.get("seed").getAsLong(), k);
            String where = kind.id() + " n " + n + " K " + k;
            assertEquals(k, d.classes(), where);
            assertArrayEquals(ints(s.getAsJsonArray("label")), d.labels(), where);
            double[] x1 = doubles(s.getAsJsonArray("x1"));
            double[] x2 = doubles(s.getAsJsonArray("x2"));
            boolean trig = kind != DatasetKind.GAUSSIAN_QUANTILES;
            for (int i = 0; i < n; i++) {
                assertEquals(x1[i], d.x1(i), trig ? 1e-12 : 4 * Math.ulp(x1[i]), where + " x1 of point " + i);
                assertEquals(x2[i], d.x2(i), trig ? 1e-12 : 4 * Math.ulp(x2[i]), where + " x2 of point " + i);
            }
        }
    }

    @Test
    void gaussianQuantilesOfKClassesAreRingsByRadius() {
        Dataset d = DatasetKind.GAUSSIAN_QUANTILES.generate(1003, 0, 4, 5);
        // 1003 // 5 = 200 a ring, the outermost taking the 3 left over.
        assertArrayEquals(new int[] {200, 200, 200, 200, 203}, d.classCounts());
        double[] outer = new double[5];
        double[] inner = new double[5];
        Arrays.fill(inner, Double.POSITIVE_INFINITY);
        for (int i = 0; i < d.size(); i++) {
            double r = Math.hypot(d.x1(i), d.x2(i));
            outer[d.label(i)] = Math.max(outer[d.label(i)], r);
            inner[d.label(i)] = Math.min(inner[d.label(i)], r);
        }
        for (int j = 1; j < 5; j++) {
            assertTrue(outer[j - 1] < inner[j], "ring " + (j - 1) + " lies inside ring " + j);
        }
    }

    @Test
    void twoClassesAreTheTwoClassGeneratorsAndTooManyAreRefused() {
        assertEquals(
                DatasetKind.GAUSSIAN_QUANTILES.generate(200, 0, 3),
                DatasetKind.GAUSSIAN_QUANTILES.generate(200, 0, 3, 2));
        assertEquals(DatasetKind.BLOBS.generate(99, 0.8, 3), DatasetKind.BLOBS.generate(99, 0.8, 3, 2));
        assertEquals(3, DatasetKind.ARMS.generate(90, 0.2, 3, 3).classes());
        assertArrayEquals(
                new int[] {30, 30, 31}, DatasetKind.ARMS.generate(91, 0.2, 3, 3).classCounts());
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> DatasetKind.MOONS.generate(100, 0.2, 1, 3));
        assertEquals(
                "the moons data set has 2 classes; 3 classes are drawn by gaussian-quantiles, blobs, arms",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DatasetKind.ARMS.generate(100, 0.2, 1, 9));
        assertEquals("the number of classes must be from 2 to 8, got 9", e.getMessage());
        assertEquals(8, DatasetKind.BLOBS.maxClasses());
        assertEquals(2, DatasetKind.XOR.maxClasses());
    }

    private static double[] doubles(JsonArray a) {
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).getAsDouble();
        }
        return v;
    }

    private static int[] ints(JsonArray a) {
        int[] v = new int[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).getAsInt();
        }
        return v;
    }
}
