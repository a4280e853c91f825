package dev.boundarylab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.boundarylab.testutil.Golden;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train --classes 3 --dataset arms} end to end: the three-arm spiral drawn as numpy draws it, numpy's
 * trajectory of that network (golden/multiclass/network_k3_tanh_8_full.json, on the same points to 1e-12), the
 * multinomial baseline's C, and both confusion matrices in the report.
 */
class CliTrainClassesTest {
    @TempDir
    Path dir;

    @Test
    void threeArmsTrainEndToEnd() throws Exception {
        Path report = dir.resolve("arms.json");
        Path png = dir.resolve("arms.png");
        Path params = dir.resolve("params.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(
                        "train",
                        "--classes",
                        "3",
                        "--dataset",
                        "arms",
                        "--samples",
                        "300",
                        "--seed",
                        "0",
                        "--layers",
                        "8",
                        "--init-scale",
                        "xavier",
                        "--init-seed",
                        "2",
                        "--learning-rate",
                        "1",
                        "--epochs",
                        "1000",
                        "--report",
                        report.toString(),
                        "--png",
                        png.toString(),
                        "--save-params",
                        params.toString());
        String errors = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, errors);
        JsonObject golden =
                Golden.json("multiclass/network_k3_tanh_8_full.json").getAsJsonObject();
        JsonObject json = JsonParser.parseString(Files.readString(report)).getAsJsonObject();
        assertEquals(3, json.getAsJsonObject("config").get("classes").getAsInt());
        JsonArray layers = json.getAsJsonObject("final").getAsJsonArray("layers");
        assertEquals(3, layers.get(1).getAsJsonObject().getAsJsonArray("W").size(), "3 output rows");
        JsonObject network = json.getAsJsonObject("network");
        assertEquals(
                golden.get("trainAccuracy").getAsDouble(),
                network.get("trainAccuracy").getAsDouble(),
                1e-12);
        JsonArray cost = golden.getAsJsonArray("cost");
        double last = cost.get(cost.size() - 1).getAsJsonObject().get("cost").getAsDouble();
        assertEquals(last, network.get("finalCost").getAsDouble(), 1e-7 * last);
        // The confusion matrix: 100 points of each arm, the diagonal the accuracy.
        for (String model : new String[] {"network", "logistic"}) {
            JsonArray m =
                    json.getAsJsonObject(model).getAsJsonObject("confusion").getAsJsonArray("train");
            int right = 0;
            for (int t = 0; t < 3; t++) {
                int row = 0;
                for (int p = 0; p < 3; p++) {
                    int v = m.get(t).getAsJsonArray().get(p).getAsInt();
                    row += v;
                    right += t == p ? v : 0;
                }
                assertEquals(100, row, model + " arm " + t);
            }
            assertEquals(json.getAsJsonObject(model).get("trainAccuracy").getAsDouble(), right / 300.0, 1e-15);
        }
        JsonObject logistic = json.getAsJsonObject("logistic");
        JsonObject reference = Golden.json("multiclass/logistic.json")
                .getAsJsonObject()
                .getAsJsonArray("fits")
                .get(2)
                .getAsJsonObject();
        assertEquals("arms", reference.get("kind").getAsString());
        assertEquals(reference.get("C").getAsDouble(), logistic.get("C").getAsDouble(), 1e-15);
        assertEquals(3, logistic.getAsJsonArray("coef").size());
        assertEquals(3, logistic.getAsJsonArray("intercept").size());
        // The parameters read back as a 3-class network.
        assertEquals(3, dev.boundarylab.io.ParametersJson.readLayers(params).classes());
        // The figure: drawn, with no note about it.
        assertTrue(Files.exists(png), errors);
        assertTrue(!errors.contains("not written"), errors);
        java.awt.image.BufferedImage figure = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(new dev.boundarylab.render.FigureRenderer(1).figureSize().width, figure.getWidth());
    }
}
