package dev.boundarylab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.boundarylab.data.Dataset;
import dev.boundarylab.testutil.Golden;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The baseline on features against golden/logistic_features_gaussian_quantiles_200_seed3.json (see SOURCE.md):
 * scikit-learn's {@code LogisticRegressionCV()} on the expanded matrix chooses the same C, and the refit is the
 * exact optimum at that C (Newton in numpy) to 1e-9 relative, with its training accuracy.
 */
class FeatureLogisticRegressionTest {
    @Test
    void choosesScikitLearnsCAndReachesTheExactOptimum() {
        Dataset data = Golden.seedData();
        JsonArray runs = Golden.json("logistic_features_gaussian_quantiles_200_seed3.json")
                .getAsJsonObject()
                .getAsJsonArray("runs");
        assertEquals(3, runs.size());
        for (JsonElement e : runs) {
            JsonObject run = e.getAsJsonObject();
            List<Feature> features = new ArrayList<>();
            for (JsonElement f : run.getAsJsonArray("features")) {
                features.add(Feature.of(f.getAsString()));
            }
            FeatureLogisticRegression.Result r = FeatureLogisticRegression.cv(data, features);
            assertEquals(run.get("C").getAsDouble(), r.C(), 0.0, features + ": C");
            assertTrue(r.fallback().isEmpty());
            double[] w = r.model().weights(0)[0];
            JsonArray coef = run.getAsJsonArray("coef");
            for (int k = 0; k < w.length; k++) {
                double want = coef.get(k).getAsDouble();
                assertEquals(want, w[k], 1e-9 * Math.abs(want), features + ": w" + k);
            }
            double b = run.get("intercept").getAsDouble();
            assertEquals(b, r.model().biases(0)[0], 1e-9 * Math.abs(b), features + ": intercept");
            assertEquals(run.get("accuracy").getAsDouble(), r.model().accuracy(data), 1e-12, features.toString());
        }
    }

    @Test
    void onX1AndX2ItIsTheTwoFeatureBaseline() {
        Dataset data = Golden.seedData();
        List<Feature> plain = List.of(Feature.X1, Feature.X2);
        for (double C : new double[] {0.01, 1, 100}) {
            LogisticModel two = LogisticRegression.fit(data, C);
            Network general = FeatureLogisticRegression.fit(data, plain, C);
            assertEquals(two.w1(), general.weights(0)[0][0], 1e-9 * Math.abs(two.w1()), "w1 at C = " + C);
            assertEquals(two.w2(), general.weights(0)[0][1], 1e-9 * Math.abs(two.w2()), "w2 at C = " + C);
            assertEquals(two.intercept(), general.biases(0)[0], 1e-9 * Math.abs(two.intercept()), "b at C = " + C);
        }
    }
}
