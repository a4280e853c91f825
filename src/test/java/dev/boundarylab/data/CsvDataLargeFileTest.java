package dev.boundarylab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 100 MB file of 3.5 million points writes and reads back whole within the test JVM's 2 GB heap. Speed is not
 * asserted here (no timed unit tests); this run takes a few seconds, most of it in number formatting and parsing.
 */
class CsvDataLargeFileTest {
    private static final int POINTS = 3_500_000;

    @TempDir
    Path dir;

    @Test
    void aHundredMegabyteFileOfThreeAndAHalfMillionPointsReadsBackExactly() throws Exception {
        // Numbers of ten decimals below 1 in size, so a line takes about 29 bytes, as in a typical exported table;
        // a linear congruential sequence makes them quickly.
        double[] a = new double[POINTS];
        double[] b = new double[POINTS];
        int[] y = new int[POINTS];
        long state = 17;
        for (int i = 0; i < POINTS; i++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            a[i] = (state >> 31) / 1e10;
            state = state * 6364136223846793005L + 1442695040888963407L;
            b[i] = (state >> 31) / 1e10;
            y[i] = (int) (state >>> 63);
        }
        Dataset big = new Dataset("big", a, b, y);
        Path file = dir.resolve("big.csv");
        CsvData.write(big, file);
        long bytes = Files.size(file);
        assertTrue(bytes > 95_000_000 && bytes < 115_000_000, "file has " + bytes + " bytes");

        Dataset back = CsvData.read(file);
        assertEquals(POINTS, back.size());
        assertEquals(big.countOnes(), back.countOnes());
        assertEquals(big.x1(POINTS - 1), back.x1(POINTS - 1));
        assertEquals(big, back);
    }
}
