package dev.boundarylab.model;

/**
 * What every unit of a network computes over a coarse grid of the plane, for the pictures inside the network: the
 * input features, each hidden unit's activation and the output's probability of class 1 (for K classes each of
 * the K output units' softmax probability of its class), all from the network's
 * batch forward pass over the grid's cell centres at once (never per pixel), with each unit's range.
 *
 * <p>{@code value(l, j)} is row-major from the top row, as {@link Grid} lays cells out; layer 0 is the inputs (one
 * "unit" per feature), layers 1 to depth the network's layers, the last its output.
 */
public final class UnitFields {
    private final Grid grid;
    private final float[][][] values;
    private final float[][] min;
    private final float[][] max;

    private UnitFields(Grid grid, float[][][] values) {
        this.grid = grid;
        this.values = values;
        this.min = new float[values.length][];
        this.max = new float[values.length][];
        for (int l = 0; l < values.length; l++) {
            min[l] = new float[values[l].length];
            max[l] = new float[values[l].length];
            for (int j = 0; j < values[l].length; j++) {
                float lo = Float.POSITIVE_INFINITY;
                float hi = Float.NEGATIVE_INFINITY;
                for (float v : values[l][j]) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
                min[l][j] = lo;
                max[l][j] = hi;
            }
        }
    }

    /** Every unit of {@code network} over the cell centres of {@code grid}. */
    public static UnitFields of(Network network, Grid grid) {
        int n = grid.cells();
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.columns(); c++) {
                x1[r * grid.columns() + c] = grid.x1(c);
                x2[r * grid.columns() + c] = grid.x2(r);
            }
        }
        Architecture a = network.architecture();
        int depth = network.depth();
        float[][][] values = new float[depth + 1][][];
        values[0] = new float[a.features().size()][n];
        double[] f = new double[n];
        for (int k = 0; k < a.features().size(); k++) {
            a.features().get(k).values(x1, x2, n, f, 0);
            toFloat(f, values[0][k]);
        }
        for (int l = 0; l < depth; l++) {
            int units = network.biases(l).length;
            double[][] out = new double[units][n];
            network.activations(l, x1, x2, n, out);
            values[l + 1] = new float[units][n];
            if (l == depth - 1 && network.classes() > 2) {
                // K softmax outputs: each unit's probability of its class, from the K logits of each point.
                double[] z = new double[units];
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < units; j++) {
                        z[j] = out[j][i];
                    }
                    Softmax.probabilities(z, 0, units, z, 0);
                    for (int j = 0; j < units; j++) {
                        values[l + 1][j][i] = (float) z[j];
                    }
                }
                continue;
            }
            for (int j = 0; j < units; j++) {
                if (l == depth - 1) {
                    // The output's logit, shown as its probability of class 1.
                    for (int i = 0; i < n; i++) {
                        out[j][i] = Elementary.sigmoid(out[j][i]);
                    }
                }
                toFloat(out[j], values[l + 1][j]);
            }
        }
        return new UnitFields(grid, values);
    }

    private static void toFloat(double[] from, float[] to) {
        for (int i = 0; i < to.length; i++) {
            to[i] = (float) from[i];
        }
    }

    /** The grid the fields are sampled on. */
    public Grid grid() {
        return grid;
    }

    /** The number of layers, inputs included: the network's depth plus one. */
    public int layers() {
        return values.length;
    }

    /** The number of units of layer {@code l} (0: the input features). */
    public int units(int l) {
        return values[l].length;
    }

    /** The live values of unit j of layer l, row-major from the top row; read them, do not change them. */
    public float[] value(int l, int j) {
        return values[l][j];
    }

    /** The least value of unit j of layer l over the grid. */
    public float min(int l, int j) {
        return min[l][j];
    }

    /** The greatest value of unit j of layer l over the grid. */
    public float max(int l, int j) {
        return max[l][j];
    }
}
