package dev.boundarylab.bench;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.data.DatasetKind;
import dev.boundarylab.model.NeuralNetwork;
import dev.boundarylab.model.Parameters;
import dev.boundarylab.render.CostChartSpec;

/**
 * What the drawing benchmarks draw: the window's default data (the seed's 200 gaussian-quantile points, data seed
 * 3), a network trained on it as the window shows it after a few hundred epochs, and the cost curve of a real run.
 */
final class DrawingData {
    /** Epochs the drawn networks are trained for: enough to leave the tiny initial weights behind. */
    static final int EPOCHS = 300;

    private DrawingData() {}

    /** The window's default data set: 200 points of two gaussian quantiles, data seed 3. */
    static Dataset points() {
        return DatasetKind.fromId("gaussian-quantiles").generate(200, 3);
    }

    /** The seed network (initial seed 2) with {@code hidden} units after {@value #EPOCHS} epochs at rate 1.2. */
    static Parameters trainedNetwork(int hidden) {
        NeuralNetwork net = new NeuralNetwork(Parameters.random(hidden, 2), points());
        for (int e = 0; e < EPOCHS; e++) {
            net.step(1.2);
        }
        return net.parameters();
    }

    /**
     * The cost chart of the window's default run (4 hidden units, initial seed 2) at {@code learningRate}:
     * {@code n} points one every 10 epochs (what the window's cost history keeps of a run of 10 n epochs), with a
     * logistic regression's cost as reference. At the default rate 1.2 the cost spikes again and again after a few
     * thousand epochs, which is the dearest chart to draw (tall strokes in many pixel columns); at 0.3 it falls
     * smoothly.
     */
    static CostChartSpec costChart(int n, double learningRate) {
        NeuralNetwork net = new NeuralNetwork(Parameters.random(4, 2), points());
        long[] epochs = new long[n];
        double[] costs = new double[n];
        for (int i = 0; i < n; i++) {
            epochs[i] = 10L * i;
            costs[i] = net.cost();
            for (int e = 0; e < 10; e++) {
                net.step(learningRate);
            }
        }
        return CostChartSpec.of(epochs, costs, 0.69, false);
    }
}
