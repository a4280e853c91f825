package dev.boundarylab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.boundarylab.io.SessionJson;
import dev.boundarylab.model.Network;
import dev.boundarylab.train.RunState;
import dev.boundarylab.train.Session;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train --save-session} and {@code train --session}: 2,000 epochs and then 3,000 more from the file give the
 * parameters and cost history of 5,000 in one go, bit for bit; a bad session file gets one line and exit status 2.
 */
class CliSessionTest {
    private static final String[] LAYERED = {
        "--layers", "8,8", "--activation", "relu", "--batch", "32", "--l2", "0.01", "--learning-rate", "0.1"
    };

    @TempDir
    Path dir;

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private int run(String... args) {
        outBytes.reset();
        errBytes.reset();
        PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        return new Cli(out, err).run(args);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    private static String[] with(String[] a, String... b) {
        List<String> all = new ArrayList<>(Arrays.asList(a));
        all.addAll(Arrays.asList(b));
        return all.toArray(String[]::new);
    }

    @Test
    void theSeedsRunIn2000Then3000EpochsIsTheRunOf5000BitForBit() throws Exception {
        assertTwoPartsEqualOne(new String[0]);
    }

    @Test
    void miniBatchesOfTwoReluLayersIn2000Then3000EpochsAreTheRunOf5000BitForBit() throws Exception {
        assertTwoPartsEqualOne(LAYERED);
    }

    @Test
    void heldOutPointsAndTheBaselinesFeaturesComeBackFromTheSession() throws Exception {
        assertTwoPartsEqualOne(new String[] {"--test-fraction", "0.3", "--logistic-features", "x1,x2,x1sq,x2sq"});
        Session s = SessionJson.read(dir.resolve("two.json"));
        assertEquals(0.3, s.testFraction());
        assertEquals("[X1, X2, X1SQ, X2SQ]", s.logisticFeatures().toString());
    }

    @Test
    void pointsReadFromACsvFileAreSavedInTheSessionWithTheirClassNames() throws Exception {
        Path csv = dir.resolve("points.csv");
        StringBuilder text = new StringBuilder("x1,x2,label\n");
        java.util.Random r = new java.util.Random(5);
        for (int i = 0; i < 60; i++) {
            double a = r.nextGaussian();
            double b = r.nextGaussian();
            text.append(a)
                    .append(',')
                    .append(b)
                    .append(',')
                    .append(a * a + b * b < 1 ? "inner" : "outer")
                    .append('\n');
        }
        Files.writeString(csv, text);
        assertTwoPartsEqualOne(new String[] {"--data", csv.toString(), "--hidden", "3"});
        Session s = SessionJson.read(dir.resolve("two.json"));
        assertFalse(s.data().generated());
        assertEquals(60, s.data().points().size());
        assertEquals(List.of("inner", "outer"), s.data().points().labelNames());
        // The file may change or go: the session holds the points themselves.
        Files.delete(csv);
        assertEquals(0, run("train", "--session", dir.resolve("two.json").toString(), "--epochs", "10"), err());
    }

    @Test
    void aDivergedRunStaysDivergedWithItsOwnMessage() throws Exception {
        Path d = dir.resolve("diverged.json");
        assertEquals(3, run("train", "--learning-rate", "1000", "--epochs", "5000", "--save-session", d.toString()));
        String line = err();
        assertTrue(line.contains("diverged at epoch "), line);
        RunState saved = SessionJson.read(d).run();
        assertTrue(saved.diverged());
        assertEquals(3, run("train", "--session", d.toString(), "--epochs", "100", "--save-session", d.toString()));
        assertEquals(line, err(), "the same line, the same epoch");
        assertEquals(saved.epoch(), SessionJson.read(d).run().epoch(), "no epoch trained");
    }

    /** Runs 5000 epochs with {@code options}, and 2000 then 3000 from the session; compares everything. */
    private void assertTwoPartsEqualOne(String[] options) throws Exception {
        Path one = dir.resolve("one.json");
        Path first = dir.resolve("first.json");
        Path two = dir.resolve("two.json");
        String[] base = with(new String[] {"train"}, options);
        assertEquals(
                0,
                run(with(
                        base,
                        "--epochs",
                        "5000",
                        "--save-session",
                        one.toString(),
                        "--report",
                        dir.resolve("one-report.json").toString())),
                err());
        assertEquals(0, run(with(base, "--epochs", "2000", "--save-session", first.toString())), err());
        assertEquals(
                0,
                run(
                        "train",
                        "--session",
                        first.toString(),
                        "--epochs",
                        "3000",
                        "--save-session",
                        two.toString(),
                        "--report",
                        dir.resolve("two-report.json").toString()),
                err());
        RunState a = SessionJson.read(one).run();
        RunState b = SessionJson.read(two).run();
        assertEquals(5000, b.epoch());
        assertSameNetwork(a.initial(), b.initial());
        assertSameNetwork(a.current(), b.current());
        assertArrayEquals(a.history().epochs(), b.history().epochs());
        assertArrayEquals(a.history().costs(), b.history().costs(), 0);
        assertEquals(a.historyStride(), b.historyStride());
        assertEquals(a.spikes(), b.spikes());
        // The files say the same, digit for digit, but for the learning rate's and the epochs' own lines.
        JsonObject ja = JsonParser.parseString(Files.readString(one)).getAsJsonObject();
        JsonObject jb = JsonParser.parseString(Files.readString(two)).getAsJsonObject();
        assertEquals(ja, jb);
        // The reports' costs at the listed epochs and the final accuracy are the same numbers.
        JsonObject ra = JsonParser.parseString(Files.readString(dir.resolve("one-report.json")))
                .getAsJsonObject();
        JsonObject rb = JsonParser.parseString(Files.readString(dir.resolve("two-report.json")))
                .getAsJsonObject();
        assertEquals(ra.get("final"), rb.get("final"));
        assertEquals(ra.get("costs"), rb.get("costs"));
    }

    private static void assertSameNetwork(Network a, Network b) {
        assertEquals(a.architecture(), b.architecture());
        for (int l = 0; l < a.depth(); l++) {
            for (int j = 0; j < a.weights(l).length; j++) {
                assertArrayEquals(a.weights(l)[j], b.weights(l)[j], 0);
            }
            assertArrayEquals(a.biases(l), b.biases(l), 0);
        }
    }

    @Test
    void aBadSessionFileGetsOneLineAndStatus2AndNothingIsWritten() throws Exception {
        Path good = dir.resolve("good.json");
        assertEquals(
                0,
                run(with(with(new String[] {"train"}, LAYERED), "--epochs", "20", "--save-session", good.toString())),
                err());
        JsonObject o = JsonParser.parseString(Files.readString(good)).getAsJsonObject();

        assertRefused(
                "{\"format\": \"boundary-lab session\", \"version\": 1, \"data\": [1,", "bad.json: not valid JSON (");
        JsonObject v2 = o.deepCopy();
        v2.addProperty("version", 2);
        assertRefused(v2.toString(), "v.json: a session file of version 2; this Boundary Lab reads version 1");
        assertRefused(
                "{\"W1\": [[1, 2]], \"b1\": [0], \"W2\": [1], \"b2\": 0}", "p.json: not a Boundary Lab session file");
        JsonObject layers = o.deepCopy();
        layers.getAsJsonObject("architecture").addProperty("layers", "8");
        assertRefused(
                layers.toString(),
                "l.json: the initial parameters have hidden layers [8, 8] but the" + " architecture says 8");
        JsonObject shapes = o.deepCopy();
        JsonArray rows = shapes.getAsJsonObject("current")
                .getAsJsonArray("layers")
                .get(1)
                .getAsJsonObject()
                .getAsJsonArray("W");
        rows.remove(0);
        assertRefused(shapes.toString(), "s.json: current parameters: layer 2: W has 7 rows and b 8 values");
        JsonObject features = o.deepCopy();
        features.getAsJsonObject("architecture").addProperty("features", "x1,x2,x1sq");
        assertRefused(
                features.toString(),
                "f.json: the initial parameters do not fit the architecture: the first"
                        + " layer takes 2 inputs but the features x1,x2,x1sq are 3");
        JsonObject epoch = o.deepCopy();
        epoch.addProperty("epoch", 5);
        assertRefused(
                epoch.toString(), "e.json: the cost history must run from epoch 0 to at most the run's" + " epoch, 5");
        JsonObject rate = o.deepCopy();
        rate.addProperty("learningRate", 5000);
        assertRefused(rate.toString(), "r.json: learning rate must be from 0.0001 to 1000, got 5000");

        Path out = dir.resolve("never.json");
        assertEquals(2, run("train", "--session", good.toString(), "--layers", "4", "--save-session", out.toString()));
        assertEquals(
                "boundary-lab: --layers cannot be given with --session, whose file gives the data and the"
                        + " network; with it give --epochs, --learning-rate and the outputs\n",
                err());
        assertEquals(2, run("train", "--session", dir.resolve("missing.json").toString()));
        assertTrue(err().endsWith("missing.json: no such file\n"), err());
        assertFalse(Files.exists(out));
    }

    private void assertRefused(String text, String message) throws Exception {
        String name = message.substring(0, message.indexOf(':'));
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        Path out = dir.resolve("out-" + name);
        assertEquals(
                2,
                run(
                        "train",
                        "--session",
                        f.toString(),
                        "--epochs",
                        "10",
                        "--save-session",
                        out.toString(),
                        "--save-params",
                        dir.resolve("p-" + name).toString()),
                err());
        String e = err();
        assertTrue(e.startsWith("boundary-lab: " + f + ": " + message.substring(name.length() + 2)), e);
        assertEquals(1, e.lines().count(), e);
        assertFalse(Files.exists(out), "nothing written");
        assertFalse(Files.exists(dir.resolve("p-" + name)), "nothing written");
    }
}
