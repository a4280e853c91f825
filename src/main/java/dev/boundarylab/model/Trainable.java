package dev.boundarylab.model;

/**
 * A network bound to its training points, trained one epoch at a time: what a trainer drives, whichever engine
 * computes it ({@link NeuralNetwork}, the seed's fast path, or {@link LayeredNetwork}, any architecture). Mutable,
 * for one thread. {@link Networks#bind} picks the engine.
 */
public interface Trainable {
    /**
     * One epoch of gradient descent (one update, or one per mini-batch). Returns the objective J (mean cost plus the
     * L2 term) of the parameters before the epoch, also {@link #lastCost()} afterwards; {@link #lastAccuracy()} is
     * the accuracy of those parameters. Allocates nothing.
     */
    double step(double learningRate);

    /** The objective J of the current parameters (a forward pass, no update). */
    double cost();

    /** The objective computed by the last {@link #step} or {@link #cost} call, NaN before any. */
    double lastCost();

    /** The share of points classified correctly by the parameters the last pass saw. */
    double lastAccuracy();

    /** The number of training points. */
    int size();

    /** How many numbers {@link #saveParameters} writes. */
    int parameterCount();

    /**
     * Copies the current parameters into {@code theta} in the engine's own layout; allocates nothing.
     *
     * @param theta Modified. {@link #parameterCount} long.
     */
    void saveParameters(double[] theta);

    /**
     * Puts back parameters saved by {@link #saveParameters}; allocates nothing.
     *
     * @param theta Not modified.
     */
    void restoreParameters(double[] theta);

    /** Whether every parameter is still a finite number. */
    boolean parametersFinite();

    /** An immutable copy of the current parameters. */
    Network network();

    /**
     * Tells the engine how many epochs its parameters have had, where a run goes on from a saved one: epoch e of
     * mini-batches shuffles with {@code RandomState(shuffleSeed + e)}, so the next epoch's shuffle depends on it.
     * A full-batch engine keeps no such state and does nothing.
     */
    default void setEpochsTrained(long epochs) {}
}
