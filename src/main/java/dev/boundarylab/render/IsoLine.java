package dev.boundarylab.render;

import java.util.Arrays;

/**
 * A level line of a {@link DecisionSurface} traced by marching squares and joined into polylines: the decision
 * boundary is the level 0.5.
 *
 * <p>Each grid cell whose four corner samples lie on both sides of the level contributes one or two straight
 * segments whose ends are placed on the cell's edges by linear interpolation. Where a cell is a saddle (opposite
 * corners on the same side) the average of its corners decides which way the line passes. Cells with a NaN corner
 * are skipped. Two segments that end on the same grid edge end at the same point, so sorting the segment ends by
 * edge joins them into polylines (a closed loop repeats its first point at its end); a polyline can be stroked
 * with proper joins, where thousands of separate segments would each need caps.
 *
 * <p>The segment and point buffers are reused from one trace to the next and grow only when a longer line is
 * traced. Not thread-safe.
 */
public final class IsoLine {
    private static final int END_BITS = 28;
    private static final long END_MASK = (1L << END_BITS) - 1;

    // Segments in grid units, two ends each: end e of the segment e / 2 is at (ends[2e], ends[2e + 1]).
    private double[] ends = new double[4 * 256];
    private long[] keys = new long[2 * 256];
    private int segments;
    // Result: polyline k has the points [offsets[k], offsets[k + 1]) of points (x1, x2 pairs in data units).
    private double[] points = new double[2 * 512];
    private int[] offsets = new int[64];
    private int lines;
    private int pointCount;
    // Crossing points of the current cell in grid units (column, row) and their edge ids: top, right, bottom, left.
    private final double[] ex = new double[4];
    private final double[] ey = new double[4];
    private final int[] edge = new int[4];

    /** An empty line; {@link #trace} fills it. */
    public IsoLine() {}

    /**
     * Traces the line where {@code surface} equals {@code level}, replacing the previous polylines.
     *
     * @return the number of polylines
     */
    public int trace(DecisionSurface surface, double level) {
        collectSegments(surface.values(), surface.columns(), surface.rows(), level);
        join();
        for (int i = 0; i < pointCount; i++) {
            points[2 * i] = surface.x1(points[2 * i]);
            points[2 * i + 1] = surface.x2(points[2 * i + 1]);
        }
        return lines;
    }

    /**
     * Traces the line where {@code values}, one per cell of {@code grid} laid out as a {@link DecisionSurface}'s,
     * equal {@code level}, replacing the previous polylines: the edge of one class's region on a K-class surface.
     *
     * @param values Not modified. At least {@code grid.cells()} values.
     * @return the number of polylines
     */
    public int trace(float[] values, dev.boundarylab.model.Grid grid, double level) {
        collectSegments(values, grid.columns(), grid.rows(), level);
        join();
        for (int i = 0; i < pointCount; i++) {
            points[2 * i] = grid.x1(points[2 * i]);
            points[2 * i + 1] = grid.x2(points[2 * i + 1]);
        }
        return lines;
    }

    private void collectSegments(float[] v, int cols, int rows, double lv) {
        segments = 0;
        for (int r = 0; r + 1 < rows; r++) {
            for (int c = 0; c + 1 < cols; c++) {
                cell(v, r, c, cols, lv);
            }
        }
    }

    /** Adds the segments of the cell whose top-left sample is (c, r), if the line crosses it. */
    private void cell(float[] v, int r, int c, int cols, double lv) {
        int top = r * cols;
        int bottom = top + cols;
        double v00 = v[top + c];
        double v10 = v[top + c + 1];
        double v01 = v[bottom + c];
        double v11 = v[bottom + c + 1];
        int code = (v00 >= lv ? 1 : 0) | (v10 >= lv ? 2 : 0) | (v11 >= lv ? 4 : 0) | (v01 >= lv ? 8 : 0);
        if (code == 0 || code == 15 || Double.isNaN(v00 + v10 + v01 + v11)) {
            return;
        }
        // Edge ids: horizontal edge right of sample (c, r) is 2 (r cols + c), vertical edge below it is
        // that plus 1; a crossing is computed from the same two samples by both cells sharing the edge.
        ex[0] = c + (lv - v00) / (v10 - v00);
        ey[0] = r;
        edge[0] = 2 * (top + c);
        ex[1] = c + 1;
        ey[1] = r + (lv - v10) / (v11 - v10);
        edge[1] = 2 * (top + c + 1) + 1;
        ex[2] = c + (lv - v01) / (v11 - v01);
        ey[2] = r + 1;
        edge[2] = 2 * (bottom + c);
        ex[3] = c;
        ey[3] = r + (lv - v00) / (v01 - v00);
        edge[3] = 2 * (top + c) + 1;
        boolean centreAbove = 0.25 * (v00 + v10 + v01 + v11) >= lv;
        switch (code) {
            case 1, 14 -> add(3, 0);
            case 2, 13 -> add(0, 1);
            case 3, 12 -> add(3, 1);
            case 4, 11 -> add(1, 2);
            case 6, 9 -> add(0, 2);
            case 7, 8 -> add(3, 2);
            case 5 -> {
                // v00 and v11 above: one band through the centre, or two separate corners.
                if (centreAbove) {
                    add(0, 1);
                    add(3, 2);
                } else {
                    add(3, 0);
                    add(1, 2);
                }
            }
            case 10 -> {
                // v10 and v01 above.
                if (centreAbove) {
                    add(3, 0);
                    add(1, 2);
                } else {
                    add(0, 1);
                    add(3, 2);
                }
            }
            default -> throw new AssertionError(code);
        }
    }

    private void add(int a, int b) {
        int s = segments;
        if (2 * s + 2 > keys.length) {
            ends = Arrays.copyOf(ends, 4 * keys.length);
            keys = Arrays.copyOf(keys, 2 * keys.length);
        }
        ends[4 * s] = ex[a];
        ends[4 * s + 1] = ey[a];
        ends[4 * s + 2] = ex[b];
        ends[4 * s + 3] = ey[b];
        keys[2 * s] = ((long) edge[a] << END_BITS) | (2L * s);
        keys[2 * s + 1] = ((long) edge[b] << END_BITS) | (2L * s + 1);
        segments++;
    }

    private void join() {
        int m = 2 * segments;
        lines = 0;
        pointCount = 0;
        Arrays.sort(keys, 0, m);
        // partner[e]: the end that meets end e on a shared grid edge, -1 for none.
        int[] partner = new int[m];
        Arrays.fill(partner, -1);
        boolean[] visited = new boolean[segments];
        // An edge is crossed once and shared by at most two cells, so equal edge ids come in pairs.
        for (int i = 0; i + 1 < m; i++) {
            if ((keys[i] >>> END_BITS) == (keys[i + 1] >>> END_BITS)) {
                int a = (int) (keys[i] & END_MASK);
                int b = (int) (keys[i + 1] & END_MASK);
                partner[a] = b;
                partner[b] = a;
                i++;
            }
        }
        for (int s = 0; s < segments; s++) {
            if (visited[s]) {
                continue;
            }
            // Walk backwards to a free end, or once round a loop.
            int e = 2 * s;
            for (int steps = 0; steps < segments; steps++) {
                int p = partner[e];
                if (p < 0 || (p >> 1) == s) {
                    break;
                }
                e = p ^ 1;
            }
            // Walk forwards from end e, emitting each point once.
            startLine();
            addPoint(e);
            while (true) {
                int seg = e >> 1;
                visited[seg] = true;
                addPoint(e ^ 1);
                int next = partner[e ^ 1];
                if (next < 0 || visited[next >> 1]) {
                    break;
                }
                e = next;
            }
        }
        ensureOffsets(lines + 1);
        offsets[lines] = pointCount;
    }

    private void startLine() {
        ensureOffsets(lines + 2);
        offsets[lines++] = pointCount;
    }

    private void ensureOffsets(int n) {
        if (n > offsets.length) {
            offsets = Arrays.copyOf(offsets, Math.max(n, 2 * offsets.length));
        }
    }

    private void addPoint(int end) {
        if (2 * pointCount + 2 > points.length) {
            points = Arrays.copyOf(points, 2 * points.length);
        }
        points[2 * pointCount] = ends[2 * end];
        points[2 * pointCount + 1] = ends[2 * end + 1];
        pointCount++;
    }

    /** The number of polylines of the last trace. */
    public int lines() {
        return lines;
    }

    /** Where polyline k starts in {@link #points()}, counted in points; {@code offset(lines())} is the total. */
    public int offset(int k) {
        if (k < 0 || k > lines) {
            throw new IndexOutOfBoundsException("polyline " + k + " of " + lines);
        }
        return offsets[k];
    }

    /** The total number of points of all polylines. */
    public int pointCount() {
        return pointCount;
    }

    /**
     * The points of the last trace in data coordinates, {@code x1, x2} pairs, polyline after polyline (see
     * {@link #offset}). The live buffer, not a copy; only the first {@code 2 * pointCount()} entries count.
     */
    public double[] points() {
        return points;
    }
}
