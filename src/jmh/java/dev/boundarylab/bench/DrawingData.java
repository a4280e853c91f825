package dev.boundarylab.bench;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.NeuralNetwork;
import dev.boundarylab.model.Parameters;
import dev.boundarylab.render.CostChartSpec;

/**
 * What the drawing benchmarks draw: the seed's kind of data ({@link SeedData}), a network trained on it as the
 * window would show it after a few hundred epochs, and the cost curve of a real run.
 */
final class DrawingData {
    /** Epochs the drawn networks are trained for: enough to leave the tiny initial weights behind. */
    static final int EPOCHS = 300;

    private DrawingData() {
    }

    /** The seed's 200 points of two gaussian quantiles. */
    static Dataset points(int m, long seed) {
        return SeedData.gaussianQuantiles(m, seed);
    }

    /** The seed network with {@code hidden} units after {@value #EPOCHS} epochs at learning rate 1.2. */
    static Parameters trainedNetwork(int hidden) {
        NeuralNetwork net = new NeuralNetwork(Parameters.random(hidden, 2), points(200, 1));
        for (int e = 0; e < EPOCHS; e++) {
            net.step(1.2);
        }
        return net.parameters();
    }

    /**
     * The cost chart of a 4-hidden-unit run on the seed's data at {@code learningRate}, {@code n} points one every
     * 10 epochs (what the window's cost history keeps of a run of 10 n epochs), with a logistic regression's cost
     * as reference. At the seed's rate 1.2 this data makes the cost oscillate in spikes (the dearest chart to
     * draw: every pixel column spans a tall range); at 0.3 it falls smoothly.
     */
    static CostChartSpec costChart(int n, double learningRate) {
        NeuralNetwork net = new NeuralNetwork(Parameters.random(4, 2), points(200, 1));
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
