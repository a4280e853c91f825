package dev.boundarylab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The catalogue of built-in data sets: names, argument checks, determinism, balance and extent. */
class DatasetKindTest {
    @Test
    void idsAreTheCommandLineNamesInOrder() {
        String[] ids = {"gaussian-quantiles", "flower", "circles", "moons", "blobs", "xor", "spiral", "arms"};
        DatasetKind[] kinds = DatasetKind.values();
        assertEquals(ids.length, kinds.length);
        for (int i = 0; i < ids.length; i++) {
            assertEquals(ids[i], kinds[i].id());
            assertSame(kinds[i], DatasetKind.fromId(ids[i]));
            assertFalse(kinds[i].displayName().isBlank());
        }
    }

    @Test
    void fromIdIgnoresCaseAndSurroundingSpaces() {
        assertSame(DatasetKind.GAUSSIAN_QUANTILES, DatasetKind.fromId("  Gaussian-Quantiles "));
        assertSame(DatasetKind.XOR, DatasetKind.fromId("XOR"));
    }

    @Test
    void unknownIdNamesItAndListsTheValidOnes() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> DatasetKind.fromId("gaussian_quantiles"));
        assertEquals(
                "unknown data set 'gaussian_quantiles'; the data sets are gaussian-quantiles, flower, circles, "
                        + "moons, blobs, xor, spiral, arms",
                e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DatasetKind.fromId(null))
                .getMessage()
                .startsWith("unknown data set (none given); the data sets are gaussian-quantiles"));
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 1, DatasetKind.MAX_SAMPLES + 1})
    void samplesOutOfRangeAreRefusedByValue(int samples) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> DatasetKind.CIRCLES.generate(samples, 0.1, 1));
        assertEquals("number of samples must be from 2 to 10000000, got " + samples, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void noiseThatIsNegativeOrNotFiniteIsRefusedByValue(double noise) {
        for (DatasetKind kind : DatasetKind.values()) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> kind.generate(100, noise, 1));
            assertEquals("noise must be a finite number at least 0, got " + noise, e.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(DatasetKind.class)
    void theSameSeedGivesTheSamePointsAndAnotherSeedOthers(DatasetKind kind) {
        Dataset a = kind.generate(301, kind.defaultNoise(), 42);
        Dataset b = kind.generate(301, kind.defaultNoise(), 42);
        Dataset c = kind.generate(301, kind.defaultNoise(), 43);
        assertEquals(a, b);
        assertNotEquals(a, c);
        assertEquals(kind.id(), a.name());
        assertEquals(301, a.size());
        assertEquals(a, kind.generate(301, 42));
    }

    @ParameterizedTest
    @EnumSource(DatasetKind.class)
    void theSmallestDataSetHasOnePointOfEachClass(DatasetKind kind) {
        Dataset d = kind.generate(2, kind.defaultNoise(), 7);
        assertEquals(2, d.size());
        // xor's classes come from where uniform points fall, so two points may share a class; all others split.
        if (kind != DatasetKind.XOR) {
            assertEquals(1, d.countOnes());
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatasetKind.class, names = "XOR", mode = EnumSource.Mode.EXCLUDE)
    void classesSplitEvenlyWithTheOddPointWhereTheOriginalPutsIt(DatasetKind kind) {
        for (int n : new int[] {1000, 1001}) {
            int ones = kind.generate(n, kind.defaultNoise(), 5).countOnes();
            // make_blobs gives the odd point to its first centre (class 0), the others to class 1.
            int expected = kind == DatasetKind.BLOBS ? n / 2 : n - n / 2;
            assertEquals(expected, ones, kind + " with " + n + " points");
        }
    }

    @Test
    void xorClassesAreRoughlyEven() {
        int ones = DatasetKind.XOR.generate(4000, 0.2, 5).countOnes();
        assertTrue(ones > 1800 && ones < 2200, "class 1 has " + ones + " of 4000");
    }

    @ParameterizedTest
    @EnumSource(DatasetKind.class)
    void pointsSitInTheDefaultViewAtTheDefaultNoise(DatasetKind kind) {
        Dataset d = kind.generate(2000, kind.defaultNoise(), 11);
        int inside = 0;
        for (int i = 0; i < d.size(); i++) {
            double m = Math.max(Math.abs(d.x1(i)), Math.abs(d.x2(i)));
            assertTrue(m < 5.5, kind + " point " + i + " is far out: " + m);
            if (m <= 4) {
                inside++;
            }
        }
        assertTrue(inside >= 0.99 * d.size(), kind + ": only " + inside + " of 2000 points within [-4, 4]");
    }

    @Test
    void onlyGaussianQuantilesIgnoresNoise() {
        for (DatasetKind kind : DatasetKind.values()) {
            boolean same = kind.generate(200, 0.0, 3).equals(kind.generate(200, 0.3, 3));
            assertEquals(!kind.usesNoise(), same, kind.id());
        }
        assertFalse(DatasetKind.GAUSSIAN_QUANTILES.usesNoise());
        assertEquals(0.0, DatasetKind.GAUSSIAN_QUANTILES.defaultNoise());
        assertEquals(0.2, DatasetKind.FLOWER.defaultNoise());
    }
}
