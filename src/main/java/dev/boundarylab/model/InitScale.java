package dev.boundarylab.model;

/**
 * The scale s_l of the initial weights, {@code W_l = randn(n_l, n_{l-1}) * s_l}: {@code small} 0.01 (the seed's),
 * {@code xavier} 1/sqrt(n_{l-1}), {@code he} sqrt(2/n_{l-1}).
 */
public enum InitScale {
    /** 0.01, the seed's: fine for one layer, too small to pass a signal through several. */
    SMALL("small"),
    /** 1 / sqrt(n_in), which keeps the variance of tanh and linear layers. */
    XAVIER("xavier"),
    /** sqrt(2 / n_in), which keeps the variance of relu layers. */
    HE("he");

    private final String id;

    InitScale(String id) {
        this.id = id;
    }

    /** The scale's name in files and on the command line, e.g. "xavier". */
    public String id() {
        return id;
    }

    /** The factor for a layer with {@code inputs} inputs. */
    public double scale(int inputs) {
        return switch (this) {
            case SMALL -> 0.01;
            case XAVIER -> 1 / Math.sqrt(inputs);
            case HE -> Math.sqrt(2.0 / inputs);
        };
    }

    /** The default for a network of {@code hiddenLayers} hidden layers: small with at most one, xavier with more. */
    public static InitScale defaultFor(int hiddenLayers) {
        return hiddenLayers <= 1 ? SMALL : XAVIER;
    }

    /**
     * The scale named {@code id}.
     *
     * @throws IllegalArgumentException naming the choices if there is none
     */
    public static InitScale of(String id) {
        for (InitScale s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException(
                "unknown initial scale '" + id + "'; the scales are " + Names.list(values(), InitScale::id));
    }
}
