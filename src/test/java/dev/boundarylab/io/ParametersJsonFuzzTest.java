package dev.boundarylab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import dev.boundarylab.files.FileFormatException;
import dev.boundarylab.model.Parameters;
import java.io.StringReader;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Feeds thousands of random and mutated parameter texts (seeded, so a failure repeats) to the reader: it must only
 * ever return parameters or throw {@link FileFormatException} with one short line naming the source.
 */
class ParametersJsonFuzzTest {
    private static final String ALPHABET = "{}[]\",:0123456789.-+eE WbW1b1W2b2finalNaNInfinitytruenull\n\t\\u\u00e9";
    private static final String[] SWAPS = {
        "\"1\"",
        "NaN",
        "-Infinity",
        "1e999",
        "-1e400",
        "null",
        "true",
        "[]",
        "[[1]]",
        "{}",
        "\"x\"",
        "1" + "0".repeat(400),
        "0x10",
        "1.",
        ".5",
        "--1"
    };

    @Test
    void randomAndMutatedJsonGivesParametersOrOneLineSayingWhy() {
        Random random = new Random(20261129L);
        int accepted = 0;
        int refused = 0;
        for (int c = 0; c < 4000; c++) {
            String text = c % 10 == 0 ? randomText(random) : mutate(validText(random), random);
            Parameters p;
            try {
                p = ParametersJson.parse(new StringReader(text), "fuzz.json");
            } catch (FileFormatException e) {
                String m = e.getMessage();
                assertTrue(m.startsWith("fuzz.json: "), m);
                assertTrue(m.length() < 400 && m.indexOf('\n') < 0, "case " + c + ": one short line, got " + m);
                refused++;
                continue;
            } catch (Throwable t) {
                throw new AssertionError("case " + c + " threw " + t + " for\n" + text, t);
            }
            assertTrue(p.hidden() >= 1);
            accepted++;
        }
        // Both outcomes must be well exercised, or the mutations are too gentle or too wild.
        assertTrue(accepted > 300 && refused > 2000, accepted + " accepted, " + refused + " refused");
    }

    @Test
    void unmutatedTextReadsBackTheSameParameters() throws Exception {
        Random random = new Random(5);
        for (int c = 0; c < 200; c++) {
            Parameters p = randomParameters(random);
            String text = new Gson().toJson(ParametersJson.toJson(p));
            assertEquals(p, ParametersJson.parse(new StringReader(text), "ok.json"));
            JsonObject report = new JsonObject();
            report.add("final", ParametersJson.toJson(p));
            assertEquals(p, ParametersJson.parse(new StringReader(report.toString()), "report.json"));
        }
    }

    @Test
    void numpysShapesAreReadAndInconsistentShapesAreRefusedSayingWhich() throws Exception {
        String numpy = "{\"W1\": [[1, 2], [3, 4]], \"b1\": [[0.5], [-0.5]], \"W2\": [[1, -1]], \"b2\": [[0.25]]}";
        Parameters p = ParametersJson.parse(new StringReader(numpy), "np.json");
        assertEquals(
                new Parameters(new double[][] {{1, 2}, {3, 4}}, new double[] {0.5, -0.5}, new double[] {1, -1}, 0.25),
                p);
        assertEquals(
                "bad.json: shapes disagree: W1 has 2 rows, b1 has 3 values, W2 has 2; all must equal the number"
                        + " of hidden units",
                refusal("{\"W1\": [[1, 2], [3, 4]], \"b1\": [0, 0, 0], \"W2\": [1, 1], \"b2\": 0}"));
        assertEquals(
                "bad.json: W1 row 1 has 3 values; it needs 2",
                refusal("{\"W1\": [[1, 2], [3, 4, 5]], \"b1\": [0, 0], \"W2\": [1, 1], \"b2\": 0}"));
        assertEquals(
                "bad.json: b2 is the text \"0.5\", not a number",
                refusal("{\"W1\": [[1, 2]], \"b1\": [0], \"W2\": [1], \"b2\": \"0.5\"}"));
        assertEquals(
                "bad.json: W2[0] is Infinity, not a finite number",
                refusal("{\"W1\": [[1, 2]], \"b1\": [0], \"W2\": [1e999], \"b2\": 0}"));
        String truncated = "{\"W1\": [[1, 2]], \"b1\": [0], \"W2\": [1], \"b2\"";
        assertTrue(refusal(truncated).startsWith("bad.json: not valid JSON ("), refusal(truncated));
    }

    private static String refusal(String text) {
        try {
            ParametersJson.parse(new StringReader(text), "bad.json");
        } catch (FileFormatException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted " + text);
    }

    @Test
    void deepNestingAndHugeValuesGetAShortMessage() {
        String deep = "{\"W1\": [[1, 2]], \"b1\": [0], \"W2\": [1], \"b2\": " + "[".repeat(100_000) + "1"
                + "]".repeat(100_000) + "}";
        assertRefused(deep);
        String wide =
                "{\"W1\": [[1, 2]], \"b1\": [0], \"W2\": [1], \"b2\": {\"a\": \"" + "x".repeat(1_000_000) + "\"}}";
        assertRefused(wide);
        String nested =
                "{\"W1\": [[1, 2]], \"b1\": [0], \"W2\": [1], \"b2\": " + "[".repeat(200) + "1" + "]".repeat(200) + "}";
        assertRefused(nested);
    }

    private static void assertRefused(String text) {
        try {
            ParametersJson.parse(new StringReader(text), "big.json");
            throw new AssertionError("accepted " + text.substring(0, 100));
        } catch (FileFormatException e) {
            assertTrue(e.getMessage().startsWith("big.json: ") && e.getMessage().length() < 400, e.getMessage());
        }
    }

    private static Parameters randomParameters(Random random) {
        int h = 1 + random.nextInt(5);
        double[][] w1 = new double[h][2];
        double[] b1 = new double[h];
        double[] w2 = new double[h];
        for (int j = 0; j < h; j++) {
            w1[j][0] = random.nextGaussian();
            w1[j][1] = random.nextGaussian() * Math.pow(10, random.nextInt(20) - 10);
            b1[j] = random.nextInt(3) - 1;
            w2[j] = random.nextGaussian();
        }
        return new Parameters(w1, b1, w2, random.nextGaussian());
    }

    private static String validText(Random random) {
        JsonObject o = ParametersJson.toJson(randomParameters(random));
        String text = random.nextBoolean() ? o.toString() : Json.GSON.toJson(o);
        return random.nextInt(4) == 0 ? "{\"config\": {}, \"final\": " + text + "}" : text;
    }

    private static String mutate(String text, Random random) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int k = 0; k < edits && s.length() > 0; k++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(9)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 2 -> s.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 3 -> s.setLength(at);
                case 4 -> swapNumber(s, random);
                case 5 -> nest(s, random);
                case 6 -> dropElement(s, random);
                case 7 -> s.insert(at, "[".repeat(1 + random.nextInt(300)));
                default -> duplicateElement(s, random);
            }
        }
        return s.toString();
    }

    /** Replaces one number with a string, NaN, an overflowing or malformed numeral, null or a container. */
    private static void swapNumber(StringBuilder s, Random random) {
        int start = findNumber(s, random);
        if (start < 0) {
            return;
        }
        int end = start;
        while (end < s.length() && "0123456789.eE+-".indexOf(s.charAt(end)) >= 0) {
            end++;
        }
        s.replace(start, end, SWAPS[random.nextInt(SWAPS.length)]);
    }

    /** Wraps one number in one to three more levels of brackets. */
    private static void nest(StringBuilder s, Random random) {
        int start = findNumber(s, random);
        if (start < 0) {
            return;
        }
        int end = start;
        while (end < s.length() && "0123456789.eE+-".indexOf(s.charAt(end)) >= 0) {
            end++;
        }
        int depth = 1 + random.nextInt(3);
        s.insert(end, "]".repeat(depth));
        s.insert(start, "[".repeat(depth));
    }

    /** Removes one number and the comma before it, changing a vector's length. */
    private static void dropElement(StringBuilder s, Random random) {
        int start = findNumber(s, random);
        if (start < 1 || s.charAt(start - 1) == ':') {
            return;
        }
        int end = start;
        while (end < s.length() && "0123456789.eE+-".indexOf(s.charAt(end)) >= 0) {
            end++;
        }
        int from = start;
        while (from > 0 && (s.charAt(from - 1) == ' ' || s.charAt(from - 1) == '\n')) {
            from--;
        }
        if (from > 0 && s.charAt(from - 1) == ',') {
            from--;
        }
        s.delete(from, end);
    }

    /** Repeats one number, lengthening a vector or a row. */
    private static void duplicateElement(StringBuilder s, Random random) {
        int start = findNumber(s, random);
        if (start < 0) {
            return;
        }
        int end = start;
        while (end < s.length() && "0123456789.eE+-".indexOf(s.charAt(end)) >= 0) {
            end++;
        }
        s.insert(end, ", " + s.substring(start, end));
    }

    private static int findNumber(StringBuilder s, Random random) {
        for (int tries = 0; tries < 20; tries++) {
            int at = random.nextInt(s.length());
            char ch = s.charAt(at);
            if ((ch >= '0' && ch <= '9') || ch == '-') {
                while (at > 0 && "0123456789.eE+-".indexOf(s.charAt(at - 1)) >= 0) {
                    at--;
                }
                return at;
            }
        }
        return -1;
    }

    private static String randomText(Random random) {
        int n = random.nextInt(80);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
