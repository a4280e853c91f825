package dev.boundarylab.model;

import dev.boundarylab.data.Dataset;

/** The seed's fast path, {@link NeuralNetwork}, as a {@link Trainable} of the architecture it was chosen for. */
final class SeedPath implements Trainable {
    private final NeuralNetwork net;
    private final Architecture arch;

    SeedPath(Network initial, Dataset data) {
        this.net = new NeuralNetwork(initial.seedForm(), data);
        this.arch = initial.architecture();
    }

    @Override
    public double step(double learningRate) {
        return net.step(learningRate);
    }

    @Override
    public double cost() {
        return net.cost();
    }

    @Override
    public double lastCost() {
        return net.lastCost();
    }

    @Override
    public double lastAccuracy() {
        return net.lastAccuracy();
    }

    @Override
    public int size() {
        return net.size();
    }

    @Override
    public int parameterCount() {
        return 4 * net.hidden() + 1;
    }

    @Override
    public void saveParameters(double[] theta) {
        net.saveParameters(theta);
    }

    @Override
    public void restoreParameters(double[] theta) {
        net.restoreParameters(theta);
    }

    @Override
    public boolean parametersFinite() {
        return net.parametersFinite();
    }

    @Override
    public Network network() {
        return Network.of(net.parameters()).withArchitecture(arch);
    }
}
