package dev.boundarylab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Grid;
import dev.boundarylab.model.Network;
import dev.boundarylab.model.UnitFields;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The diagram's tiles show each unit's own field, and its links are as wide as their weights are large. */
class NetworkDiagramRendererTest {
    private static final Grid GRID = new Grid(-3, 3, -3, 3, 32, 32);

    /** One tanh unit reading x1 with weight a and x2 with weight b, into the output with weight 1. */
    private static NetworkDiagramSpec oneUnit(double a, double b) {
        Network n =
                new Network(Architecture.seed(1), new double[][][] {{{a, b}}, {{1.0}}}, new double[][] {{0.3}, {-0.2}});
        return new NetworkDiagramSpec(n, UnitFields.of(n, GRID), "one unit");
    }

    @Test
    void eachTileIsItsUnitsFieldOnTheRampOfItsOwnRange() {
        NetworkDiagramSpec spec = oneUnit(1.5, -0.5);
        FigureRenderer r = new FigureRenderer(1);
        BufferedImage img = r.renderNetworkDiagram(spec);
        assertEquals(r.diagramSize(spec).width, img.getWidth());
        double s = NetworkDiagramRenderer.tile(spec, img.getWidth(), img.getHeight());
        UnitFields f = spec.fields();
        for (int l = 0; l < f.layers(); l++) {
            for (int j = 0; j < f.units(l); j++) {
                double[] c = NetworkDiagramRenderer.centre(spec, 0, 0, img.getWidth(), img.getHeight(), l, j);
                // A point a quarter in from the tile's top-left corner: cell (8, 8) of the 32 x 32 grid.
                int px = (int) Math.floor(c[0] - s / 2 + s / 4);
                int py = (int) Math.floor(c[1] - s / 2 + s / 4);
                float v = f.value(l, j)[8 * 32 + 8];
                boolean output = l == f.layers() - 1;
                double t = output ? v : (v - f.min(l, j)) / (f.max(l, j) - f.min(l, j));
                assertNear(ColorMap.DEFAULT.argb(t), img.getRGB(px, py), 24, "layer " + l + ", unit " + j);
            }
        }
    }

    @Test
    void aLargerWeightDrawsAWiderLink() {
        int thin = linkThickness(oneUnit(0.2, 0.2));
        int wide = linkThickness(oneUnit(0.2, 2.0));
        assertTrue(wide >= thin + 2, "the x2 link of weight 2.0 is " + wide + " px, of 0.2 " + thin + " px");
    }

    /** The link from x2 to the hidden unit: its coloured pixels down the column half way along it. */
    private static int linkThickness(NetworkDiagramSpec spec) {
        BufferedImage img = new FigureRenderer(1).renderNetworkDiagram(spec);
        double[] from = NetworkDiagramRenderer.centre(spec, 0, 0, img.getWidth(), img.getHeight(), 0, 1);
        double[] to = NetworkDiagramRenderer.centre(spec, 0, 0, img.getWidth(), img.getHeight(), 1, 0);
        int x = (int) Math.round((from[0] + to[0]) / 2);
        int y0 = (int) Math.round((from[1] + to[1]) / 2);
        int count = 0;
        for (int y = y0 - 12; y <= y0 + 12; y++) {
            int argb = img.getRGB(x, y);
            int red = (argb >> 16) & 0xFF;
            int blue = argb & 0xFF;
            count += Math.abs(red - blue) > 40 ? 1 : 0;
        }
        return count;
    }

    private static void assertNear(int expected, int actual, int tolerance, String where) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int e = (expected >> shift) & 0xFF;
            int a = (actual >> shift) & 0xFF;
            assertTrue(
                    Math.abs(e - a) <= tolerance,
                    where + ": expected " + Integer.toHexString(expected) + ", drew " + Integer.toHexString(actual));
        }
    }

    @Test
    void aPointOnALinkFindsThatWeightAndATileFindsItsUnit() {
        NetworkDiagramSpec spec = oneUnit(0.2, 2.0);
        double w = 920;
        double h = 300;
        double s = NetworkDiagramRenderer.tile(spec, w, h);
        double[] from = NetworkDiagramRenderer.centre(spec, 0, 0, w, h, 0, 1);
        double[] to = NetworkDiagramRenderer.centre(spec, 0, 0, w, h, 1, 0);
        double mx = (from[0] + s / 2 + to[0] - s / 2) / 2;
        double my = (from[1] + to[1]) / 2;
        assertEquals(java.util.List.of(0, 0, 1), asList(NetworkDiagramRenderer.linkAt(spec, w, h, mx, my)));
        assertEquals(null, NetworkDiagramRenderer.linkAt(spec, w, h, mx, my + 40));
        assertEquals(java.util.List.of(1, 0), asList(NetworkDiagramRenderer.unitAt(spec, w, h, to[0], to[1])));
    }

    private static java.util.List<Integer> asList(int[] v) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (int x : v) {
            out.add(x);
        }
        return out;
    }
}
