package dev.boundarylab.model;

import org.ejml.data.DMatrixRMaj;

/**
 * The products of {@link LayeredNetwork} over a block of points held as one array per row (a unit's values at the
 * block's points): {@code out[r] = init[r] + Σ_k C[r, k] in[k]} for a matrix C of coefficients read from W or W'.
 *
 * <p>Why not {@code CommonOps_DDRM.mult} on a {@code DMatrixRMaj} block: its kernels run along a row of the
 * output and a row of the input at two different offsets of the arrays ({@code c[indexC++] += a * b[indexB++]}),
 * and C2 17 vectorizes a loop only when it can tell its arrays do not overlap, which it can when every access
 * has the same index. Here each row is an array of its own, indexed from 0, and four input rows are taken per pass
 * over the output row (one load and store of it per four multiply-adds), so the loops run eight points at a time.
 * Measured (JMH, {@code LayeredKernelBenchmark}, 8 x 8 weights on 256 points): see {@code BENCHMARKS.md}.
 */
final class RowProducts {
    private RowProducts() {}

    /**
     * {@code out[r][p] = init[r] + Σ_k C[r, k] in[k][p]} for r < rows, k < inputs, p < n, where C[r, k] is
     * {@code c.data[r * rowStride + k * inputStride]}: C = W with strides (W.numCols, 1), C = W' with (1, W.numCols).
     * The sum over k runs in order, four terms at a time; {@code inputs} is at least 1.
     *
     * @param c Not modified.
     * @param init Not modified. One value per output row, or null for 0.
     * @param in Not modified. {@code inputs} rows of at least n.
     * @param out Modified. {@code rows} rows of at least n; not one of {@code in}'s.
     */
    static void combine(
            DMatrixRMaj c,
            int rowStride,
            int inputStride,
            double[] init,
            double[][] in,
            int inputs,
            double[][] out,
            int rows,
            int n) {
        double[] cd = c.data;
        for (int r = 0; r < rows; r++) {
            double[] o = out[r];
            double start = init == null ? 0.0 : init[r];
            // The first pass over the row sets it (start + its terms), the others add their terms.
            for (int k = 0; k < inputs; k += 4) {
                int ck = r * rowStride + k * inputStride;
                double c0 = cd[ck];
                switch (Math.min(4, inputs - k)) {
                    case 4 -> {
                        double c1 = cd[ck + inputStride];
                        double c2 = cd[ck + 2 * inputStride];
                        double c3 = cd[ck + 3 * inputStride];
                        if (k == 0) {
                            set4(o, start, c0, in[k], c1, in[k + 1], c2, in[k + 2], c3, in[k + 3], n);
                        } else {
                            add4(o, c0, in[k], c1, in[k + 1], c2, in[k + 2], c3, in[k + 3], n);
                        }
                    }
                    case 3 -> {
                        double c1 = cd[ck + inputStride];
                        double c2 = cd[ck + 2 * inputStride];
                        if (k == 0) {
                            set3(o, start, c0, in[k], c1, in[k + 1], c2, in[k + 2], n);
                        } else {
                            add3(o, c0, in[k], c1, in[k + 1], c2, in[k + 2], n);
                        }
                    }
                    case 2 -> {
                        double c1 = cd[ck + inputStride];
                        if (k == 0) {
                            set2(o, start, c0, in[k], c1, in[k + 1], n);
                        } else {
                            add2(o, c0, in[k], c1, in[k + 1], n);
                        }
                    }
                    default -> {
                        if (k == 0) {
                            set1(o, start, c0, in[k], n);
                        } else {
                            add1(o, c0, in[k], n);
                        }
                    }
                }
            }
        }
    }

    // One loop per count of terms, each a plain loop over the points the JIT vectorizes.

    private static void set4(
            double[] o,
            double s,
            double c0,
            double[] i0,
            double c1,
            double[] i1,
            double c2,
            double[] i2,
            double c3,
            double[] i3,
            int n) {
        for (int p = 0; p < n; p++) {
            o[p] = s + (c0 * i0[p] + c1 * i1[p] + c2 * i2[p] + c3 * i3[p]);
        }
    }

    private static void add4(
            double[] o,
            double c0,
            double[] i0,
            double c1,
            double[] i1,
            double c2,
            double[] i2,
            double c3,
            double[] i3,
            int n) {
        for (int p = 0; p < n; p++) {
            o[p] += c0 * i0[p] + c1 * i1[p] + c2 * i2[p] + c3 * i3[p];
        }
    }

    private static void set3(
            double[] o, double s, double c0, double[] i0, double c1, double[] i1, double c2, double[] i2, int n) {
        for (int p = 0; p < n; p++) {
            o[p] = s + (c0 * i0[p] + c1 * i1[p] + c2 * i2[p]);
        }
    }

    private static void add3(
            double[] o, double c0, double[] i0, double c1, double[] i1, double c2, double[] i2, int n) {
        for (int p = 0; p < n; p++) {
            o[p] += c0 * i0[p] + c1 * i1[p] + c2 * i2[p];
        }
    }

    private static void set2(double[] o, double s, double c0, double[] i0, double c1, double[] i1, int n) {
        for (int p = 0; p < n; p++) {
            o[p] = s + (c0 * i0[p] + c1 * i1[p]);
        }
    }

    private static void add2(double[] o, double c0, double[] i0, double c1, double[] i1, int n) {
        for (int p = 0; p < n; p++) {
            o[p] += c0 * i0[p] + c1 * i1[p];
        }
    }

    private static void set1(double[] o, double s, double c0, double[] i0, int n) {
        for (int p = 0; p < n; p++) {
            o[p] = s + c0 * i0[p];
        }
    }

    private static void add1(double[] o, double c0, double[] i0, int n) {
        for (int p = 0; p < n; p++) {
            o[p] += c0 * i0[p];
        }
    }
}
