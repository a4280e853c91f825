package dev.boundarylab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.boundarylab.data.Dataset;
import dev.boundarylab.data.DatasetKind;
import dev.boundarylab.io.ParametersJson;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Classifier;
import dev.boundarylab.model.Network;
import dev.boundarylab.render.BoundaryPanelRenderer;
import dev.boundarylab.render.ColorMap;
import dev.boundarylab.render.CostChartRenderer;
import dev.boundarylab.render.FigureRenderer;
import dev.boundarylab.render.Viewport;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train --test-fraction F --png FILE} draws what the window draws with Test %: the held-out points (the
 * report's {@code testIndices}) as rings with the field inside, on both panels, and their cost as the chart's
 * second line; without it, no ring and no test line.
 */
class HeldOutFigureTest {
    @TempDir
    Path dir;

    private static int run(Object... args) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(sink, true, StandardCharsets.UTF_8);
        return new Cli(p, p).run(Stream.of(args).map(Object::toString).toArray(String[]::new));
    }

    @Test
    void theFigureDrawsTheHeldOutPointsAsRingsAndTheirCostAsASecondLine() throws Exception {
        Path png = dir.resolve("figure.png");
        Path report = dir.resolve("run.json");
        assertEquals(
                Cli.OK, run("train", "--test-fraction", "0.3", "--epochs", "1000", "--png", png, "--report", report));
        BufferedImage img = ImageIO.read(png.toFile());
        JsonObject root =
                com.google.gson.JsonParser.parseString(Files.readString(report)).getAsJsonObject();
        int[] held = new com.google.gson.Gson().fromJson(root.get("testIndices"), int[].class);
        assertEquals(60, held.length);
        Dataset all = DatasetKind.GAUSSIAN_QUANTILES.generate(200, 3);
        Network net = ParametersJson.readLayers(report).toNetwork(Architecture.defaults());
        Viewport view = Viewport.around(all);
        Rectangle2D plot =
                BoundaryPanelRenderer.plotArea(0, 0, FigureRenderer.PANEL_WIDTH, FigureRenderer.PANEL_HEIGHT, view);
        double radius = Math.max(2.2, Math.min(4.6, plot.getWidth() / 92));
        int checked = 0;
        for (int i : held) {
            if (alone(all, i, plot.getWidth() / view.width(), 4 * radius)
                    && distance(field(net, all, i), ColorMap.DEFAULT.point(all.label(i))) > 80) {
                assertRing(img, plot, view, net, all, i, radius);
                checked++;
            }
        }
        assertTrue(checked >= 5, "checked " + checked + " isolated held-out points");
        // The training points are discs: class colour at the centre.
        int discs = 0;
        for (int i = 0; i < all.size(); i++) {
            if (java.util.Arrays.binarySearch(held, i) < 0
                    && alone(all, i, plot.getWidth() / view.width(), 4 * radius)) {
                int c = img.getRGB((int) x(plot, view, all.x1(i)), (int) y(plot, view, all.x2(i)));
                assertTrue(
                        distance(c, ColorMap.DEFAULT.point(all.label(i))) <= 40, "training point " + i + " is a disc");
                discs++;
            }
        }
        assertTrue(discs >= 5);
        BufferedImage chart = chart(img);
        assertTrue(count(chart, CostChartRenderer.TEST) > 150, "a test-coloured line");

        Path plain = dir.resolve("plain.png");
        assertEquals(Cli.OK, run("train", "--epochs", "1000", "--png", plain));
        assertEquals(0, count(chart(ImageIO.read(plain.toFile())), CostChartRenderer.TEST), "no test line");
    }

    /** The cost chart of a figure at scale 1: below the panels and their key. */
    private static BufferedImage chart(BufferedImage figure) {
        int top = FigureRenderer.PANEL_HEIGHT + FigureRenderer.LEGEND_HEIGHT;
        return figure.getSubimage(0, top, figure.getWidth(), figure.getHeight() - top);
    }

    private static void assertRing(
            BufferedImage img, Rectangle2D plot, Viewport v, Classifier m, Dataset d, int i, double radius) {
        double cx = x(plot, v, d.x1(i));
        double cy = y(plot, v, d.x2(i));
        // The hole: at least two of the 3 x 3 pixels at the centre show the field (a grid line may cross one row).
        int hole = 0;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                hole += distance(img.getRGB((int) cx + dx, (int) cy + dy), field(m, d, i)) <= 40 ? 1 : 0;
            }
        }
        assertTrue(hole >= 2, "held-out point " + i + ": the field at the centre in " + hole + " of 9 pixels");
        int sides = 0;
        double off = 0.72 * radius;
        for (double[] o : new double[][] {{off, 0}, {-off, 0}, {0, off}, {0, -off}}) {
            int px = img.getRGB((int) (cx + o[0]), (int) (cy + o[1]));
            sides += distance(px, ColorMap.DEFAULT.point(d.label(i))) <= 60 ? 1 : 0;
        }
        assertTrue(sides >= 3, "held-out point " + i + ": its class's colour around it on " + sides + " of 4 sides");
    }

    private static int field(Classifier m, Dataset d, int i) {
        return ColorMap.DEFAULT.argb(m.probability(d.x1(i), d.x2(i)));
    }

    private static boolean alone(Dataset d, int i, double perUnit, double pixels) {
        for (int j = 0; j < d.size(); j++) {
            if (j != i && Math.hypot(d.x1(j) - d.x1(i), d.x2(j) - d.x2(i)) * perUnit <= pixels) {
                return false;
            }
        }
        return true;
    }

    private static double x(Rectangle2D plot, Viewport v, double x1) {
        return plot.getMinX() + (x1 - v.x1Min()) / v.width() * plot.getWidth();
    }

    private static double y(Rectangle2D plot, Viewport v, double x2) {
        return plot.getMinY() + (v.x2Max() - x2) / v.height() * plot.getHeight();
    }

    private static int count(BufferedImage img, java.awt.Color c) {
        int n = 0;
        for (int yy = 0; yy < img.getHeight(); yy++) {
            for (int xx = 0; xx < img.getWidth(); xx++) {
                n += distance(img.getRGB(xx, yy), c.getRGB()) <= 12 ? 1 : 0;
            }
        }
        return n;
    }

    private static int distance(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d = Math.max(d, Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)));
        }
        return d;
    }
}
