package dev.boundarylab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The stream matches numpy 2.4.6's legacy {@code RandomState} draw for draw. Expected values were printed by
 * numpy itself, e.g. {@code np.random.RandomState(3).standard_normal(5)}. Words, uniform doubles and permutations
 * are integer arithmetic and must match exactly; a normal value passes through a logarithm, where numpy calls the C
 * library's {@code log} and we call {@link StrictMath#log} (the same on every JVM), so the two may differ in the
 * last bit or two, never more: the rejection loop depends only on the exact uniforms, so such a difference never
 * changes which words are drawn.
 */
class LegacyNumpyRandomTest {
    @Test
    void rawWordsAreMt19937() {
        // RandomState(5489).randint(0, 2**32, size=5, dtype=np.uint32); also the reference MT19937 outputs.
        LegacyNumpyRandom rs = new LegacyNumpyRandom(5489);
        long[] expected = {3499211612L, 581869302L, 3890346734L, 3586334585L, 545404204L};
        for (long e : expected) {
            assertEquals(e, Integer.toUnsignedLong(rs.nextWord()));
        }
    }

    @Test
    void gaussiansMatchNumpyStandardNormal() {
        LegacyNumpyRandom rs = new LegacyNumpyRandom(3);
        double[] expected = {
            1.7886284734303186, 0.43650985051198943, 0.09649746807200862, -1.8634927033644908, -0.27738820251439905
        };
        for (double e : expected) {
            assertEquals(e, rs.nextGaussian(), 2 * Math.ulp(e));
        }
        // The word stream continues after the fifth normal exactly where numpy's does (its pair's second
        // value waits in the cache, untouched by random_sample()).
        assertEquals(0.05146720330082988, rs.nextDouble(), 0.0);
    }

    @Test
    void seedsBeyond31BitsSeedLikeNumpysArraySeeding() {
        // RandomState([5, 256]).random_sample(3): 2^40 + 5 split into low and high words.
        assertDoubles(
                new double[] {0.5043802970418443, 0.2686044399723282, 0.9257865475671585},
                new LegacyNumpyRandom((1L << 40) + 5));
        // RandomState([0xffffffff, 0xffffffff]).random_sample(3): -1 as two all-ones words.
        assertDoubles(
                new double[] {0.021825695401270107, 0.3380953268613758, 0.21196748656082065},
                new LegacyNumpyRandom(-1));
        // RandomState(0x7fffffff): the largest seed commons-math3's int seeding takes as numpy does.
        assertDoubles(
                new double[] {0.3933911315501387, 0.6566618430544519, 0.08629079684294616},
                new LegacyNumpyRandom(0x7fffffffL));
    }

    @Test
    void permutationMatchesNumpyShuffle() {
        // a = np.arange(10); np.random.RandomState(11).shuffle(a)
        assertArrayEquals(new int[] {7, 8, 2, 6, 4, 5, 1, 3, 0, 9}, new LegacyNumpyRandom(11).permutation(10));
    }

    @Test
    void permutationsOfSeveralSeedsAndSizesAreNumpys() {
        // np.random.RandomState(s).permutation(n), printed by numpy 2.4.6
        assertArrayEquals(new int[] {4, 5, 0, 2, 1, 6, 3}, new LegacyNumpyRandom(12).permutation(7));
        assertArrayEquals(
                new int[] {18, 1, 19, 8, 10, 17, 6, 13, 4, 2, 5, 14, 9, 7, 16, 11, 3, 0, 15, 12},
                new LegacyNumpyRandom(0).permutation(20));
        assertArrayEquals(new int[] {4, 3, 0, 1, 2}, new LegacyNumpyRandom(0x7fffffffL).permutation(5));
        assertArrayEquals(
                new int[] {
                    44, 16, 35, 9, 41, 33, 49, 31, 18, 29, 19, 30, 38, 0, 7, 21, 3, 37, 28, 17, 5, 45, 25, 24, 26, 46,
                    48, 13, 4, 15, 2, 39, 6, 14, 34, 22, 20, 11, 12, 40, 10, 8, 36, 23, 32, 27, 47, 43, 42, 1
                },
                new LegacyNumpyRandom(123456).permutation(50));
        // Longer ones, where the masks grow past 255 and 511: their first twelve and last entries.
        int[] p200 = new LegacyNumpyRandom(11).permutation(200);
        assertArrayEquals(
                new int[] {174, 33, 173, 186, 22, 53, 134, 56, 143, 94, 55, 73}, java.util.Arrays.copyOf(p200, 12));
        assertEquals(153, p200[199]);
        int[] p1000 = new LegacyNumpyRandom(13).permutation(1000);
        assertArrayEquals(
                new int[] {945, 452, 304, 433, 864, 291, 986, 923, 260, 546, 591, 390},
                java.util.Arrays.copyOf(p1000, 12));
        assertEquals(338, p1000[999]);
        // The in-place form after a reseed draws the same: a training epoch reseeds one generator.
        LegacyNumpyRandom rs = new LegacyNumpyRandom(99);
        rs.nextGaussian();
        rs.reseed(12);
        int[] p = new int[9];
        rs.permutation(p, 7);
        assertArrayEquals(new int[] {4, 5, 0, 2, 1, 6, 3}, java.util.Arrays.copyOf(p, 7));
    }

    @Test
    void intervalStaysWithinItsBoundAndReachesBothEnds() {
        LegacyNumpyRandom rs = new LegacyNumpyRandom(1);
        boolean sawZero = false;
        boolean sawMax = false;
        for (int i = 0; i < 10_000; i++) {
            int v = rs.nextInterval(5);
            assertTrue(v >= 0 && v <= 5, "out of [0, 5]: " + v);
            sawZero |= v == 0;
            sawMax |= v == 5;
        }
        assertTrue(sawZero && sawMax);
        assertEquals(0, rs.nextInterval(0));
    }

    private static void assertDoubles(double[] expected, LegacyNumpyRandom rs) {
        for (double e : expected) {
            assertEquals(e, rs.nextDouble(), 0.0);
        }
    }
}
