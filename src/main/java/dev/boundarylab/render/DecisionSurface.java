package dev.boundarylab.render;

import dev.boundarylab.model.Classifier;
import dev.boundarylab.model.Grid;

/**
 * A model's probability of class 1 sampled on a grid of {@code columns x rows} cells over a {@link Viewport}: the
 * picture behind a decision boundary. Sample (c, r) sits at the centre of its cell, so a grid with one cell per
 * pixel samples every pixel centre; row 0 is the top of the picture (largest x2), as in an image raster.
 *
 * <p>The numbers come from the model's own {@link Classifier#gridProbabilities} (for the network and the logistic
 * model a float fast path in {@code model/}, for pictures only); this class only keeps the buffer, which grows to
 * the largest grid asked for and is reused. Not thread-safe: one surface per drawing thread.
 */
public final class DecisionSurface {
    private float[] values = new float[0];
    private Grid grid;
    private Viewport viewport;

    /**
     * Samples {@code model}'s probability of class 1 at the centres of a {@code columns x rows} grid over
     * {@code view}, replacing the previous values.
     *
     * @throws IllegalArgumentException if the grid is empty or larger than 2^26 cells
     * @throws java.util.concurrent.CancellationException if the thread is interrupted while it computes
     */
    public void evaluate(Classifier model, Viewport view, int columns, int rows) {
        if (model == null || view == null) {
            throw new IllegalArgumentException(
                    "a decision surface needs a model and a viewport, got model " + model + " and viewport " + view);
        }
        Grid next = new Grid(view.x1Min(), view.x1Max(), view.x2Min(), view.x2Max(), columns, rows);
        if (values.length < next.cells()) {
            values = new float[next.cells()];
        }
        model.gridProbabilities(next, values);
        grid = next;
        viewport = view;
    }

    /** Number of grid columns of the last evaluation. */
    public int columns() {
        return grid == null ? 0 : grid.columns();
    }

    /** Number of grid rows of the last evaluation. */
    public int rows() {
        return grid == null ? 0 : grid.rows();
    }

    /** The viewport of the last evaluation, null before the first. */
    public Viewport viewport() {
        return viewport;
    }

    /**
     * The probabilities, row-major from the top row: cell (c, r) is at {@code r * columns() + c}. This is the live
     * buffer, not a copy; it may be longer than {@code columns() * rows()}, and the next {@link #evaluate}
     * overwrites it. Read it, do not keep it.
     */
    public float[] values() {
        return values;
    }

    /** The probability of class 1 at the centre of cell (column, row). */
    public float probability(int column, int row) {
        if (column < 0 || column >= columns() || row < 0 || row >= rows()) {
            throw new IndexOutOfBoundsException(
                    "cell (" + column + ", " + row + ") is outside the " + columns() + " x " + rows() + " grid");
        }
        return values[row * columns() + column];
    }

    /** The x1 of the centres of cells in {@code column} (fractional columns interpolate linearly). */
    public double x1(double column) {
        return grid.x1(column);
    }

    /** The x2 of the centres of cells in {@code row}; row 0 is the top, so x2 falls as the row grows. */
    public double x2(double row) {
        return grid.x2(row);
    }
}
