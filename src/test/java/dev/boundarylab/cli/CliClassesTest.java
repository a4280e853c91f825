package dev.boundarylab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --classes K} on the command line: its range, the data sets that draw K classes, a file's own K. */
class CliClassesTest {
    private static final String CSV = "src/test/resources/golden/gaussian_quantiles_200_seed3.csv";

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {}

    private static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aNumberOfClassesOutOfRangeOrForATwoClassDataSetIsOneLine() {
        Run r = cli("train", "--classes", "9", "--epochs", "1");
        assertEquals(2, r.status());
        assertEquals("boundary-lab: --classes must be a whole number from 2 to 8, got 9\n", r.err());
        r = cli("train", "--classes", "3", "--dataset", "moons", "--epochs", "1");
        assertEquals(2, r.status());
        assertEquals(
                "boundary-lab: the moons data set has 2 classes; 3 classes are drawn by gaussian-quantiles, blobs, "
                        + "arms\n",
                r.err());
        r = cli("train", "--classes", "3", "--data", CSV, "--epochs", "1");
        assertEquals(2, r.status());
        assertEquals(
                "boundary-lab: --classes 3 but " + CSV + " has 2 classes (its labels 0, 1); a data file's classes are "
                        + "its labels\n",
                r.err());
    }

    @Test
    void theReportSaysHowManyClasses() throws Exception {
        Path report = dir.resolve("r.json");
        Run r = cli("train", "--data", CSV, "--classes", "2", "--epochs", "3", "--report", report.toString());
        assertEquals(0, r.status(), r.err());
        JsonObject json = JsonParser.parseString(Files.readString(report)).getAsJsonObject();
        assertEquals(2, json.getAsJsonObject("config").get("classes").getAsInt());
    }
}
