package dev.boundarylab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.boundarylab.data.CsvData;
import dev.boundarylab.data.Dataset;
import dev.boundarylab.testutil.Golden;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The network's K softmax outputs: numpy's trajectories of 3 and 4 classes (golden/multiclass, made by
 * {@code trajectories_make.sh} there with the team's {@code numpy_network.py}) replayed to 1e-9, full batch and
 * mini-batch, with and without L2, 0, 1 and 2 hidden layers; and the engine's gradient against central finite
 * differences of J, with and without L2, 0, 1 and 2 layers.
 */
class SoftmaxNetworkTest {
    private static final String DIR = "src/test/resources/golden/multiclass/";

    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of("k3_tanh_8_full", "arms_300_seed0_k3.csv"),
                Arguments.of("k3_none_product_l2_full", "arms_300_seed0_k3.csv"),
                Arguments.of("k4_relu_6_5_l2_batch32", "gaussian_quantiles_200_seed3_k4.csv"),
                Arguments.of("k4_sigmoid_5_squares_full", "gaussian_quantiles_200_seed3_k4.csv"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void replaysNumpysTrajectoryOfKClasses(String name, String csv) throws Exception {
        JsonObject run = Golden.json("multiclass/network_" + name + ".json").getAsJsonObject();
        JsonObject c = run.getAsJsonObject("config");
        int k = c.get("classes").getAsInt();
        Architecture a = LayeredNetworkGoldenTest.architecture(c).withClasses(k);
        Dataset data = CsvData.read(Path.of(DIR + csv));
        assertEquals(k, data.classes());
        Network init = LayeredNetworkGoldenTest.network(a, run.getAsJsonObject("initial"));
        assertEquals(k, init.weights(init.depth() - 1).length, "K output rows");
        // randn(K, n) * scale for the last layer, in the same draw order.
        LayeredNetworkGoldenTest.assertSameParameters(
                init, Network.random(a, c.get("initSeed").getAsLong()), 1e-15, name + ": initial");
        Trainable net = Networks.bind(init, data);
        double rate = c.get("learningRate").getAsDouble();
        int epochs = c.get("epochs").getAsInt();
        Map<Integer, Double> costs = new HashMap<>();
        for (JsonElement e : run.getAsJsonArray("cost")) {
            costs.put(
                    e.getAsJsonObject().get("epoch").getAsInt(),
                    e.getAsJsonObject().get("cost").getAsDouble());
        }
        for (int e = 0; e < epochs; e++) {
            double j = net.step(rate);
            if (costs.containsKey(e)) {
                LayeredNetworkGoldenTest.assertRelative(costs.get(e), j, 1e-9, name + ": J at epoch " + e);
            }
        }
        LayeredNetworkGoldenTest.assertRelative(costs.get(epochs), net.cost(), 1e-9, name + ": J at the end");
        Network expected = LayeredNetworkGoldenTest.network(a, run.getAsJsonObject("final"));
        LayeredNetworkGoldenTest.assertSameParameters(expected, net.network(), 1e-9, name + ": final");
        double accuracy = run.get("trainAccuracy").getAsDouble();
        assertEquals(accuracy, net.lastAccuracy(), 1e-12, name);
        assertEquals(accuracy, net.network().accuracy(data), 1e-12, name);
        // The cost of the immutable network (Classifier.cost) is the engine's, less the L2 term.
        if (a.l2() == 0) {
            LayeredNetworkGoldenTest.assertRelative(net.cost(), net.network().cost(data), 1e-12, name + ": cost");
        }
    }

    static Stream<Arguments> gradientCases() {
        return Stream.of(
                Arguments.of(List.of(), 0.0, Activation.TANH, 3),
                Arguments.of(List.of(), 0.8, Activation.TANH, 5),
                Arguments.of(List.of(5), 0.0, Activation.TANH, 4),
                Arguments.of(List.of(5), 0.8, Activation.SIGMOID, 3),
                Arguments.of(List.of(4, 3), 0.0, Activation.RELU, 3),
                Arguments.of(List.of(4, 3), 0.8, Activation.TANH, 8));
    }

    @ParameterizedTest(name = "{0} l2={1} {2} K={3}")
    @MethodSource("gradientCases")
    void theStepIsMinusTheRateTimesTheFiniteDifferenceGradient(List<Integer> layers, double l2, Activation g, int k) {
        Architecture a = new Architecture(
                List.of(Feature.X1, Feature.X2, Feature.X1X2), layers, g, l2, 0, 10, InitScale.XAVIER, k);
        Network random = Network.random(a, 7);
        double[][] b = random.biases();
        for (int l = 0; l < b.length; l++) {
            for (int j = 0; j < b[l].length; j++) {
                b[l][j] = 0.1 * (j % 2 == 0 ? 1 : -1) * (j + 1);
            }
        }
        Network start = new Network(a, random.weights(), b);
        Dataset data = dev.boundarylab.data.DatasetKind.GAUSSIAN_QUANTILES.generate(120, 0, 5, k);
        LayeredNetwork net = new LayeredNetwork(start, data);
        double worst = StepGradient.worstError(net);
        assertTrue(worst < 1e-5, "worst relative gradient error " + worst);
    }

    @Test
    void theSeedsFastPathStaysForTwoClassesOnly() {
        Dataset three = dev.boundarylab.data.DatasetKind.ARMS.generate(90, 0.2, 1, 3);
        Network seedShape = Network.random(Architecture.seed(4).withClasses(3), 2);
        assertEquals(LayeredNetwork.class, Networks.bind(seedShape, three).getClass());
        assertEquals(
                SeedPath.class,
                Networks.bind(Network.random(Architecture.seed(4), 2), Golden.seedData())
                        .getClass());
    }
}
