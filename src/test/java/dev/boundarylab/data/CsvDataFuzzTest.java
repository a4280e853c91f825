package dev.boundarylab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.boundarylab.files.FileFormatException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Feeds thousands of random CSV texts (seeded, so a failure repeats) to the reader, in every form it takes: quoted
 * values and names, CRLF, CR and LF line ends, a byte-order mark, comment and blank lines, comma, semicolon and tab
 * separators, headers of other names and extra columns, labels that are numbers or words. A text written from known
 * points in a random form must read back to exactly those points and class names; a mutated or random text must
 * either give a data set or throw a {@link FileFormatException} whose message names the file and a line of the
 * text, never another exception.
 */
class CsvDataFuzzTest {
    private static final String ALPHABET =
            "0123456789012345.,,,;;\t--+eE  \r\n\n\uFEFFNaIfnityx1x2labelXYclass\"\"#truefalse \u00e9\u0000";

    private static final String[][] LABEL_NAMES = {
        {"0", "1"}, {"-1", "1"}, {"false", "true"}, {"cat", "dog"}, {"no", "yes"}, {"1", "2"}, {"a, b", "c \"d\""}
    };

    private static final String[][] HEADERS = {
        {"x1", "x2", "label"}, {"X1", "X2", "Label"}, {"x", "y", "class"}, {"x", "y", "target"}, {"x1", "x2", "y"}
    };

    @Test
    void textInEveryFormGivesADataSetOrAFormatErrorNamingTheFileAndALine() throws Exception {
        Random random = new Random(20261201L);
        int accepted = 0;
        int refused = 0;
        int roundTrips = 0;
        for (int c = 0; c < 6000; c++) {
            Written w = written(random);
            String text = c % 10 == 0 ? randomText(random) : c % 10 <= 3 ? w.text : mutate(w.text, random);
            Object result;
            try {
                result = CsvData.read(new StringReader(text), "fuzz.csv");
            } catch (FileFormatException e) {
                long lines = text.split("\r\n|\r|\n", -1).length;
                assertTrue(
                        e.getMessage().startsWith("fuzz.csv, line " + e.line() + ": ")
                                && e.line() >= 1
                                && e.line() <= lines + 1,
                        "case " + c + ": " + e.getMessage() + " for a text of " + lines + " lines");
                result = e;
            } catch (Throwable t) {
                throw new AssertionError(
                        "case " + c + " threw " + t + " for " + Arrays.toString(text.toCharArray()), t);
            }
            if (text.equals(w.text)) {
                if (!w.expected.equals(result)) {
                    fail("case " + c + ": wrote " + w.expected + " " + w.expected.labelNames() + ", read " + result
                            + " from\n" + text);
                }
                roundTrips++;
            }
            if (result instanceof Dataset d) {
                assertTrue(
                        d.size() > 0
                                && !d.labelNames().get(0).equals(d.labelNames().get(1)),
                        d.toString());
                accepted++;
            } else {
                refused++;
            }
        }
        // Both outcomes must be well exercised, or the mutations are too gentle or too wild.
        assertTrue(accepted > 2000 && refused > 1000, accepted + " accepted, " + refused + " refused");
        assertTrue(roundTrips >= 1800, roundTrips + " round trips");
    }

    /** A text and the data set it was written from. */
    private record Written(String text, Dataset expected) {}

    /** Random points with both classes, written in a random form the reader must take. */
    private static Written written(Random random) {
        int n = 2 + random.nextInt(5);
        double[] a = new double[n];
        double[] b = new double[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = random.nextBoolean() ? random.nextGaussian() : random.nextInt(7) - 3;
            b[i] = random.nextGaussian() * Math.pow(10, random.nextInt(13) - 6);
            y[i] = i < 2 ? i : random.nextInt(2);
        }
        String[] names = LABEL_NAMES[random.nextInt(LABEL_NAMES.length)];
        String[] header = HEADERS[random.nextInt(HEADERS.length)];
        char delimiter = ",;\t".charAt(random.nextInt(3));
        // The header's columns in a random order, perhaps with an id column that is ignored.
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2));
        if (random.nextBoolean()) {
            order.add(3);
        }
        Collections.shuffle(order, random);
        String[] lineEnds = {"\n", "\r\n", "\r"};
        String end = lineEnds[random.nextInt(3)];
        StringBuilder s = new StringBuilder(random.nextInt(4) == 0 ? "\uFEFF" : "");
        if (random.nextInt(3) == 0) {
            s.append("# points, \"written\"; by hand").append(end);
        }
        List<String> names0 = new ArrayList<>();
        for (int k : order) {
            names0.add(k == 3 ? "id" : header[k]);
        }
        s.append(row(names0, delimiter, random)).append(end);
        for (int i = 0; i < n; i++) {
            List<String> values = new ArrayList<>();
            for (int k : order) {
                values.add(
                        k == 0
                                ? Double.toString(a[i])
                                : k == 1 ? Double.toString(b[i]) : k == 2 ? names[y[i]] : Integer.toString(i));
            }
            s.append(row(values, delimiter, random)).append(end);
            switch (random.nextInt(8)) {
                case 0 -> s.append("# a comment; with \"quotes").append(end);
                case 1 -> s.append(end);
                case 2 -> s.append(" \t ").append(end);
                default -> {}
            }
        }
        return new Written(s.toString(), new Dataset("fuzz.csv", a, b, y, List.of(names)));
    }

    /** Values joined by the delimiter, each quoted when it must be or at random, spaces around some. */
    private static String row(List<String> values, char delimiter, Random random) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < values.size(); k++) {
            String v = values.get(k);
            boolean mustQuote = v.indexOf(',') >= 0 || v.indexOf(';') >= 0 || v.indexOf('"') >= 0;
            String written = mustQuote || random.nextInt(5) == 0 ? '"' + v.replace("\"", "\"\"") + '"' : v;
            String pad = delimiter != '\t' && random.nextInt(6) == 0 ? " " : "";
            s.append(k == 0 ? "" : String.valueOf(delimiter))
                    .append(pad)
                    .append(written)
                    .append(pad);
        }
        return s.toString();
    }

    private static String mutate(String text, Random random) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int k = 0; k < edits && s.length() > 0; k++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(10)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 2 -> s.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 3 -> s.setLength(at);
                case 4 ->
                    s.insert(
                            at,
                            random.nextBoolean()
                                    ? "NaN"
                                    : random.nextBoolean() ? "1e999" : "9".repeat(random.nextInt(1200)));
                case 5 -> s.insert(at, random.nextBoolean() ? "\"" : "\"\"");
                case 6 -> s.insert(at, random.nextBoolean() ? "maybe" : "#");
                case 7 -> {
                    int end = s.indexOf("\n", at);
                    s.insert(end < 0 ? s.length() : end + 1, random.nextBoolean() ? "\n" : "# note\r\n");
                }
                case 8 -> s.insert(at, random.nextBoolean() ? "1,5" : "\r\n");
                default -> {
                    int end = s.indexOf("\n", at);
                    if (end > 0 && end + 1 < s.length()) {
                        s.insert(end + 1, s.substring(s.lastIndexOf("\n", end - 1) + 1, end + 1));
                    }
                }
            }
        }
        return s.toString();
    }

    private static String randomText(Random random) {
        String[] starts = {"", "x1,x2,label\n", "x;y;class\r\n", "\uFEFFx\ty\tlabel\n", "# c\n\"x1\",\"x2\",\"label\"\n"
        };
        StringBuilder s = new StringBuilder(starts[random.nextInt(starts.length)]);
        int length = random.nextInt(200);
        for (int i = 0; i < length; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    @Test
    void theFirstCasesReadBackAsWritten() throws Exception {
        // A check of the check: the round trip above compares what it should.
        Written w = written(new Random(1));
        assertEquals(w.expected, CsvData.read(new StringReader(w.text), "fuzz.csv"));
    }
}
