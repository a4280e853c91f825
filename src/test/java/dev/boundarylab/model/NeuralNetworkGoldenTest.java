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

/** Replays shared/golden/network_trajectories.json (numpy float64) from its initial parameters. */
class NeuralNetworkGoldenTest {
    static Stream<JsonObject> runs() {
        JsonArray all = Golden.json("network_trajectories.json").getAsJsonArray();
        return Stream.of(all.get(0).getAsJsonObject(), all.get(1).getAsJsonObject());
    }

    static Parameters params(JsonObject o) {
        JsonArray w1 = o.getAsJsonArray("W1");
        int h = w1.size();
        double[][] W1 = new double[h][2];
        double[] b1 = new double[h];
        double[] W2 = new double[h];
        for (int j = 0; j < h; j++) {
            W1[j][0] = w1.get(j).getAsJsonArray().get(0).getAsDouble();
            W1[j][1] = w1.get(j).getAsJsonArray().get(1).getAsDouble();
            b1[j] = o.getAsJsonArray("b1").get(j).getAsDouble();
            W2[j] = o.getAsJsonArray("W2").get(j).getAsDouble();
        }
        return new Parameters(W1, b1, W2, o.get("b2").getAsDouble());
    }

    static void assertRelative(double expected, double actual, double rel, String what) {
        double tol = rel * Math.max(Math.abs(expected), 1e-300);
        assertEquals(expected, actual, tol, what);
    }

    @ParameterizedTest
    @MethodSource("runs")
    void replaysEveryListedCostAndTheFinalParameters(JsonObject run) {
        Dataset data = Golden.seedData();
        Parameters init = params(run.getAsJsonObject("initial"));
        NeuralNetwork net = new NeuralNetwork(init, data);
        double lr = run.get("learningRate").getAsDouble();
        int epochs = run.get("epochs").getAsInt();
        Map<Integer, Double> costs = new HashMap<>();
        for (JsonElement e : run.getAsJsonArray("cost")) {
            costs.put(
                    e.getAsJsonObject().get("epoch").getAsInt(),
                    e.getAsJsonObject().get("cost").getAsDouble());
        }
        assertEquals(init.hidden(), run.get("hidden").getAsInt());
        for (int e = 0; e < epochs; e++) {
            double c = net.step(lr);
            if (costs.containsKey(e)) {
                assertRelative(costs.get(e), c, 1e-9, "cost at epoch " + e);
            }
        }
        assertRelative(costs.get(epochs), net.cost(), 1e-9, "cost at epoch " + epochs);
        assertEquals(run.get("trainAccuracy").getAsDouble(), net.accuracy(), 1e-12);
        Parameters expected = params(run.getAsJsonObject("final"));
        Parameters actual = net.parameters();
        for (int j = 0; j < expected.hidden(); j++) {
            assertRelative(expected.w1(j, 0), actual.w1(j, 0), 1e-9, "W1[" + j + "][0]");
            assertRelative(expected.w1(j, 1), actual.w1(j, 1), 1e-9, "W1[" + j + "][1]");
            assertRelative(expected.b1(j), actual.b1(j), 1e-9, "b1[" + j + "]");
            assertRelative(expected.w2(j), actual.w2(j), 1e-9, "W2[" + j + "]");
        }
        assertRelative(expected.b2(), actual.b2(), 1e-9, "b2");
    }
}
