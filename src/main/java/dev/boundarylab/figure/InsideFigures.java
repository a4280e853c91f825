package dev.boundarylab.figure;

import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Classifier;
import dev.boundarylab.model.Grid;
import dev.boundarylab.model.Network;
import dev.boundarylab.model.UnitFields;
import dev.boundarylab.render.FigureRenderer;
import dev.boundarylab.render.NetworkDiagramSpec;
import dev.boundarylab.render.PanelSpec;
import dev.boundarylab.render.Viewport;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The pictures of what happens inside the network: its diagram (every unit a thumbnail of what it computes) and
 * the gallery of every hidden unit's field, one panel each, as the window shows them and {@code train
 * --png-network} and {@code --png-units} export them.
 */
public final class InsideFigures {
    /** Cells per side of the coarse grid the diagram's thumbnails are sampled on. */
    public static final int THUMBNAIL_CELLS = 32;

    private InsideFigures() {}

    /** The diagram of {@code d}'s network, its thumbnails over {@code view}. */
    public static NetworkDiagramSpec diagram(FigureData d, Viewport view) {
        Grid grid = new Grid(view.x1Min(), view.x1Max(), view.x2Min(), view.x2Max(), THUMBNAIL_CELLS, THUMBNAIL_CELLS);
        Network n = d.network();
        return new NetworkDiagramSpec(n, UnitFields.of(n, grid), diagramTitle(d));
    }

    /** The diagram's title, e.g. "Inside the network: 4 tanh units on x1, x2 — accuracy 97.5%". */
    static String diagramTitle(FigureData d) {
        Architecture a = d.network().architecture();
        String layers = a.layers().isEmpty()
                ? "no hidden layer"
                : a.text(Architecture.Setting.LAYERS) + " " + a.activation().id() + " unit"
                        + (a.layers().size() == 1 && a.layers().get(0) == 1 ? "" : "s");
        String inputs = a.text(Architecture.Setting.FEATURES).replace(",", ", ");
        return String.format(
                Locale.ROOT,
                "Inside the network: %s on %s — accuracy %.1f%%",
                layers,
                inputs,
                100 * d.networkAccuracy());
    }

    /**
     * One panel per hidden unit, layer by layer, then the output: a unit's panel shows its pre-activation z as the
     * panels show a logit (so its boundary is the line z = 0 where the unit crosses its middle: for the first
     * layer, w·x + b = 0), titled with its layer and index.
     */
    public static List<PanelSpec> unitPanels(FigureData d, Viewport view) {
        Network n = d.network();
        List<PanelSpec> out = new ArrayList<>();
        for (int l = 0; l < n.depth() - 1; l++) {
            int units = n.biases(l).length;
            for (int j = 0; j < units; j++) {
                out.add(new PanelSpec(
                        unit(n, l, j),
                        d.data(),
                        view,
                        "layer " + (l + 1) + ", unit " + (j + 1),
                        d.heldOut().test()));
            }
        }
        out.add(new PanelSpec(n, d.data(), view, "output", d.heldOut().test()));
        return out;
    }

    /**
     * The network panel showing unit j of network layer l (0 the first hidden layer) instead of the output: its
     * pre-activation field, whose boundary is the unit's zero line.
     */
    public static PanelSpec unitPanel(FigureData d, Viewport view, int l, int j) {
        String title = "Layer " + (l + 1) + ", unit " + (j + 1) + ": its field and zero line";
        return new PanelSpec(
                unit(d.network(), l, j), d.data(), view, title, d.heldOut().test());
    }

    /** The pre-activation of unit j of layer l as a classifier's logit. */
    static Classifier unit(Network n, int l, int j) {
        int units = n.biases(l).length;
        return (x1, x2, count, out) -> {
            double[][] z = new double[units][count];
            n.preActivations(l, x1, x2, count, z);
            System.arraycopy(z[j], 0, out, 0, count);
        };
    }

    /** The gallery of {@link #unitPanels}, four panels a row. */
    public static BufferedImage unitGallery(FigureRenderer r, FigureData d, Viewport view) {
        List<PanelSpec> panels = unitPanels(d, view);
        return r.renderGrid(panels, Math.min(4, panels.size()));
    }
}
