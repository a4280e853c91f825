package dev.boundarylab.render;

import dev.boundarylab.model.Classifier;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * The decision picture of more than two classes: every place in the colour of its most probable class, pale where
 * that class's probability is low ({@link ColorMap#classField}), and the boundaries between classes, the lines
 * where the most probable class changes. Each boundary is the zero line of one class's lead over the best other
 * class ({@link ClassSurface#lead}), traced by marching squares on the same grid as the colours, so it crosses
 * every pair of neighbouring cells whose most probable classes differ. Keeps its buffers; not thread-safe.
 */
final class ClassField {
    private final ColorMap colors;
    private final ClassSurface surface = new ClassSurface();
    private final IsoLine edge = new IsoLine();

    ClassField(ColorMap colors) {
        this.colors = colors;
    }

    /** Samples {@code model}'s K probabilities on a {@code columns x rows} grid over {@code view}. */
    void evaluate(Classifier model, Viewport view, int columns, int rows) {
        surface.evaluate(model, view, columns, rows);
    }

    /**
     * Colours the cells of the last evaluation, row-major from the top, into {@code argb}.
     *
     * @param argb Modified. At least as many as the grid's cells.
     */
    void fill(int[] argb) {
        int k = surface.classes();
        int cells = surface.grid().cells();
        for (int c = 0; c < cells; c++) {
            int best = surface.best(c);
            argb[c] = best < 0 ? colors.undefined() : colors.classField(best, surface.probability(c, best), k);
        }
    }

    /**
     * Replaces {@code path} by the boundaries between the classes of the last evaluation, in the user units of a
     * plot drawn in {@code plot} over {@code view}. A boundary between two classes is the edge of both their
     * regions, so it is traced twice along the same points; stroked in one path it looks as once.
     *
     * @param path Modified.
     */
    void boundaries(Path2D.Double path, Rectangle2D plot, Viewport view) {
        path.reset();
        for (int k = 0; k < surface.classes(); k++) {
            int lines = edge.trace(surface.lead(k), surface.grid(), 0);
            double[] xy = edge.points();
            for (int l = 0; l < lines; l++) {
                int from = edge.offset(l);
                path.moveTo(
                        BoundaryPanelRenderer.sx(plot, view, xy[2 * from]),
                        BoundaryPanelRenderer.sy(plot, view, xy[2 * from + 1]));
                for (int i = from + 1; i < edge.offset(l + 1); i++) {
                    path.lineTo(
                            BoundaryPanelRenderer.sx(plot, view, xy[2 * i]),
                            BoundaryPanelRenderer.sy(plot, view, xy[2 * i + 1]));
                }
            }
        }
    }
}
