package dev.boundarylab.render;

import java.util.Arrays;

/**
 * Thins an unbroken run of a line chart to at most four points per device pixel column: the column's first
 * point, the points of least and greatest y (in the order they came), and its last. Drawn, the thinned line covers the same
 * pixels as the whole one (every column spans the same rows, and each column joins the next where the whole
 * line does), while a run of thousands of points becomes a few per column to stroke.
 *
 * <p>Feed a run with {@link #add} in order of x, then {@link #finish}; read the kept points with {@link #size},
 * {@link #x} and {@link #y}. The buffers are reused from run to run; not thread-safe.
 */
final class MinMaxDecimator {
    private double[] xy = new double[2 * 1024];
    private int size;
    // The column being gathered: its number, its points so far, and its first point, those of least and greatest
    // y, and its last point, each as {index in the column, x, y}.
    private int column;
    private int count;
    private final double[] first = new double[3];
    private final double[] min = new double[3];
    private final double[] max = new double[3];
    private final double[] last = new double[3];

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
            set(first, 0, x, y);
            set(min, 0, x, y);
            set(max, 0, x, y);
        } else if (y < min[2]) {
            set(min, count, x, y);
        } else if (y > max[2]) {
            set(max, count, x, y);
        }
        set(last, count, x, y);
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

    /** The x of kept point i. */
    double x(int i) {
        return xy[2 * i];
    }

    /** The y of kept point i. */
    double y(int i) {
        return xy[2 * i + 1];
    }

    private static void set(double[] point, int index, double x, double y) {
        point[0] = index;
        point[1] = x;
        point[2] = y;
    }

    private void flush() {
        if (count == 0) {
            return;
        }
        keep(first);
        boolean minFirst = min[0] <= max[0];
        keepInside(minFirst ? min : max);
        keepInside(minFirst ? max : min);
        if (last[0] > 0) {
            keep(last);
        }
        count = 0;
    }

    /** Keeps p unless it is the column's first or last point, kept anyway. */
    private void keepInside(double[] p) {
        if (p[0] > 0 && p[0] < last[0]) {
            keep(p);
        }
    }

    private void keep(double[] p) {
        if (2 * size + 2 > xy.length) {
            xy = Arrays.copyOf(xy, 2 * xy.length);
        }
        xy[2 * size] = p[1];
        xy[2 * size + 1] = p[2];
        size++;
    }
}
