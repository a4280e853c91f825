package dev.boundarylab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's headline figures, read from the README itself and produced again by the same commands a reader
 * would type (`train` and `sweep --test-fraction 0.3`), so that the README cannot drift from the app.
 */
class ReadmeFiguresTest {
    private static String readme() throws IOException {
        Path file = Path.of("README.md");
        assertTrue(Files.isRegularFile(file), "run from the project folder: " + file.toAbsolutePath());
        // The README wraps its lines; the figures are read from its text as one line.
        return Files.readString(file).replaceAll("\\s+", " ");
    }

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String find(String text, String regex, int group) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "not found: " + regex);
        return m.group(group);
    }

    @Test
    void theSeedsAccuracyAndTheLogisticFigureAreWhatTrainPrints() throws IOException {
        String readme = readme();
        Matcher m = Pattern.compile("\\((\\d+\\.\\d)% training accuracy after (\\d+) epochs with (\\d+) hidden units\\)"
                        + " where cross-validated logistic regression stays at (\\d+\\.\\d)%")
                .matcher(readme);
        assertTrue(m.find(), "the README's headline sentence has changed shape; update this test with it");
        String summary = run("train", "--epochs", m.group(2), "--hidden", m.group(3));
        assertEquals(m.group(1), find(summary, "final cost [0-9.]+, training accuracy (\\d+\\.\\d)%", 1), summary);
        assertEquals(m.group(4), find(summary, "logistic: C = [0-9.]+, training accuracy (\\d+\\.\\d)%", 1), summary);
    }

    @Test
    void theSweepsHeldOutTableIsWhatSweepPrints() throws IOException {
        String readme = readme();
        String sentence = find(readme, "5000 epochs: (1 unit .*?%)\\. ", 1);
        Map<String, String> expected = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(\\d+(?: and \\d+)*) units? (\\d+\\.\\d)% / (\\d+\\.\\d)%")
                .matcher(sentence);
        while (m.find()) {
            for (String size : m.group(1).split(" and ")) {
                expected.put(size, m.group(2) + " / " + m.group(3));
            }
        }
        assertTrue(expected.size() >= 5, "sizes read from the README: " + expected);
        String output = run("sweep", "--test-fraction", "0.3", "--epochs", "5000");
        Map<String, String> actual = new LinkedHashMap<>();
        Matcher line = Pattern.compile("(\\d+) hidden: accuracy +(\\d+\\.\\d)%, test +(\\d+\\.\\d)%")
                .matcher(output);
        while (line.find()) {
            actual.put(line.group(1), line.group(2) + " / " + line.group(3));
        }
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertEquals(e.getValue(), actual.get(e.getKey()), e.getKey() + " hidden units; sweep printed " + output);
        }
    }
}
