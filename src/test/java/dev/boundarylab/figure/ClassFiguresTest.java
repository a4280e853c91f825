package dev.boundarylab.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Network;
import dev.boundarylab.render.FigureRenderer;
import dev.boundarylab.render.NetworkDiagramSpec;
import dev.boundarylab.render.PanelSpec;
import dev.boundarylab.render.Viewport;
import dev.boundarylab.train.Baseline;
import dev.boundarylab.train.CostSeries;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every picture of a run of three classes, as the window and the exports make them: the figure, the diagram with
 * three output units, the gallery of units ending with the K-class output, the confusion matrices.
 */
class ClassFiguresTest {
    private static final Viewport VIEW = new Viewport(-3, 3, -3, 3);

    /** Three classes of 90 points, then a two-unit tanh network with three softmax outputs set by hand. */
    private static FigureData run() {
        Random r = new Random(11);
        int n = 90;
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x1[i] = -2.8 + 5.6 * r.nextDouble();
            x2[i] = -2.8 + 5.6 * r.nextDouble();
            y[i] = i % 3;
        }
        Dataset d = new Dataset("three", x1, x2, y, List.of("red", "green", "blue"));
        Network net = new Network(
                Architecture.seed(2).withClasses(3),
                new double[][][] {{{1.2, -0.4}, {0.3, 0.9}}, {{2, -1}, {-1.5, 0.5}, {0.2, 1.8}}},
                new double[][] {{0.1, -0.2}, {0.3, 0, -0.1}});
        Network multinomial = new Network(
                Architecture.seed(1).withLayers(List.of()).withClasses(3),
                new double[][][] {{{0, 0}, {1, 0}, {0, 1}}},
                new double[][] {{0, 0, 0}});
        Baseline logistic =
                new Baseline.FittedOnFeatures(multinomial, 1.0, multinomial.accuracy(d), multinomial.cost(d), "");
        CostSeries costs = new CostSeries(new long[] {0, 10, 20}, new double[] {1.1, 0.9, 0.8});
        return new FigureData(d, net, net.accuracy(d), logistic, costs, 20);
    }

    @Test
    void theFigureDiagramGalleryAndMatricesOfThreeClassesAreDrawn() {
        FigureData d = run();
        FigureRenderer r = new FigureRenderer(1);
        BufferedImage figure = Figures.figure(r, d, false);
        assertEquals(r.figureSize().width, figure.getWidth());

        NetworkDiagramSpec diagram = InsideFigures.diagram(d, VIEW);
        assertEquals(3, diagram.fields().units(2), "three output units");
        BufferedImage drawn = r.renderNetworkDiagram(diagram);
        assertEquals(r.diagramSize(diagram).height, drawn.getHeight());

        List<PanelSpec> units = InsideFigures.unitPanels(d, VIEW);
        assertEquals(3, units.size(), "two hidden units, then the output");
        assertEquals(3, units.get(2).model().classes(), "the output panel is the network's three classes");
        BufferedImage gallery = InsideFigures.unitGallery(r, d, VIEW);
        assertEquals(r.gridSize(3, 3), new java.awt.Dimension(gallery.getWidth(), gallery.getHeight()));

        BufferedImage matrices = r.renderConfusion(ConfusionFigures.of(d));
        assertEquals(r.confusionSize(ConfusionFigures.of(d)).width, matrices.getWidth());
        int[][] counts = ConfusionFigures.of(d).tables().get(1).matrix().counts();
        int right = counts[0][0] + counts[1][1] + counts[2][2];
        assertEquals(d.baseline().accuracy(), right / 90.0, 1e-12, "the baseline's matrix holds its accuracy");
    }

    @Test
    void theNetworkPanelOfTheFigureIsColouredByTheMostProbableClass() {
        FigureData d = run();
        FigureRenderer r = new FigureRenderer(1);
        BufferedImage panel = r.renderBoundaryPanel(Figures.networkPanel(d, VIEW));
        java.awt.geom.Rectangle2D plot = r.panelRenderer().lastPlotArea();
        int[] colours = {0xE69F00, 0x0072B2, 0x009E73};
        int[] seen = new int[3];
        for (int y = (int) plot.getMinY() + 3; y < plot.getMaxY() - 3; y += 7) {
            for (int x = (int) plot.getMinX() + 3; x < plot.getMaxX() - 3; x += 7) {
                double x1 = -3 + (x + 0.5 - plot.getMinX()) / plot.getWidth() * 6;
                double x2 = 3 - (y + 0.5 - plot.getMinY()) / plot.getHeight() * 6;
                int k = d.network().predict(x1, x2);
                int c = panel.getRGB(x, y);
                // Laid over white, the class's colour keeps its hue order: its strongest channel stays strongest.
                int strongest = strongestChannel(colours[k]);
                if (strongestChannel(c) == strongest && (c & 0xFFFFFF) != 0xFFFFFF) {
                    seen[k]++;
                }
            }
        }
        for (int k = 0; k < 3; k++) {
            assertTrue(seen[k] > 50, "class " + k + " region in its colour at " + seen[k] + " probes");
        }
    }

    private static int strongestChannel(int rgb) {
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        return r >= g && r >= b ? 0 : g >= b ? 1 : 2;
    }
}
