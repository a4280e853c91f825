package dev.boundarylab.model;

/**
 * An input feature of the network, a function of the point (x1, x2): the first layer's inputs are the chosen
 * features in their listed order (TensorFlow Playground's input tiles). {@link #id} is the name the command line
 * and the JSON files use.
 */
public enum Feature {
    /** x1 itself. */
    X1("x1"),
    /** x2 itself. */
    X2("x2"),
    /** x1 squared. */
    X1SQ("x1sq"),
    /** x2 squared. */
    X2SQ("x2sq"),
    /** The product x1 x2. */
    X1X2("x1x2"),
    /** sin x1. */
    SINX1("sinx1"),
    /** sin x2. */
    SINX2("sinx2");

    private final String id;

    Feature(String id) {
        this.id = id;
    }

    /** The feature's name in files and on the command line, e.g. "x1sq". */
    public String id() {
        return id;
    }

    /** The feature at the point (x1, x2). */
    public double value(double x1, double x2) {
        return switch (this) {
            case X1 -> x1;
            case X2 -> x2;
            case X1SQ -> x1 * x1;
            case X2SQ -> x2 * x2;
            case X1X2 -> x1 * x2;
            case SINX1 -> Math.sin(x1);
            case SINX2 -> Math.sin(x2);
        };
    }

    /**
     * The feature of the points (x1[i], x2[i]), i below {@code n}, into {@code out[offset .. offset + n)}.
     *
     * @param x1 Not modified.
     * @param x2 Not modified.
     * @param out Modified.
     */
    public void values(double[] x1, double[] x2, int n, double[] out, int offset) {
        switch (this) {
            case X1 -> System.arraycopy(x1, 0, out, offset, n);
            case X2 -> System.arraycopy(x2, 0, out, offset, n);
            case X1SQ -> {
                for (int i = 0; i < n; i++) {
                    out[offset + i] = x1[i] * x1[i];
                }
            }
            case X2SQ -> {
                for (int i = 0; i < n; i++) {
                    out[offset + i] = x2[i] * x2[i];
                }
            }
            case X1X2 -> {
                for (int i = 0; i < n; i++) {
                    out[offset + i] = x1[i] * x2[i];
                }
            }
            case SINX1 -> {
                for (int i = 0; i < n; i++) {
                    out[offset + i] = Math.sin(x1[i]);
                }
            }
            case SINX2 -> {
                for (int i = 0; i < n; i++) {
                    out[offset + i] = Math.sin(x2[i]);
                }
            }
        }
    }

    /**
     * The feature named {@code id}.
     *
     * @throws IllegalArgumentException naming the choices if there is none
     */
    public static Feature of(String id) {
        for (Feature f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException(
                "unknown feature '" + id + "'; the features are " + Names.list(values(), Feature::id));
    }
}
