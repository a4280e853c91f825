package dev.boundarylab.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.testutil.Golden;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine's gradient is the objective's: one full-batch step at a tiny rate moves every parameter by
 * {@code -rate * dJ/dθ}, compared with central finite differences of J (the objective, L2 term included) for every
 * activation, with and without L2, with 0, 1 and 3 hidden layers and several feature sets.
 */
class LayeredNetworkGradientTest {
    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        List<List<Feature>> featureSets = List.of(
                List.of(Feature.X1, Feature.X2),
                List.of(Feature.X1, Feature.X2, Feature.X1SQ, Feature.X2SQ),
                List.of(Feature.X1X2, Feature.SINX1, Feature.SINX2));
        List<List<Integer>> layerSets = List.of(List.of(), List.of(5), List.of(4, 3, 5));
        int k = 0;
        for (Activation g : Activation.values()) {
            for (List<Integer> layers : layerSets) {
                for (double l2 : new double[] {0.0, 0.8}) {
                    List<Feature> features = featureSets.get(k++ % featureSets.size());
                    out.add(Arguments.of(g, layers, features, l2));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} l2={3}")
    @MethodSource("cases")
    void theStepIsMinusTheRateTimesTheFiniteDifferenceGradient(
            Activation g, List<Integer> layers, List<Feature> features, double l2) {
        Architecture a = new Architecture(features, layers, g, l2, 0, 10, InitScale.XAVIER);
        // xavier weights and non-zero biases, so every unit is off zero (relu's kink) and gradients are sizable.
        Network start = withBiases(Network.random(a, 7), 0.1);
        Dataset data = Golden.seedData();
        LayeredNetwork net = new LayeredNetwork(start, data);
        double worst = StepGradient.worstError(net);
        assertTrue(worst < 1e-5, "worst relative gradient error " + worst);
    }

    private static Network withBiases(Network n, double value) {
        double[][] b = n.biases();
        for (int l = 0; l < b.length; l++) {
            for (int j = 0; j < b[l].length; j++) {
                b[l][j] = value * (j % 2 == 0 ? 1 : -1);
            }
        }
        return new Network(n.architecture(), n.weights(), b);
    }
}
