package dev.boundarylab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.boundarylab.testutil.Golden;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The architecture options end to end: {@code train} with layers, activations, features, L2 and mini-batches
 * reproduces numpy_network.py's trajectories (golden files) through the report; parameters go out in the layers
 * form and come back by --init; every bad value gets one line and status 2.
 */
class CliArchitectureTest {
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

    private static List<String> options(JsonObject c) {
        List<String> a = new ArrayList<>();
        StringBuilder layers = new StringBuilder();
        for (var e : c.getAsJsonArray("layers")) {
            layers.append(layers.length() == 0 ? "" : ",").append(e.getAsInt());
        }
        StringBuilder features = new StringBuilder();
        for (var e : c.getAsJsonArray("features")) {
            features.append(features.length() == 0 ? "" : ",").append(e.getAsString());
        }
        a.addAll(List.of("--layers", layers.toString(), "--features", features.toString()));
        a.addAll(List.of("--activation", c.get("activation").getAsString()));
        a.addAll(List.of("--l2", c.get("l2").getAsString()));
        a.addAll(List.of(
                "--batch", c.get("batch").isJsonNull() ? "0" : c.get("batch").getAsString()));
        a.addAll(List.of("--shuffle-seed", c.get("shuffleSeed").getAsString()));
        a.addAll(List.of("--init-scale", c.get("initScale").getAsString()));
        a.addAll(List.of("--init-seed", c.get("initSeed").getAsString()));
        a.addAll(List.of("--learning-rate", c.get("learningRate").getAsString()));
        a.addAll(List.of("--epochs", c.get("epochs").getAsString()));
        return a;
    }

    private static void assertRelative(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-9 * Math.abs(expected), what);
    }

    @Test
    void trainReproducesNumpysTrajectoriesFullBatchAndMiniBatch() throws IOException {
        for (String name : List.of("relu_8_8_full", "tanh_4_quadratic_l2_batch32", "sigmoid_6_5_4_sin_l2_batch64")) {
            JsonObject golden = Golden.json("network_" + name + ".json").getAsJsonObject();
            JsonObject c = golden.getAsJsonObject("config");
            Path report = dir.resolve(name + ".json");
            List<String> args = new ArrayList<>(List.of("train", "--data", CSV, "--report", report.toString()));
            args.addAll(options(c));
            Run r = cli(args.toArray(new String[0]));
            assertEquals(0, r.status(), r.err());
            JsonObject rep = JsonParser.parseString(Files.readString(report)).getAsJsonObject();
            JsonObject config = rep.getAsJsonObject("config");
            assertEquals(c.get("layers"), config.get("layers"), name);
            assertEquals(c.get("features"), config.get("features"), name);
            assertEquals(c.get("activation"), config.get("activation"), name);
            assertEquals(c.get("initScale"), config.get("initScale"), name);
            assertEquals(c.get("l2").getAsDouble(), config.get("l2").getAsDouble(), 0.0, name);
            assertEquals(
                    c.get("shuffleSeed").getAsLong(), config.get("shuffleSeed").getAsLong(), name);
            JsonArray want = golden.getAsJsonArray("cost");
            double last =
                    want.get(want.size() - 1).getAsJsonObject().get("cost").getAsDouble();
            assertRelative(last, rep.getAsJsonObject("network").get("finalCost").getAsDouble(), name + " final J");
            assertEquals(
                    golden.get("trainAccuracy").getAsDouble(),
                    rep.getAsJsonObject("network").get("trainAccuracy").getAsDouble(),
                    1e-12,
                    name);
            JsonArray wantLayers = golden.getAsJsonObject("final").getAsJsonArray("layers");
            JsonArray gotLayers = rep.getAsJsonObject("final").getAsJsonArray("layers");
            assertEquals(wantLayers.size(), gotLayers.size(), name);
            for (int l = 0; l < wantLayers.size(); l++) {
                JsonArray bw = wantLayers.get(l).getAsJsonObject().getAsJsonArray("b");
                JsonArray bg = gotLayers.get(l).getAsJsonObject().getAsJsonArray("b");
                for (int j = 0; j < bw.size(); j++) {
                    assertRelative(bw.get(j).getAsDouble(), bg.get(j).getAsDouble(), name + " b" + (l + 1));
                }
            }
            // The initial parameters are numpy's draw (to the last bits of its logarithm).
            double w0 = golden.getAsJsonObject("initial")
                    .getAsJsonArray("layers")
                    .get(0)
                    .getAsJsonObject()
                    .getAsJsonArray("W")
                    .get(0)
                    .getAsJsonArray()
                    .get(0)
                    .getAsDouble();
            double g0 = rep.getAsJsonObject("initial")
                    .getAsJsonArray("layers")
                    .get(0)
                    .getAsJsonObject()
                    .getAsJsonArray("W")
                    .get(0)
                    .getAsJsonArray()
                    .get(0)
                    .getAsDouble();
            assertEquals(w0, g0, 1e-15 * Math.abs(w0), name + " initial W1[0][0]");
        }
    }

    @Test
    void savedParametersInTheLayersFormComeBackByInit() throws IOException {
        Path params = dir.resolve("p.json");
        Run first = cli(
                "train",
                "--data",
                CSV,
                "--layers",
                "5,3",
                "--activation",
                "relu",
                "--features",
                "x1,x2,x1x2",
                "--epochs",
                "300",
                "--learning-rate",
                "0.3",
                "--save-params",
                params.toString());
        assertEquals(0, first.status(), first.err());
        assertTrue(Files.readString(params).contains("\"layers\""));
        String cost = first.out().replaceAll("(?s).*final cost ([0-9.]+).*", "$1");
        Run again = cli(
                "train",
                "--data",
                CSV,
                "--activation",
                "relu",
                "--features",
                "x1,x2,x1x2",
                "--init",
                params.toString(),
                "--epochs",
                "0");
        assertEquals(0, again.status(), again.err());
        assertTrue(again.out().contains("hidden layers 5,3 of relu on x1,x2,x1x2"), again.out());
        assertTrue(again.out().contains("final cost " + cost), again.out() + " / " + cost);
        Run wrong = cli("train", "--data", CSV, "--init", params.toString(), "--epochs", "0");
        assertEquals(2, wrong.status());
        assertEquals(1, wrong.err().strip().lines().count(), wrong.err());
        assertTrue(wrong.err().contains("the first layer takes 3 inputs"), wrong.err());
    }

    @Test
    void everyBadValueGetsOneLineAndStatus2() {
        String[][] bad = {
            {"--layers", "1,2,3,4,5,6,7"},
            {"--layers", "8,101"},
            {"--layers", "8,,8"},
            {"--layers", "a"},
            {"--activation", "softmax"},
            {"--features", "x1,x3"},
            {"--features", "x1,x1"},
            {"--l2", "-1"},
            {"--l2", "nan"},
            {"--batch", "2.5"},
            {"--batch", "-3"},
            {"--shuffle-seed", "x"},
            {"--shuffle-seed", "-1"},
            {"--init-scale", "big"},
            {"--hidden", "3", "--layers", "3"}
        };
        for (String[] b : bad) {
            List<String> args = new ArrayList<>(List.of("train", "--epochs", "1"));
            args.addAll(List.of(b));
            Run r = cli(args.toArray(new String[0]));
            assertEquals(2, r.status(), String.join(" ", b) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), String.join(" ", b) + ": " + r.err());
            assertTrue(r.err().startsWith("boundary-lab: "), r.err());
        }
        Run help = cli("train", "--help");
        assertTrue(help.out().contains("0 to 6 layers of 1 to 100 units"), help.out());
        assertTrue(help.out().contains("L2 strength, 0 to 1000"), help.out());
    }

    @Test
    void theBaselineOnExpandedFeaturesIsLogisticRegressionCvOnThem() throws IOException {
        JsonObject golden = Golden.json("logistic_features_gaussian_quantiles_200_seed3.json")
                .getAsJsonObject()
                .getAsJsonArray("runs")
                .get(0)
                .getAsJsonObject();
        Path report = dir.resolve("lf.json");
        Run r = cli(
                "train",
                "--data",
                CSV,
                "--epochs",
                "10",
                "--logistic-features",
                "x1,x2,x1sq,x2sq",
                "--report",
                report.toString());
        assertEquals(0, r.status(), r.err());
        JsonObject rep = JsonParser.parseString(Files.readString(report)).getAsJsonObject();
        assertEquals(golden.get("features"), rep.getAsJsonObject("config").get("logisticFeatures"));
        JsonObject logistic = rep.getAsJsonObject("logistic");
        assertEquals(golden.get("C").getAsDouble(), logistic.get("C").getAsDouble(), 0.0);
        assertEquals(golden.get("features"), logistic.get("features"));
        for (int k = 0; k < 4; k++) {
            assertRelative(
                    golden.getAsJsonArray("coef").get(k).getAsDouble(),
                    logistic.getAsJsonArray("coef").get(k).getAsDouble(),
                    "coef " + k);
        }
        assertRelative(
                golden.get("intercept").getAsDouble(), logistic.get("intercept").getAsDouble(), "intercept");
        assertEquals(
                golden.get("accuracy").getAsDouble(),
                logistic.get("trainAccuracy").getAsDouble(),
                1e-12);
        Run same = cli(
                "train", "--data", CSV, "--epochs", "1", "--features", "x1sq,x2sq,x1x2", "--logistic-features", "same");
        assertTrue(same.out().contains("training accuracy 100.0% on x1sq,x2sq,x1x2"), same.out());
        Run bad = cli("train", "--epochs", "1", "--logistic-features", "x1,,x2");
        assertEquals(2, bad.status());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
    }

    @Test
    void noHiddenLayerIsLogisticRegressionByGradientDescentAndASweepSizesEveryLayer() {
        Run none = cli(
                "train",
                "--data",
                CSV,
                "--layers",
                "0",
                "--features",
                "x1sq,x2sq",
                "--learning-rate",
                "1",
                "--epochs",
                "2000");
        assertEquals(0, none.status(), none.err());
        assertTrue(none.out().contains("no hidden layer on x1sq,x2sq"), none.out());
        Run sweep = cli(
                "sweep",
                "--data",
                CSV,
                "--layers",
                "2",
                "--hidden",
                "3,5",
                "--activation",
                "relu",
                "--init-scale",
                "he",
                "--epochs",
                "50");
        assertEquals(0, sweep.status(), sweep.err());
        assertTrue(sweep.out().contains("3 hidden:") && sweep.out().contains("5 hidden:"), sweep.out());
        Run noLayers = cli("sweep", "--layers", "0", "--epochs", "1");
        assertEquals(2, noLayers.status(), noLayers.err());
    }
}
