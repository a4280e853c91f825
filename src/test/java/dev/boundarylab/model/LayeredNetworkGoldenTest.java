package dev.boundarylab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.boundarylab.data.Dataset;
import dev.boundarylab.testutil.Golden;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the trajectories {@code numpy_network.py trajectory} wrote (see golden/SOURCE.md): numpy's initial draw,
 * the full objective J at every listed epoch and the final parameters, to 1e-9 relative, full batch and
 * mini-batch, with and without L2, 0, 1, 2 and 3 hidden layers, every activation and several feature sets.
 */
class LayeredNetworkGoldenTest {
    static Stream<String> runs() {
        return Stream.of(
                "relu_8_8_full",
                "tanh_4_quadratic_l2_batch32",
                "none_products_full",
                "sigmoid_6_5_4_sin_l2_batch64",
                "linear_5_product_batch50",
                "relu_16_l2_full");
    }

    /** The architecture of a trajectory's config, read by the keys of {@link Architecture.Setting}. */
    static Architecture architecture(JsonObject c) {
        Architecture a = Architecture.defaults();
        JsonArray layers = c.getAsJsonArray(Architecture.Setting.LAYERS.key());
        StringBuilder sizes = new StringBuilder();
        for (JsonElement e : layers) {
            sizes.append(sizes.length() == 0 ? "" : ",").append(e.getAsInt());
        }
        a = a.with(Architecture.Setting.LAYERS, sizes.toString());
        StringBuilder features = new StringBuilder();
        for (JsonElement e : c.getAsJsonArray(Architecture.Setting.FEATURES.key())) {
            features.append(features.length() == 0 ? "" : ",").append(e.getAsString());
        }
        a = a.with(Architecture.Setting.FEATURES, features.toString());
        a = a.with(Architecture.Setting.ACTIVATION, c.get("activation").getAsString());
        a = a.with(Architecture.Setting.L2, c.get("l2").getAsString());
        JsonElement batch = c.get(Architecture.Setting.BATCH.key());
        a = a.with(Architecture.Setting.BATCH, batch == null || batch.isJsonNull() ? "0" : batch.getAsString());
        a = a.with(Architecture.Setting.SHUFFLE_SEED, c.get("shuffleSeed").getAsString());
        return a.with(Architecture.Setting.INIT_SCALE, c.get("initScale").getAsString());
    }

    static Network network(Architecture a, JsonObject form) {
        JsonArray layers = form.getAsJsonArray("layers");
        double[][][] w = new double[layers.size()][][];
        double[][] b = new double[layers.size()][];
        for (int l = 0; l < layers.size(); l++) {
            JsonObject layer = layers.get(l).getAsJsonObject();
            JsonArray rows = layer.getAsJsonArray("W");
            w[l] = new double[rows.size()][];
            for (int j = 0; j < rows.size(); j++) {
                JsonArray row = rows.get(j).getAsJsonArray();
                w[l][j] = new double[row.size()];
                for (int k = 0; k < row.size(); k++) {
                    w[l][j][k] = row.get(k).getAsDouble();
                }
            }
            JsonArray bias = layer.getAsJsonArray("b");
            b[l] = new double[bias.size()];
            for (int j = 0; j < bias.size(); j++) {
                b[l][j] = bias.get(j).getAsDouble();
            }
        }
        return new Network(a, w, b);
    }

    static void assertRelative(double expected, double actual, double rel, String what) {
        assertEquals(expected, actual, rel * Math.max(Math.abs(expected), 1e-300), what);
    }

    static void assertSameParameters(Network expected, Network actual, double rel, String what) {
        for (int l = 0; l < expected.depth(); l++) {
            double[][] we = expected.weights(l);
            double[][] wa = actual.weights(l);
            for (int j = 0; j < we.length; j++) {
                for (int k = 0; k < we[j].length; k++) {
                    assertRelative(we[j][k], wa[j][k], rel, what + " W" + (l + 1) + "[" + j + "][" + k + "]");
                }
                assertRelative(expected.biases(l)[j], actual.biases(l)[j], rel, what + " b" + (l + 1) + "[" + j + "]");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("runs")
    void drawsAsNumpyAndReplaysEveryListedObjectiveAndTheFinalParameters(String name) {
        JsonObject run = Golden.json("network_" + name + ".json").getAsJsonObject();
        JsonObject c = run.getAsJsonObject("config");
        Architecture a = architecture(c);
        Network init = network(a, run.getAsJsonObject("initial"));
        // numpy's randn and ours differ at most in the last bits of a logarithm.
        assertSameParameters(init, Network.random(a, c.get("initSeed").getAsLong()), 1e-15, "initial");
        Dataset data = Golden.seedData();
        Trainable net = Networks.bind(init, data);
        assertEquals(LayeredNetwork.class, net.getClass(), "not the seed's architecture");
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
                assertRelative(costs.get(e), j, 1e-9, name + ": J at epoch " + e);
            }
        }
        assertRelative(costs.get(epochs), net.cost(), 1e-9, name + ": J at epoch " + epochs);
        assertEquals(run.get("trainAccuracy").getAsDouble(), net.lastAccuracy(), 1e-12, name);
        Network expected = network(a, run.getAsJsonObject("final"));
        assertSameParameters(expected, net.network(), 1e-9, name + ": final");
        assertEquals(run.get("trainAccuracy").getAsDouble(), net.network().accuracy(data), 1e-12, name);
    }
}
