package dev.boundarylab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A CSV file of K classes: its K distinct labels in sorted order (numbers by value), K read from the file. */
class CsvClassesTest {
    private static Dataset read(String text) throws Exception {
        return CsvData.read(new StringReader(text), "k.csv");
    }

    @Test
    void labels0ToKMinus1AreTheirOwnClasses() throws Exception {
        Dataset d = read("x1,x2,label\n1,2,2\n3,4,0\n5,6,1\n7,8,2.0\n");
        assertEquals(3, d.classes());
        assertArrayEquals(new int[] {2, 0, 1, 2}, d.labels());
        assertEquals(List.of("0", "1", "2"), d.labelNames());
    }

    @Test
    void numbersSortByValueAndWordsAsText() throws Exception {
        Dataset n = read("x1,x2,label\n1,2,10\n3,4,2\n5,6,-1\n7,8,2e0\n");
        assertEquals(List.of("-1", "2", "10"), n.labelNames());
        assertArrayEquals(new int[] {2, 1, 0, 1}, n.labels());
        Dataset w = read("x,y,class\n1,2,emu\n3,4,cat\n5,6,dog\n7,8,cat\n");
        assertEquals(List.of("cat", "dog", "emu"), w.labelNames());
        assertArrayEquals(new int[] {2, 0, 1, 0}, w.labels());
        // A comment marker inside a row is part of the label, not a comment: three labels.
        Dataset c = read("x1,x2,label\n1,2,0 # the first\n3,4,1\n5,6,0\n");
        assertEquals(List.of("0", "0 # the first", "1"), c.labelNames());
        assertArrayEquals(new int[] {1, 2, 0}, c.labels());
    }

    @Test
    void eightLabelsAreEightClassesAndReadBackAfterWriting() throws Exception {
        StringBuilder text = new StringBuilder("x1,x2,label\n");
        for (int k = 7; k >= 0; k--) {
            text.append(k).append(",0.5,").append((char) ('a' + k)).append('\n');
        }
        Dataset d = read(text.toString());
        assertEquals(8, d.classes());
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h"), d.labelNames());
        assertArrayEquals(new int[] {7, 6, 5, 4, 3, 2, 1, 0}, d.labels());
        StringWriter out = new StringWriter();
        CsvData.write(d, out);
        assertEquals(d, read(out.toString()));
        // Names that would not read back as the same classes are written as the classes' numbers.
        Dataset odd =
                new Dataset("odd", new double[] {0, 1, 2}, new double[3], new int[] {0, 1, 2}, List.of("z", "y", "x"));
        out = new StringWriter();
        CsvData.write(odd, out);
        assertEquals("x1,x2,label\n0.0,0.0,0\n1.0,0.0,1\n2.0,0.0,2\n", out.toString());
    }
}
