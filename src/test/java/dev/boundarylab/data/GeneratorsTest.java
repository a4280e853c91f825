package dev.boundarylab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.testutil.Golden;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Each generator against the numpy program it ports and against the shape it should have.
 *
 * <p>The reference points were printed by numpy 2.4.6 running the programs quoted in {@link Generators} (its legacy
 * {@code RandomState} is the same stream as in numpy 1.x). Coordinates that pass through a sine or cosine are
 * compared to 1e-12, since numpy's {@code sin} and {@link StrictMath#sin} may differ in the last bit; the rest to a
 * few units in the last place (see {@link LegacyNumpyRandomTest} on the logarithm).
 */
class GeneratorsTest {
    private static final double TRIG = 1e-12;

    @Test
    void gaussianQuantilesOf200WithSeed3IsTheSeedArticlesDataSet() {
        // shared/golden: sklearn 1.2.1 make_gaussian_quantiles(cov=0.7, n_samples=200, n_classes=2, random_state=3).
        Dataset golden = Golden.seedData();
        Dataset ours = DatasetKind.GAUSSIAN_QUANTILES.generate(200, 0, 3);
        assertEquals(golden.size(), ours.size());
        assertArrayEquals(golden.labels(), ours.labels());
        for (int i = 0; i < golden.size(); i++) {
            assertEquals(golden.x1(i), ours.x1(i), 4 * Math.ulp(golden.x1(i)), "x1 of point " + i);
            assertEquals(golden.x2(i), ours.x2(i), 4 * Math.ulp(golden.x2(i)), "x2 of point " + i);
        }
    }

    @Test
    void gaussianQuantilesGivesTheNearerHalfClass0AndTheOddPointClass1() {
        int n = 1001;
        Dataset d = DatasetKind.GAUSSIAN_QUANTILES.generate(n, 0, 9);
        double[] r2 = new double[n];
        double maxClass0 = 0;
        double minClass1 = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            r2[i] = d.x1(i) * d.x1(i) + d.x2(i) * d.x2(i);
            if (d.label(i) == 0) {
                maxClass0 = Math.max(maxClass0, r2[i]);
            } else {
                minClass1 = Math.min(minClass1, r2[i]);
            }
        }
        assertEquals(n - n / 2, d.countOnes());
        assertTrue(maxClass0 < minClass1, "a class 0 point lies outside a class 1 point");
        Arrays.sort(r2);
        assertEquals(r2[n / 2 - 1], maxClass0);
        assertEquals(r2[n / 2], minClass1);
        // Variance 0.7 per axis, so the squared radius averages 1.4; 1001 points put the mean within about 0.13.
        double mean = Arrays.stream(r2).average().orElseThrow();
        assertEquals(1.4, mean, 0.15);
        // The shuffle leaves no run of classes: the first half is not all class 0.
        int onesInFirstHalf = 0;
        for (int i = 0; i < n / 2; i++) {
            onesInFirstHalf += d.label(i);
        }
        assertTrue(onesInFirstHalf > 200 && onesInFirstHalf < 300, "class 1 in first half: " + onesInFirstHalf);
    }

    @Test
    void gaussianQuantilesMatchesNumpyForAnOddCount() {
        Dataset d = DatasetKind.GAUSSIAN_QUANTILES.generate(201, 0, 7);
        assertPoint(d, 0, 0.39471759246919985, -0.9215807069230724, 1, 1e-15);
        assertPoint(d, 1, 0.2698377148438557, -1.2040262088561142, 1, 1e-15);
        assertPoint(d, 100, -0.0159855541198112, 0.5257304179270886, 0, 1e-15);
        assertPoint(d, 200, -0.01418012870506219, 0.45157762098969306, 0, 1e-15);
        assertSums(d, -6.118301850024343, -10.023994143910377, 101, 1e-13);
    }

    @Test
    void flowerOf400WithSeed1IsTheCoursesFlower() {
        // The course's load_planar_dataset() (np.random.seed(1), m=400, noise 0.2).
        Dataset d = DatasetKind.FLOWER.generate(400, 0.2, 1);
        assertPoint(d, 0, 1.204442292254319, 3.5761141481288448, 0, TRIG);
        assertPoint(d, 1, 0.15870990398255372, -1.4821709003683443, 0, TRIG);
        assertPoint(d, 199, -0.5858464101358456, -3.091259938950624, 0, TRIG);
        assertPoint(d, 200, -1.0704958072229525, 3.682524609580073, 1, TRIG);
        assertPoint(d, 399, 0.7307808250007513, 3.0683292081876545, 1, TRIG);
        assertSums(d, -17.33836367040442, 27.426346947846085, 200, 1e-10);
    }

    @Test
    void flowerWithAnOddCountPutsTheOddPointInClass1() {
        Dataset d = DatasetKind.FLOWER.generate(401, 0.2, 1);
        assertPoint(d, 200, -0.9829503186595017, 3.381366572418817, 1, TRIG);
        assertPoint(d, 400, 0.8350044877328816, -3.1671681971349037, 1, TRIG);
        assertSums(d, -16.274666895241708, 22.642599885238013, 201, 1e-10);
    }

    @Test
    void flowerWithoutNoiseLiesOnTheRoseCurve() {
        Dataset d = DatasetKind.FLOWER.generate(500, 0, 4);
        for (int i = 0; i < d.size(); i++) {
            // The point is r (sin t, cos t) with r = 4 sin 4t; as sin 4t repeats every quarter turn, the polar angle
            // theta (t, or t + pi when r < 0) gives the distance from the centre: |4 sin 4 theta|.
            double rho = Math.hypot(d.x1(i), d.x2(i));
            double theta = Math.atan2(d.x1(i), d.x2(i));
            assertEquals(Math.abs(4 * Math.sin(4 * theta)), rho, 1e-9, "point " + i);
            assertEquals(i < 250 ? 0 : 1, d.label(i));
        }
    }

    @Test
    void circlesMatchNumpy() {
        Dataset d = DatasetKind.CIRCLES.generate(201, 0.1, 7);
        assertPoint(d, 0, 0.8282882796006387, -0.7465262962375863, 0, TRIG);
        assertPoint(d, 1, 0.05406790011003193, 0.45234068537272837, 1, TRIG);
        assertPoint(d, 100, 0.43963983964369546, -0.07168136748008984, 1, TRIG);
        assertPoint(d, 200, -0.07714031617271541, -0.4353441122470257, 1, TRIG);
        assertSums(d, -1.0945601571189023, -2.754208639601559, 101, 1e-10);
    }

    @Test
    void circlesWithoutNoiseLieOnRadii1And0point5EvenlySpaced() {
        int n = 360;
        Dataset d = DatasetKind.CIRCLES.generate(n, 0, 2);
        boolean[] seen = new boolean[n];
        for (int i = 0; i < n; i++) {
            double radius = Math.hypot(d.x1(i), d.x2(i));
            assertEquals(d.label(i) == 0 ? 1.0 : 0.5, radius, 1e-12, "point " + i);
            // Each circle holds 180 points one degree apart: each angle turns up once per class.
            double degrees = Math.toDegrees(Math.atan2(d.x2(i), d.x1(i)));
            long step = Math.round((degrees + 360) % 360) % 360;
            assertEquals(0, (degrees + 360) % 360 - step, 1e-9);
            int slot = (int) (step / 2) + 180 * d.label(i);
            assertTrue(step % 2 == 0 && !seen[slot], "angle " + degrees + " of class " + d.label(i));
            seen[slot] = true;
        }
    }

    @Test
    void circlesNoiseIsTheSpreadOfTheRadius() {
        Dataset d = DatasetKind.CIRCLES.generate(20_000, 0.05, 3);
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < d.size(); i++) {
            double dev = Math.hypot(d.x1(i), d.x2(i)) - (d.label(i) == 0 ? 1.0 : 0.5);
            sum += dev;
            sumSq += dev * dev;
        }
        double sd = Math.sqrt(sumSq / d.size() - Math.pow(sum / d.size(), 2));
        assertEquals(0.05, sd, 0.003);
    }

    @Test
    void moonsMatchNumpy() {
        Dataset d = DatasetKind.MOONS.generate(201, 0.2, 7);
        assertPoint(d, 0, -0.5343798777281721, 0.4489044284830192, 0, TRIG);
        assertPoint(d, 1, -0.021706963970251403, -0.13024211085801657, 1, TRIG);
        assertPoint(d, 100, -0.08203402122675313, -0.014974875356485284, 1, TRIG);
        assertPoint(d, 200, 1.5994665392285345, -0.0788832608379881, 1, TRIG);
        assertSums(d, 98.8108796857622, 44.35491005702758, 101, 1e-10);
    }

    @Test
    void moonsWithoutNoiseLieOnTheirHalfCircles() {
        Dataset d = DatasetKind.MOONS.generate(400, 0, 8);
        boolean[] ends = new boolean[4];
        for (int i = 0; i < d.size(); i++) {
            double x = d.x1(i);
            double y = d.x2(i);
            if (d.label(i) == 0) {
                assertEquals(1, Math.hypot(x, y), 1e-12, "class 0 point " + i);
                assertTrue(y >= 0, "class 0 point below its centre: " + y);
            } else {
                assertEquals(1, Math.hypot(x - 1, y - 0.5), 1e-12, "class 1 point " + i);
                assertTrue(y <= 0.5 + 1e-15, "class 1 point above its centre: " + y);
            }
            // Both arcs run from end to end: (1, 0) and (-1, 0) for class 0, (0, 0.5) and (2, 0.5) for class 1.
            ends[2 * d.label(i) + (x > 0.5 ? 1 : 0)] |= Math.abs(y - (d.label(i) == 0 ? 0 : 0.5)) < 1e-12;
        }
        assertArrayEquals(new boolean[] {true, true, true, true}, ends);
    }

    @Test
    void blobsMatchNumpyAndTheOddPointIsClass0() {
        Dataset d = DatasetKind.BLOBS.generate(201, 1.0, 7);
        assertPoint(d, 0, 1.1383316873350335, 2.288504574116997, 1, 1e-15);
        assertPoint(d, 1, 2.7446417729678254, 2.3139214355639384, 1, 1e-15);
        assertPoint(d, 100, -0.002360884402416552, -1.7826352360753805, 0, 1e-15);
        assertPoint(d, 200, -0.9319381126720181, -2.252837196421465, 0, 1e-15);
        assertSums(d, -8.812769411692646, -13.480964580602103, 100, 1e-12);
    }

    @Test
    void blobsCentreOnTheirCentresWithTheNoiseAsSpread() {
        Dataset still = DatasetKind.BLOBS.generate(50, 0, 1);
        for (int i = 0; i < still.size(); i++) {
            double c = still.label(i) == 0 ? -1.5 : 1.5;
            assertEquals(c, still.x1(i));
            assertEquals(c, still.x2(i));
        }
        Dataset d = DatasetKind.BLOBS.generate(20_000, 0.5, 1);
        double[] sum = new double[2];
        double[] sumSq = new double[2];
        for (int i = 0; i < d.size(); i++) {
            int y = d.label(i);
            sum[y] += d.x1(i);
            sumSq[y] += d.x1(i) * d.x1(i);
        }
        for (int y = 0; y < 2; y++) {
            double mean = sum[y] / 10_000;
            assertEquals(y == 0 ? -1.5 : 1.5, mean, 0.02);
            assertEquals(0.5, Math.sqrt(sumSq[y] / 10_000 - mean * mean), 0.02);
        }
    }

    @Test
    void xorMatchesNumpy() {
        Dataset d = DatasetKind.XOR.generate(201, 0.2, 7);
        assertPoint(d, 0, -2.7920929777963406, 1.379995089755232, 0, 1e-15);
        assertPoint(d, 1, -0.5003524402706698, 1.1014665097714882, 0, 1e-15);
        assertPoint(d, 100, 1.7743731566551115, -2.5946701492734956, 0, 1e-15);
        assertPoint(d, 200, 1.8800619596278467, 0.16550107304907224, 0, 1e-15);
        assertSums(d, 8.120073180987836, -16.13410132047984, 89, 1e-12);
    }

    @Test
    void xorLabelsFollowTheQuadrantsWithoutNoiseAndNoisePushesSomeAcross() {
        Dataset d = DatasetKind.XOR.generate(2000, 0, 6);
        for (int i = 0; i < d.size(); i++) {
            assertEquals(d.x1(i) * d.x2(i) >= 0 ? 1 : 0, d.label(i), "point " + i);
            assertTrue(Math.abs(d.x1(i)) <= 3 && Math.abs(d.x2(i)) <= 3);
        }
        Dataset noisy = DatasetKind.XOR.generate(2000, 0.5, 6);
        int across = 0;
        for (int i = 0; i < noisy.size(); i++) {
            assertEquals(d.label(i), noisy.label(i), "noise changed the label of point " + i);
            across += (noisy.x1(i) * noisy.x2(i) >= 0 ? 1 : 0) != noisy.label(i) ? 1 : 0;
        }
        // A point strays across an axis when its jitter exceeds its distance to that axis: about 13% at 0.5.
        assertTrue(across > 150 && across < 400, across + " of 2000 points strayed across an axis");
    }

    @Test
    void spiralMatchesNumpy() {
        Dataset d = DatasetKind.SPIRAL.generate(201, 0.1, 7);
        assertPoint(d, 0, 0.16905257038003563, -0.04659373705408328, 0, TRIG);
        assertPoint(d, 1, 0.007122717256045025, 0.07554026174058208, 0, TRIG);
        assertPoint(d, 100, -0.16833968436380886, 0.10150149354608902, 1, TRIG);
        assertPoint(d, 200, 3.4388309530151453, 0.45528588594266145, 1, TRIG);
        assertSums(d, -0.7023569613404437, -0.8505488729405499, 101, 1e-10);
    }

    @Test
    void spiralArmsWithoutNoiseWindOutwardHalfATurnApart() {
        Dataset d = DatasetKind.SPIRAL.generate(600, 0, 1);
        for (int i = 0; i < d.size(); i++) {
            double rho = Math.hypot(d.x1(i), d.x2(i));
            double theta = Math.atan2(d.x1(i), d.x2(i));
            // Class 0 sits at angle t and radius t / pi; class 1 at angle t + pi with the same radius.
            double turn = Math.PI * rho + d.label(i) * Math.PI - theta;
            double offset = Math.IEEEremainder(turn, 2 * Math.PI);
            assertEquals(0, rho < 1e-12 ? 0 : offset, 1e-9, "point " + i + " of class " + d.label(i));
            assertTrue(rho < 3.5);
        }
    }

    @Test
    void linspaceComputesAsNumpyDoes() {
        // np.linspace(3.12, 6.24, 7) and np.linspace(0, 2 * np.pi, 5, endpoint=False)
        assertArrayEquals(
                new double[] {3.12, 3.64, 4.16, 4.68, 5.2, 5.720000000000001, 6.24},
                Generators.linspace(3.12, 6.24, 7, true));
        assertArrayEquals(
                new double[] {0.0, 1.2566370614359172, 2.5132741228718345, 3.7699111843077517, 5.026548245743669},
                Generators.linspace(0, 2 * Math.PI, 5, false));
        assertArrayEquals(new double[] {2.0}, Generators.linspace(2, 5, 1, true));
    }

    @Test
    void argsortOrdersByKeyAndKeepsTiesInIndexOrder() {
        double[] key = {3, 1, 2, 1, 0, 3, 2.5};
        assertArrayEquals(new int[] {4, 1, 3, 2, 6, 0, 5}, Generators.argsort(key));
        java.util.Random r = new java.util.Random(1);
        double[] many = new double[10_007];
        for (int i = 0; i < many.length; i++) {
            many[i] = r.nextInt(500);
        }
        int[] idx = Generators.argsort(many);
        for (int i = 1; i < idx.length; i++) {
            assertTrue(many[idx[i - 1]] < many[idx[i]] || many[idx[i - 1]] == many[idx[i]] && idx[i - 1] < idx[i]);
        }
    }

    private static void assertPoint(Dataset d, int i, double x1, double x2, int label, double tolerance) {
        assertEquals(x1, d.x1(i), tolerance, "x1 of point " + i);
        assertEquals(x2, d.x2(i), tolerance, "x2 of point " + i);
        assertEquals(label, d.label(i), "label of point " + i);
    }

    private static void assertSums(Dataset d, double sumX1, double sumX2, int ones, double tolerance) {
        assertEquals(sumX1, Arrays.stream(d.x1()).sum(), tolerance, "sum of x1");
        assertEquals(sumX2, Arrays.stream(d.x2()).sum(), tolerance, "sum of x2");
        assertEquals(ones, d.countOnes(), "points of class 1");
    }
}
