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
        for (String model : new String[] {"network", "logistic"}) {
            JsonObject m = json.getAsJsonObject(model);
            com.google.gson.JsonArray rows = m.getAsJsonObject("confusion").getAsJsonArray("train");
            assertEquals(2, rows.size(), model);
            int total = 0;
            int right = 0;
            for (int t = 0; t < 2; t++) {
                for (int p = 0; p < 2; p++) {
                    int v = rows.get(t).getAsJsonArray().get(p).getAsInt();
                    total += v;
                    right += t == p ? v : 0;
                }
            }
            assertEquals(200, total, model);
            assertEquals(m.get("trainAccuracy").getAsDouble(), right / 200.0, 1e-15, model);
        }
    }

    @Test
    void parametersOfKOutputRowsAreAKClassNetworkAndTwoRowsAreRefused() throws Exception {
        Path three = Files.writeString(
                dir.resolve("three.json"), "{\"layers\": [{\"W\": [[1, 2], [3, 4], [5, 6]], \"b\": [0, 1, 2]}]}");
        dev.boundarylab.io.ParametersJson.Layers l = dev.boundarylab.io.ParametersJson.readLayers(three);
        assertEquals(3, l.classes());
        assertEquals(
                3, l.toNetwork(dev.boundarylab.model.Architecture.defaults()).classes());
        Path two =
                Files.writeString(dir.resolve("two.json"), "{\"layers\": [{\"W\": [[1, 2], [3, 4]], \"b\": [0, 1]}]}");
        dev.boundarylab.files.FileFormatException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.boundarylab.files.FileFormatException.class,
                () -> dev.boundarylab.io.ParametersJson.readLayers(two));
        assertEquals(
                two + ": the output layer (the last) has 2 units; a two-class network has 1, one of K classes (3 to"
                        + " 8) has K",
                e.getMessage());
        Run r = cli("train", "--data", CSV, "--init", three.toString(), "--epochs", "1");
        assertEquals(2, r.status());
        assertEquals(
                "boundary-lab: " + three + ": the parameters classify into 3 classes but the data has 2\n", r.err());
    }
}
