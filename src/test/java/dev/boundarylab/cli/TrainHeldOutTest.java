package dev.boundarylab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.boundarylab.data.Dataset;
import dev.boundarylab.io.ParametersJson;
import dev.boundarylab.model.LogisticRegressionCV;
import dev.boundarylab.model.Parameters;
import dev.boundarylab.testutil.Golden;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train --test-fraction} and the pictures inside the network: the report's held-out points, test accuracy
 * and cost, each checked against what
 * the split and the report's own parameters give when computed here, and the baseline fitted on the rest only.
 */
class TrainHeldOutTest {
    @TempDir
    Path dir;

    @Test
    void theReportGivesTheHeldOutPointsAndBothModelsOnThem() throws Exception {
        Path report = dir.resolve("run.json");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(
                        new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("train", "--test-fraction", "0.3", "--epochs", "1500", "--report", report.toString());
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        JsonObject r = JsonParser.parseString(Files.readString(report)).getAsJsonObject();

        Dataset all = Golden.seedData();
        Dataset.Split split = all.split(0.3, 2);
        JsonArray indices = r.getAsJsonArray("testIndices");
        int[] held = new int[indices.size()];
        for (int i = 0; i < held.length; i++) {
            held[i] = indices.get(i).getAsInt();
        }
        assertArrayEquals(split.testIndices(), held);
        assertEquals(60, held.length, "30% of each class of 100: 30 and 30");

        Parameters initial =
                ParametersJson.parse(new StringReader(r.get("initial").toString()), "initial");
        Parameters last = ParametersJson.parse(new StringReader(r.get("final").toString()), "final");
        JsonObject network = r.getAsJsonObject("network");
        assertEquals(last.accuracy(split.test()), network.get("testAccuracy").getAsDouble(), 0);
        assertEquals(last.cost(split.test()), network.get("testCost").getAsDouble(), 1e-12);
        assertEquals(last.accuracy(split.train()), network.get("trainAccuracy").getAsDouble(), 0);
        JsonArray cost = r.getAsJsonArray("cost");
        JsonObject first = cost.get(0).getAsJsonObject();
        assertEquals(0, first.get("epoch").getAsLong());
        assertEquals(initial.cost(split.test()), first.get("testCost").getAsDouble(), 1e-12);
        JsonObject end = cost.get(cost.size() - 1).getAsJsonObject();
        assertEquals(1500, end.get("epoch").getAsLong());
        assertEquals(network.get("testCost").getAsDouble(), end.get("testCost").getAsDouble(), 1e-12);
        for (int i = 0; i < cost.size(); i++) {
            assertTrue(
                    Double.isFinite(
                            cost.get(i).getAsJsonObject().get("testCost").getAsDouble()),
                    "entry " + i);
        }

        // The baseline never saw the held-out points: its C and fit are those of the training points alone.
        LogisticRegressionCV.Result onTrain = LogisticRegressionCV.fit(split.train());
        JsonObject logistic = r.getAsJsonObject("logistic");
        assertEquals(onTrain.C(), logistic.get("C").getAsDouble(), 0);
        assertEquals(
                onTrain.model().accuracy(split.test()),
                logistic.get("testAccuracy").getAsDouble(),
                0);
    }

    @Test
    void theNetworksDiagramAndItsUnitsExportAsPictures() throws Exception {
        Path net = dir.resolve("net.png");
        Path units = dir.resolve("units.png");
        int status = new Cli(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()))
                .run(
                        "train",
                        "--epochs",
                        "300",
                        "--scale",
                        "2",
                        "--png-network",
                        net.toString(),
                        "--png-units",
                        units.toString());
        assertEquals(0, status);
        java.awt.image.BufferedImage diagram = javax.imageio.ImageIO.read(net.toFile());
        java.awt.image.BufferedImage gallery = javax.imageio.ImageIO.read(units.toFile());
        dev.boundarylab.render.FigureRenderer r = new dev.boundarylab.render.FigureRenderer(2);
        assertEquals(r.pixels(dev.boundarylab.render.FigureRenderer.CHART_WIDTH), diagram.getWidth());
        // Four hidden units and the output: five panels, four a row.
        assertEquals(r.gridSize(5, 4), new java.awt.Dimension(gallery.getWidth(), gallery.getHeight()));
    }
}
