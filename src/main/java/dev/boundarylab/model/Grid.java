package dev.boundarylab.model;

/**
 * The sample points of a picture: the centres of {@code columns x rows} equal cells covering the rectangle
 * [x1Min, x1Max] x [x2Min, x2Max]. Row 0 is the top (largest x2), as in an image raster, so a grid with one cell
 * per pixel samples every pixel centre. Cell (c, r) is at index {@code r * columns + c} of a grid's values.
 */
public record Grid(double x1Min, double x1Max, double x2Min, double x2Max, int columns, int rows) {
    /** The most cells a grid may have: 2^26, a picture of 8192 x 8192. */
    public static final long MAX_CELLS = 1L << 26;

    /**
     * Checks the rectangle is finite and not empty and the grid has 1 to {@link #MAX_CELLS} cells.
     *
     * @throws IllegalArgumentException naming the bad value otherwise
     */
    public Grid {
        if (!(x1Min < x1Max)
                || !(x2Min < x2Max)
                || !Double.isFinite(x1Max - x1Min)
                || !Double.isFinite(x2Max - x2Min)) {
            throw new IllegalArgumentException("a grid needs a finite rectangle with min below max, got x1 [" + x1Min
                    + ", " + x1Max + "], x2 [" + x2Min + ", " + x2Max + "]");
        }
        if (columns < 1 || rows < 1 || (long) columns * rows > MAX_CELLS) {
            throw new IllegalArgumentException("a grid needs between 1 and 2^26 cells, got " + columns + " x " + rows);
        }
    }

    /** The number of cells, {@code columns * rows}. */
    public int cells() {
        return columns * rows;
    }

    /** The x1 of the centres of the cells in {@code column} (a fractional column interpolates linearly). */
    public double x1(double column) {
        return x1Min + (column + 0.5) * (x1Max - x1Min) / columns;
    }

    /** The x2 of the centres of the cells in {@code row}; row 0 is the top, so x2 falls as the row grows. */
    public double x2(double row) {
        return x2Max - (row + 0.5) * (x2Max - x2Min) / rows;
    }
}
