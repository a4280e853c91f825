package dev.boundarylab.model;

/**
 * The activation g of the hidden layers, A = g(Z), with its derivative written from Z and A as the course writes
 * it (tanh 1 - A^2, sigmoid A(1 - A), relu 1 where Z > 0 else 0, linear 1). {@link #id} is the name the command
 * line and the JSON files use.
 */
public enum Activation {
    /** The hyperbolic tangent, the seed's. */
    TANH("tanh"),
    /** max(Z, 0). */
    RELU("relu"),
    /** The logistic function 1 / (1 + e^-Z). */
    SIGMOID("sigmoid"),
    /** The identity. */
    LINEAR("linear");

    private final String id;

    Activation(String id) {
        this.id = id;
    }

    /** The activation's name in files and on the command line, e.g. "relu". */
    public String id() {
        return id;
    }

    /** g(z). */
    public double apply(double z) {
        return switch (this) {
            case TANH -> Elementary.tanh(z);
            case RELU -> z > 0 ? z : 0.0;
            case SIGMOID -> Elementary.sigmoid(z);
            case LINEAR -> z;
        };
    }

    /** g'(z), from z and a = g(z). */
    public double derivative(double z, double a) {
        return switch (this) {
            case TANH -> 1.0 - a * a;
            case RELU -> z > 0 ? 1.0 : 0.0;
            case SIGMOID -> a * (1.0 - a);
            case LINEAR -> 1.0;
        };
    }

    /**
     * The activation named {@code id}.
     *
     * @throws IllegalArgumentException naming the choices if there is none
     */
    public static Activation of(String id) {
        for (Activation a : values()) {
            if (a.id.equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException(
                "unknown activation '" + id + "'; the activations are " + Names.list(values(), Activation::id));
    }
}
