package dev.boundarylab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Grid;
import dev.boundarylab.model.Network;
import dev.boundarylab.model.UnitFields;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Inside a network of three classes: the output layer is three softmax units, each tile its class's probability. */
class ClassDiagramTest {
    private static final Grid GRID = new Grid(-3, 3, -3, 3, 32, 32);
    private static final int[] COLOURS = {0xE69F00, 0x0072B2, 0x009E73};
    private static final double[][] W1 = {{1.2, -0.4}, {0.3, 0.9}};
    private static final double[] B1 = {0.1, -0.2};
    private static final double[][] W2 = {{2.0, -1.0}, {-1.5, 0.5}, {0.2, 1.8}};
    private static final double[] B2 = {0.3, 0.0, -0.1};

    /** Two tanh units on x1, x2 and three softmax outputs, set by hand. */
    static Network threeClasses() {
        return new Network(Architecture.seed(2).withClasses(3), new double[][][] {W1, W2}, new double[][] {B1, B2});
    }

    /** The three class probabilities at (x1, x2), worked out here: tanh layer, logits, softmax. */
    private static double[] probabilities(double x1, double x2) {
        double[] a = new double[2];
        for (int j = 0; j < 2; j++) {
            a[j] = Math.tanh(W1[j][0] * x1 + W1[j][1] * x2 + B1[j]);
        }
        double[] e = new double[3];
        double sum = 0;
        for (int k = 0; k < 3; k++) {
            e[k] = Math.exp(W2[k][0] * a[0] + W2[k][1] * a[1] + B2[k]);
            sum += e[k];
        }
        for (int k = 0; k < 3; k++) {
            e[k] /= sum;
        }
        return e;
    }

    @Test
    void theOutputLayerHasAUnitPerClassEachItsSoftmaxProbability() {
        UnitFields f = UnitFields.of(threeClasses(), GRID);
        assertEquals(3, f.layers());
        assertEquals(3, f.units(2));
        for (int cell : new int[] {0, 8 * 32 + 8, 17 * 32 + 25, 32 * 32 - 1}) {
            double[] p = probabilities(GRID.x1(cell % 32), GRID.x2(cell / 32));
            for (int k = 0; k < 3; k++) {
                assertEquals(p[k], f.value(2, k)[cell], 1e-6, "class " + k + " at cell " + cell);
            }
        }
    }

    @Test
    void eachOutputTileIsItsClassColourAsStrongAsItsProbability() {
        Network n = threeClasses();
        NetworkDiagramSpec spec = new NetworkDiagramSpec(n, UnitFields.of(n, GRID), "three classes");
        BufferedImage img = new FigureRenderer(1).renderNetworkDiagram(spec);
        double s = NetworkDiagramRenderer.tile(spec, img.getWidth(), img.getHeight());
        int differ = 0;
        for (int k = 0; k < 3; k++) {
            double[] c = NetworkDiagramRenderer.centre(spec, 0, 0, img.getWidth(), img.getHeight(), 2, k);
            // Cells (8, 8) and (24, 24) of the 32 x 32 grid, a quarter in from opposite corners of the tile.
            for (int q : new int[] {8, 24}) {
                int px = (int) Math.floor(c[0] - s / 2 + s * (q + 0.5) / 32);
                int py = (int) Math.floor(c[1] - s / 2 + s * (q + 0.5) / 32);
                double p = probabilities(GRID.x1(q), GRID.x2(q))[k];
                int col = COLOURS[k];
                int expected = 0xFF000000;
                for (int shift = 0; shift <= 16; shift += 8) {
                    expected |= (int) Math.round(255 + p * ((col >> shift & 0xFF) - 255)) << shift;
                }
                int got = img.getRGB(px, py);
                assertTrue(
                        Pixels.distance(got, expected) <= 24,
                        "output " + k + " at cell " + q + ", p " + p + ": " + Pixels.describe(got) + " vs "
                                + Pixels.describe(expected));
                differ += Pixels.distance(got, 0xFFFFFFFF) > 30 ? 1 : 0;
            }
        }
        assertTrue(differ >= 3, "the tiles are not all white: " + differ);
    }
}
