package dev.boundarylab.data;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.boundarylab.files.FileFormatException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Feeds thousands of random and mutated CSV texts (seeded, so a failure repeats) to the reader. It must only ever
 * return a data set or throw {@link FileFormatException}, and must agree with a slow, obvious reference reader
 * written here from the format's description: the same points when both accept, the same line when both refuse.
 */
class CsvDataFuzzTest {
    private static final String ALPHABET = "0123456789012345.,,,--+eE  \t\r\n\n\uFEFFNaIfnityx1x2label\"; \u00e9\u0000";
    private static final Pattern NUMERAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    @Test
    void randomAndMutatedTextGivesADataSetOrAFormatErrorAndAgreesWithTheReferenceReader() throws Exception {
        Random random = new Random(20261128L);
        int accepted = 0;
        int refused = 0;
        for (int c = 0; c < 5000; c++) {
            String text = c % 10 == 0 ? randomText(random) : mutate(validText(random), random);
            Object expected = reference(text);
            Object actual;
            try {
                actual = CsvData.read(new StringReader(text), "fuzz.csv");
            } catch (FileFormatException e) {
                assertTrue(e.getMessage().startsWith("fuzz.csv, line " + e.line() + ": "), e.getMessage());
                actual = e.line();
            } catch (Throwable t) {
                throw new AssertionError(
                        "case " + c + " threw " + t + " for " + Arrays.toString(text.toCharArray()), t);
            }
            if (!expected.equals(actual)) {
                fail("case " + c + ": reference " + expected + ", reader " + actual + " for text\n" + text);
            }
            if (actual instanceof Dataset) {
                accepted++;
            } else {
                refused++;
            }
        }
        // Both outcomes must be well exercised, or the mutations are too gentle or too wild.
        assertTrue(accepted > 1000 && refused > 1000, accepted + " accepted, " + refused + " refused");
    }

    private static String validText(Random random) throws Exception {
        int n = 1 + random.nextInt(6);
        double[] a = new double[n];
        double[] b = new double[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = random.nextBoolean() ? random.nextGaussian() : random.nextInt(7) - 3;
            b[i] = random.nextGaussian() * Math.pow(10, random.nextInt(13) - 6);
            y[i] = random.nextInt(2);
        }
        StringWriter out = new StringWriter();
        CsvData.write(new Dataset("v", a, b, y), out);
        String text = out.toString();
        return random.nextInt(4) == 0 ? text.replace("\n", "\r\n") : text;
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
                // Harmless edits, which the reader must take in its stride: spaces beside a comma or a line end,
                // a blank line, a different line end.
                case 5, 6 -> {
                    int comma = s.indexOf(",", at);
                    s.insert(comma < 0 ? s.length() : comma + random.nextInt(2), random.nextBoolean() ? " " : "\t");
                }
                case 7 -> {
                    int end = s.indexOf("\n", at);
                    s.insert(end < 0 ? s.length() : end + 1, random.nextBoolean() ? "\n" : " \t\r\n");
                }
                case 8 -> {
                    int end = s.indexOf("\n", at);
                    if (end >= 0 && (end == 0 || s.charAt(end - 1) != '\r')) {
                        s.insert(end, '\r');
                    }
                }
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
        StringBuilder s = new StringBuilder(random.nextBoolean() ? "x1,x2,label\n" : "");
        int length = random.nextInt(200);
        for (int i = 0; i < length; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** The format, read the slow and obvious way: a Dataset, or the number of the line a fault is on. */
    private static Object reference(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        if (text.endsWith("\n") || text.endsWith("\r")) {
            lines = Arrays.copyOf(lines, lines.length - 1);
        }
        if (lines.length > 0 && lines[0].startsWith("\uFEFF") && !text.isEmpty()) {
            lines[0] = lines[0].substring(1);
        }
        boolean header = false;
        int headerLine = 0;
        double[] a = new double[lines.length];
        double[] b = new double[lines.length];
        int[] y = new int[lines.length];
        int n = 0;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            // The byte-order mark counts toward the first line's length, as the reader meets it before removing it.
            int rawLength = lines[i].length() + (i == 0 && text.startsWith("\uFEFF") ? 1 : 0);
            if (rawLength > CsvData.MAX_LINE_LENGTH) {
                return (long) lineNo;
            }
            String line = lines[i];
            if (line.chars().allMatch(ch -> ch == ' ' || ch == '\t')) {
                continue;
            }
            String[] f = line.split(",", -1);
            for (int k = 0; k < f.length; k++) {
                f[k] = f[k].replaceAll("^[ \t]+|[ \t]+$", "");
            }
            if (!header) {
                if (f.length != 3
                        || !f[0].equalsIgnoreCase("x1")
                        || !f[1].equalsIgnoreCase("x2")
                        || !f[2].equalsIgnoreCase("label")) {
                    return (long) lineNo;
                }
                header = true;
                headerLine = lineNo;
                continue;
            }
            if (f.length != 3
                    || !NUMERAL.matcher(f[0]).matches()
                    || !NUMERAL.matcher(f[1]).matches()
                    || !NUMERAL.matcher(f[2]).matches()) {
                return (long) lineNo;
            }
            double v0 = Double.parseDouble(f[0]);
            double v1 = Double.parseDouble(f[1]);
            double v2 = Double.parseDouble(f[2]);
            if (Double.isInfinite(v0) || Double.isInfinite(v1) || (v2 != 0 && v2 != 1)) {
                return (long) lineNo;
            }
            a[n] = v0;
            b[n] = v1;
            y[n] = (int) v2;
            n++;
        }
        if (!header) {
            return 1L;
        }
        if (n == 0) {
            return (long) headerLine + 1;
        }
        return new Dataset("fuzz.csv", Arrays.copyOf(a, n), Arrays.copyOf(b, n), Arrays.copyOf(y, n));
    }
}
