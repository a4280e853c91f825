package dev.boundarylab.render;

import dev.boundarylab.model.Classifier;
import dev.boundarylab.model.Grid;

/**
 * A K-class model's K class probabilities sampled on a grid of {@code columns x rows} cells over a {@link Viewport},
 * laid out as {@link DecisionSurface} lays out its one probability (cell centres, row 0 the top): the picture of
 * more than two classes, coloured by the most probable class and split by the lines where it changes.
 *
 * <p>The numbers come from the model's {@link Classifier#gridClassProbabilities}; this class keeps the buffers,
 * which grow to the largest grid asked for and are reused. Not thread-safe: one surface per drawing thread.
 */
final class ClassSurface {
    private float[] p = new float[0];
    private float[] margin = new float[0];
    private Grid grid;
    private int classes;

    /**
     * Samples the K class probabilities of {@code model} at the centres of a {@code columns x rows} grid over
     * {@code view}, replacing the previous values.
     *
     * @throws java.util.concurrent.CancellationException if the thread is interrupted while it computes
     */
    void evaluate(Classifier model, Viewport view, int columns, int rows) {
        Grid next = new Grid(view.x1Min(), view.x1Max(), view.x2Min(), view.x2Max(), columns, rows);
        int k = model.classes();
        if (p.length < next.cells() * k) {
            p = new float[next.cells() * k];
        }
        if (margin.length < next.cells()) {
            margin = new float[next.cells()];
        }
        model.gridClassProbabilities(next, p);
        grid = next;
        classes = k;
    }

    /** The grid of the last evaluation, null before the first. */
    Grid grid() {
        return grid;
    }

    /** The number of classes K of the last evaluation. */
    int classes() {
        return classes;
    }

    /** The most probable class at cell {@code cell} (row-major from the top), the first of equals; -1 for NaN. */
    int best(int cell) {
        int from = cell * classes;
        int best = 0;
        for (int j = 1; j < classes; j++) {
            if (p[from + j] > p[from + best]) {
                best = j;
            }
        }
        return p[from + best] == p[from + best] ? best : -1;
    }

    /** The probability of class {@code k} at cell {@code cell}. */
    float probability(int cell, int k) {
        return p[cell * classes + k];
    }

    /**
     * How far class {@code k} leads at every cell: its probability less the largest of the others', into the
     * returned live buffer (row-major from the top, {@code grid().cells()} values; the next call overwrites it).
     * It is 0 exactly where k ties with the best other class, so its zero line is the edge of k's region: the
     * boundary where the most probable class changes from k to another.
     */
    float[] lead(int k) {
        int cells = grid.cells();
        for (int c = 0; c < cells; c++) {
            int from = c * classes;
            float other = Float.NEGATIVE_INFINITY;
            for (int j = 0; j < classes; j++) {
                if (j != k) {
                    other = Math.max(other, p[from + j]);
                }
            }
            margin[c] = p[from + k] - other;
        }
        return margin;
    }
}
