package dev.boundarylab.model;

import dev.boundarylab.data.Dataset;

/** Which engine trains a network: the seed's fast path when it computes exactly this, the general one otherwise. */
public final class Networks {
    private Networks() {}

    /**
     * Binds {@code initial} to the points of {@code data}: {@link NeuralNetwork} for exactly the seed's
     * architecture (x1, x2 → one tanh layer → sigmoid, λ = 0, two classes, full batch), {@link LayeredNetwork} on
     * EJML for any other (K softmax outputs for K &gt; 2 classes). Both are checked against the same numpy references and agree on the seed's to 1e-12.
     *
     * @throws IllegalArgumentException if the data set is empty, or the network's classes are not the data's
     */
    public static Trainable bind(Network initial, Dataset data) {
        Architecture a = initial.architecture();
        if (a.classes() != data.classes()) {
            throw new IllegalArgumentException(
                    "the network has " + a.classes() + " classes and the data " + data.classes() + "; they must agree");
        }
        if (a.isSeedShape(data.size())) {
            return new SeedPath(initial, data);
        }
        return new LayeredNetwork(initial, data);
    }
}
