package dev.boundarylab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.boundarylab.data.CsvData;
import dev.boundarylab.data.Dataset;
import dev.boundarylab.io.ParametersJson;
import dev.boundarylab.model.Classifier;
import dev.boundarylab.model.Parameters;
import dev.boundarylab.render.BoundaryPanelRenderer;
import dev.boundarylab.render.ColorMap;
import dev.boundarylab.render.FigureRenderer;
import dev.boundarylab.render.Viewport;
import dev.boundarylab.testutil.Golden;
import dev.boundarylab.train.Baseline;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code train --png/--save-costs/--save-data/--save-params} as a user runs them, with no display: the files are
 * decoded and read back, and checked against the golden numpy run and against the models they claim to show.
 */
class TrainExportsTest {
    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).collect(Collectors.toList());
        }
    }

    private static Run cli(Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] a = Stream.of(args).map(Object::toString).toArray(String[]::new);
        int status = new Cli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(a);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run ok(Object... args) {
        Run r = cli(args);
        assertEquals(Cli.OK, r.status(), "exit status; stderr: " + r.err());
        return r;
    }

    // ---------------------------------------------------------------- the figure

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void theFigureHasTheRenderersSizeAtEachScaleAndShowsEachModelsFieldWithNoDisplay(int scale) throws Exception {
        assertTrue(GraphicsEnvironment.isHeadless(), "the test runs as on a server: no display");
        Path png = dir.resolve("figure.png");
        Path params = dir.resolve("final.json");
        Path data = dir.resolve("points.csv");
        ok("train", "--png", png, "--scale", scale, "--save-params", params, "--save-data", data);
        BufferedImage img = ImageIO.read(png.toFile());
        assertNotNull(img, "ImageIO decodes " + png);
        Dimension expected = new FigureRenderer(scale).figureSize();
        assertEquals(expected.width, img.getWidth());
        assertEquals(expected.height, img.getHeight());
        assertEquals(920 * scale, img.getWidth(), "two 460-unit panels");

        Dataset points = CsvData.read(data);
        Parameters network = ParametersJson.read(params);
        Classifier logistic = Baseline.fit(points).model();
        Viewport view = Viewport.around(points);
        Rectangle2D left =
                BoundaryPanelRenderer.plotArea(0, 0, FigureRenderer.PANEL_WIDTH, FigureRenderer.PANEL_HEIGHT, view);
        Rectangle2D right = BoundaryPanelRenderer.plotArea(
                FigureRenderer.PANEL_WIDTH, 0, FigureRenderer.PANEL_WIDTH, FigureRenderer.PANEL_HEIGHT, view);

        // The seed's rings: class 0 inside (orange), class 1 outside (blue). Probes sit away from every point,
        // whose discs would cover the field, and deep in a class by the saved network's own probability.
        List<double[]> inner = probes(points, view, left, 0.0, 0.6);
        List<double[]> outer = probes(points, view, left, 2.2, 2.8);
        assertTrue(inner.size() >= 5 && outer.size() >= 10, inner.size() + " inner, " + outer.size() + " outer");
        for (double[] q : inner) {
            assertTrue(network.probability(q[0], q[1]) < 0.2, "premise: the network says class 0 at " + at(q));
            int argb = pixel(img, scale, left, view, q);
            assertHue(argb, 15, 40, "network panel near the centre, " + at(q) + ", orange");
            assertNear(ColorMap.DEFAULT.argb(network.probability(q[0], q[1])), argb, "network field at " + at(q));
        }
        for (double[] q : outer) {
            assertTrue(network.probability(q[0], q[1]) > 0.8, "premise: the network says class 1 at " + at(q));
            int argb = pixel(img, scale, left, view, q);
            assertHue(argb, 195, 220, "network panel on the outer ring, " + at(q) + ", blue");
            assertNear(ColorMap.DEFAULT.argb(network.probability(q[0], q[1])), argb, "network field at " + at(q));
        }
        // Near the origin the network is sure of class 0 while logistic regression, a straight line through
        // the middle, is undecided: the two panels must differ there, each showing its own model.
        for (double[] q : inner) {
            int net = pixel(img, scale, left, view, q);
            int lr = pixel(img, scale, right, view, q);
            assertNear(ColorMap.DEFAULT.argb(logistic.probability(q[0], q[1])), lr, "logistic field at " + at(q));
            assertTrue(distance(net, lr) > 40, "panels differ at " + at(q) + ": " + hex(net) + " vs " + hex(lr));
        }
    }

    /**
     * Points of the plot at radius [r0, r1] from the origin, at least 9 base pixels from every data point and off
     * the grid lines drawn at whole units.
     */
    private static List<double[]> probes(Dataset d, Viewport view, Rectangle2D plot, double r0, double r1) {
        List<double[]> out = new ArrayList<>();
        double unitsPerPixel = view.width() / plot.getWidth();
        for (double x1 = -r1; x1 <= r1; x1 += 0.1) {
            for (double x2 = -r1; x2 <= r1; x2 += 0.1) {
                double r = Math.hypot(x1, x2);
                boolean onGrid = Math.abs(x1 - Math.rint(x1)) < 0.08 || Math.abs(x2 - Math.rint(x2)) < 0.08;
                if (r < r0 || r > r1 || onGrid || !view.contains(x1, x2)) {
                    continue;
                }
                double nearest = Double.POSITIVE_INFINITY;
                for (int i = 0; i < d.size(); i++) {
                    nearest = Math.min(nearest, Math.hypot(d.x1(i) - x1, d.x2(i) - x2));
                }
                if (nearest / unitsPerPixel > 9) {
                    out.add(new double[] {x1, x2});
                }
            }
        }
        return out;
    }

    private static int pixel(BufferedImage img, int scale, Rectangle2D plot, Viewport view, double[] q) {
        double ux = plot.getMinX() + (q[0] - view.x1Min()) / view.width() * plot.getWidth();
        double uy = plot.getMinY() + (view.x2Max() - q[1]) / view.height() * plot.getHeight();
        return img.getRGB((int) Math.floor(ux * scale), (int) Math.floor(uy * scale));
    }

    private static void assertHue(int argb, float from, float to, String what) {
        float[] hsb = Color.RGBtoHSB((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, null);
        float hue = hsb[0] * 360;
        assertTrue(
                hue > from && hue < to && hsb[1] > 0.3,
                what + ": " + hex(argb) + " hue " + hue + " saturation " + hsb[1]);
    }

    private static void assertNear(int expected, int actual, String what) {
        assertTrue(
                distance(expected, actual) <= 8, what + ": " + hex(actual) + ", the colour map says " + hex(expected));
    }

    private static int distance(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d = Math.max(d, Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)));
        }
        return d;
    }

    private static String hex(int argb) {
        return String.format("#%06X", argb & 0xFFFFFF);
    }

    private static String at(double[] q) {
        return String.format(java.util.Locale.ROOT, "(%.1f, %.1f)", q[0], q[1]);
    }

    // ---------------------------------------------------------------- costs, data and parameters

    @Test
    void theSavedCostsDataAndParametersAreTheGoldenNumpyRunsAndReadBackExactly() throws Exception {
        JsonObject golden =
                Golden.json("network_trajectories.json").getAsJsonArray().get(0).getAsJsonObject();
        assertEquals(4, golden.get("hidden").getAsInt());
        Path csv = dir.resolve("golden.csv");
        Files.copy(resource("/golden/gaussian_quantiles_200_seed3.csv"), csv);
        Path init = Files.writeString(
                dir.resolve("init.json"), golden.getAsJsonObject("initial").toString());
        Path costs = dir.resolve("costs.csv");
        Path data = dir.resolve("data.csv");
        Path params = dir.resolve("final.json");
        ok(
                "train",
                "--data",
                csv,
                "--init",
                init,
                "--learning-rate",
                golden.get("learningRate"),
                "--epochs",
                golden.get("epochs"),
                "--save-costs",
                costs,
                "--save-data",
                data,
                "--save-params",
                params);

        // Costs: the header, then every epoch 0..1000 (fewer than the chart's decimation limit), each numpy's.
        List<String> lines = Files.readAllLines(costs, StandardCharsets.UTF_8);
        assertEquals("epoch,cost", lines.get(0));
        Map<Long, Double> saved = new HashMap<>();
        long previous = -1;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertEquals(2, f.length, "line '" + line + "'");
            long epoch = Long.parseLong(f[0]);
            assertTrue(epoch > previous, "epochs increase: " + previous + " then " + epoch);
            previous = epoch;
            saved.put(epoch, Double.parseDouble(f[1]));
        }
        assertEquals(1001, saved.size());
        assertEquals(1000L, previous);
        assertEquals(Math.log(2), saved.get(0L), 1e-5, "tiny initial weights: the cost of a coin flip");
        int checked = 0;
        for (JsonElement e : golden.getAsJsonArray("cost")) {
            long epoch = e.getAsJsonObject().get("epoch").getAsLong();
            double expected = e.getAsJsonObject().get("cost").getAsDouble();
            assertEquals(expected, saved.get(epoch), 1e-9 * expected, "cost at epoch " + epoch);
            checked++;
        }
        assertTrue(checked >= 5, "golden costs checked: " + checked);

        // Data: the same points and labels as the file trained on.
        assertEquals(Golden.seedData(), CsvData.read(data));
        assertEquals(Files.readAllLines(csv).size(), Files.readAllLines(data).size());

        // Parameters: numpy's final parameters.
        Parameters fin = ParametersJson.read(params);
        JsonObject want = golden.getAsJsonObject("final");
        for (int j = 0; j < 4; j++) {
            assertRelative(
                    want.getAsJsonArray("W1").get(j).getAsJsonArray().get(0).getAsDouble(), fin.w1(j, 0));
            assertRelative(
                    want.getAsJsonArray("W1").get(j).getAsJsonArray().get(1).getAsDouble(), fin.w1(j, 1));
            assertRelative(want.getAsJsonArray("b1").get(j).getAsDouble(), fin.b1(j));
            assertRelative(want.getAsJsonArray("W2").get(j).getAsDouble(), fin.w2(j));
        }
        assertRelative(want.get("b2").getAsDouble(), fin.b2());

        // Read back by --init and trained 0 more epochs: the very same parameters, and as cost at epoch 0 the
        // very cost the first run ended on. Every double survives the JSON round trip exactly.
        Path again = dir.resolve("again.json");
        Path costs0 = dir.resolve("costs0.csv");
        ok("train", "--data", data, "--init", params, "--epochs", 0, "--save-params", again, "--save-costs", costs0);
        assertEquals(fin, ParametersJson.read(again));
        assertEquals(List.of("epoch,cost", "0," + saved.get(1000L)), Files.readAllLines(costs0));
    }

    @Test
    void savedCostsHoldEveryEpochOfARunLongerThanTheWindowsHistory() throws Exception {
        // 10,000 epochs: more than the window's 4096-point history, which would keep every 4th; the file keeps all.
        Path costs = dir.resolve("long.csv");
        ok("train", "--epochs", 10_000, "--save-costs", costs);
        List<String> lines = Files.readAllLines(costs, StandardCharsets.UTF_8);
        assertEquals(10_002, lines.size(), "the header and epochs 0 to 10,000");
        for (int e = 0; e <= 10_000; e++) {
            assertTrue(lines.get(e + 1).startsWith(e + ","), lines.get(e + 1));
        }
    }

    @Test
    void savedCostsHoldTheHeldOutPointsCostAtTheReportedEpochs() throws Exception {
        Path costs = dir.resolve("tested.csv");
        ok("train", "--epochs", 300, "--test-fraction", 0.3, "--save-costs", costs);
        List<String> lines = Files.readAllLines(costs, StandardCharsets.UTF_8);
        assertEquals("epoch,cost,test_cost", lines.get(0));
        assertEquals(302, lines.size(), "the header and epochs 0 to 300");
        // The held-out points as the command draws them (with the init seed), and the seeded network of epoch 0.
        dev.boundarylab.train.Settings d = dev.boundarylab.train.Settings.defaults();
        dev.boundarylab.data.Dataset test =
                d.loadData().split(0.3, d.initSeed()).test();
        double initial = dev.boundarylab.model.Network.random(
                        dev.boundarylab.model.Architecture.seed(d.hidden()), d.initSeed())
                .cost(test);
        String[] first = lines.get(1).split(",", -1);
        assertEquals(3, first.length);
        assertEquals(initial, Double.parseDouble(first[2]), 0.0, "epoch 0's test cost");
        int measured = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertEquals(3, f.length, line);
            Double.parseDouble(f[1]);
            if (!f[2].isEmpty()) {
                assertTrue(Double.parseDouble(f[2]) > 0, line);
                measured++;
            }
        }
        assertTrue(measured >= 2 && measured < 301, measured + " epochs with a test cost: the reported ones");
        assertTrue(!lines.get(lines.size() - 1).endsWith(","), "the last epoch is measured");
    }

    @Test
    void savedInitialParametersReproduceTheRunExactly() throws Exception {
        Path init = dir.resolve("init.json");
        ok("train", "--epochs", 0, "--save-params", init);
        assertEquals(Parameters.random(4, 2), ParametersJson.read(init), "epoch 0 is the seeded initial network");
        Path direct = dir.resolve("direct.json");
        Path resumed = dir.resolve("resumed.json");
        Path directCosts = dir.resolve("direct.csv");
        Path resumedCosts = dir.resolve("resumed.csv");
        ok("train", "--epochs", 700, "--save-params", direct, "--save-costs", directCosts);
        ok("train", "--epochs", 700, "--init", init, "--save-params", resumed, "--save-costs", resumedCosts);
        assertEquals(ParametersJson.read(direct), ParametersJson.read(resumed));
        assertEquals(Files.readString(directCosts), Files.readString(resumedCosts));
        assertTrue(!ParametersJson.read(direct).equals(ParametersJson.read(init)), "training changed them");
    }

    // ---------------------------------------------------------------- errors

    @Test
    void aPngIntoAFolderThatDoesNotExistFailsBeforeTrainingWithOneLineNamingIt() throws IOException {
        Path missing = dir.resolve("no-such-folder");
        Path png = missing.resolve("figure.png");
        Run r = cli("train", "--png", png, "--epochs", 100);
        assertEquals(Cli.BAD_INPUT, r.status());
        assertEquals(
                List.of("boundary-lab: --png: cannot write " + png + ": the folder " + missing + " does not exist"),
                r.errLines());
        assertEquals("", r.out(), "nothing trained, no summary");
        assertEquals(List.of(), listing(dir));
    }

    @Test
    void aPngOverAFolderOrUnderAFileFailsWithOneLineAndLeavesNothingBehind() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("figure.png"));
        Run r = cli("train", "--png", folder, "--epochs", 100);
        assertEquals(Cli.BAD_INPUT, r.status());
        assertEquals(List.of("boundary-lab: --png: cannot write " + folder + ": it is a folder"), r.errLines());
        assertTrue(Files.isDirectory(folder));

        // Root may write into any folder, so an unwritable target is made with a file where the folder should be.
        Path file = Files.writeString(dir.resolve("notes.txt"), "keep me");
        Path under = file.resolve("costs.csv");
        Run s = cli("train", "--save-costs", under, "--epochs", 100);
        assertEquals(Cli.BAD_INPUT, s.status());
        assertEquals(
                List.of("boundary-lab: --save-costs: cannot write " + under + ": " + file + " is a file, not a folder"),
                s.errLines());
        assertEquals("keep me", Files.readString(file));
        assertEquals(List.of("figure.png", "notes.txt"), listing(dir), "no partial or temporary file");
        assertEquals(List.of(), listing(folder));
    }

    @Test
    void twoOutputsNamingTheSameFileAreRefusedBeforeTraining() throws IOException {
        Path same = dir.resolve("out.csv");
        Run r = cli(
                "train", "--save-costs", same, "--save-data", dir.resolve(".").resolve("out.csv"));
        assertEquals(Cli.BAD_INPUT, r.status());
        assertEquals(
                List.of("boundary-lab: --save-costs and --save-data both name " + same
                        + "; give each output its own file"),
                r.errLines());
        assertEquals(List.of(), listing(dir));
    }

    @Test
    void everyOutputIsWrittenWholeWithNoTemporaryFileLeft() throws IOException {
        Path png = dir.resolve("figure.png");
        Path costs = dir.resolve("costs.csv");
        ok("train", "--epochs", 50, "--png", png, "--save-costs", costs);
        assertEquals(52, Files.readAllLines(costs).size(), "the header and epochs 0 to 50");
        assertNotNull(ImageIO.read(png.toFile()));
        assertEquals(List.of("costs.csv", "figure.png"), listing(dir));
    }

    private static void assertRelative(double expected, double actual) {
        assertEquals(expected, actual, 1e-9 * Math.abs(expected), "relative 1e-9 of numpy's " + expected);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(TrainExportsTest.class.getResource(name).toURI());
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
