package dev.boundarylab.render;

import java.util.Arrays;

/**
 * Thins an unbroken run of a line chart to at most four points per device pixel column: the column's first point,
 * its points of least and greatest y in the order they came, and its last. Drawn, the thinned line spans the same
 * rows in every column as the whole line and joins the next column where the whole line does; only a steep flank
 * inside a column may lean by up to a pixel. A run of thousands of points becomes a few per column to stroke.
 *
 * <p>Feed a run with {@link #add} in order of x, then {@link #finish}; read the kept points with {@link #size} and
 * {@link #points}. The buffer is reused from run to run; not thread-safe.
 */
final class MinMaxDecimator {
    private double[] kept = new double[2 * 1024];
    private int size;
    // The column being gathered: its number, how many points it has, and where in it (0 for the first) its points
    // of least and greatest y and its last point came; xy holds their coordinates: first, least, greatest, last.
    private int column;
    private int count;
    private int minAt;
    private int maxAt;
    private final double[] xy = new double[8];

    /** Forgets the last run. */
    void start() {
        size = 0;
        count = 0;
    }

    /** Adds the next point (x, y) of the run, which lies in device pixel column {@code col}. */
    void add(int col, double x, double y) {
        if (count > 0 && col != column) {
            flush();
        }
        if (count == 0) {
            column = col;
            minAt = 0;
            maxAt = 0;
            for (int k = 0; k < 8; k += 2) {
                xy[k] = x;
                xy[k + 1] = y;
            }
        } else if (y < xy[3]) {
            minAt = count;
            xy[2] = x;
            xy[3] = y;
        } else if (y > xy[5]) {
            maxAt = count;
            xy[4] = x;
            xy[5] = y;
        }
        xy[6] = x;
        xy[7] = y;
        count++;
    }

    /** Ends the run: the points of its last column are kept. */
    void finish() {
        flush();
    }

    /** The number of points kept. */
    int size() {
        return size;
    }

    /** The kept points, (x, y) pairs; the live buffer, of which the first {@code 2 size()} entries count. */
    double[] points() {
        return kept;
    }

    private void flush() {
        if (count == 0) {
            return;
        }
        keep(0);
        int early = Math.min(minAt, maxAt);
        int late = Math.max(minAt, maxAt);
        if (early > 0 && early < count - 1) {
            keep(early == minAt ? 2 : 4);
        }
        if (late > early && late < count - 1) {
            keep(late == minAt ? 2 : 4);
        }
        if (count > 1) {
            keep(6);
        }
        count = 0;
    }

    private void keep(int k) {
        if (2 * size + 2 > kept.length) {
            kept = Arrays.copyOf(kept, 2 * kept.length);
        }
        kept[2 * size] = xy[k];
        kept[2 * size + 1] = xy[k + 1];
        size++;
    }
}
