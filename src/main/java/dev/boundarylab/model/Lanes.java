package dev.boundarylab.model;

/**
 * Sums kept per position in a block of points (the LANES of {@link NeuralNetwork}): no loop carries a sum from one
 * point to the next, so the JIT vectorizes the loops, and the order of the additions depends on the block's length
 * alone.
 */
final class Lanes {
    private Lanes() {}

    /** {@code lanes[i] += u[i] * v[i]} for {@code i < n}; {@code =} instead of {@code +=} if {@code first}. */
    static void addProduct(double[] lanes, double[] u, double[] v, int n, boolean first) {
        if (first) {
            for (int i = 0; i < n; i++) {
                lanes[i] = u[i] * v[i];
            }
        } else {
            for (int i = 0; i < n; i++) {
                lanes[i] += u[i] * v[i];
            }
        }
    }

    /** {@code lanes[i] += u[i]} for {@code i < n}; {@code =} instead of {@code +=} if {@code first}. */
    static void add(double[] lanes, double[] u, int n, boolean first) {
        if (first) {
            System.arraycopy(u, 0, lanes, 0, n);
        } else {
            for (int i = 0; i < n; i++) {
                lanes[i] += u[i];
            }
        }
    }

    /**
     * The sum of the first {@code width} lanes, in eight interleaved partial sums (two additions a cycle, each
     * taking four) added pairwise at the end; the order of additions depends on {@code width} alone.
     */
    static double sum(double[] lanes, int width) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double s5 = 0;
        double s6 = 0;
        double s7 = 0;
        int i = 0;
        for (; i + 8 <= width; i += 8) {
            s0 += lanes[i];
            s1 += lanes[i + 1];
            s2 += lanes[i + 2];
            s3 += lanes[i + 3];
            s4 += lanes[i + 4];
            s5 += lanes[i + 5];
            s6 += lanes[i + 6];
            s7 += lanes[i + 7];
        }
        for (; i < width; i++) {
            s0 += lanes[i];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }
}
