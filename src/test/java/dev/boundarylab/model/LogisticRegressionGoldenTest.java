package dev.boundarylab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.boundarylab.data.Dataset;
import dev.boundarylab.testutil.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the logistic baseline against scikit-learn 1.2.1 on the seed data
 * (shared/golden/logistic_gaussian_quantiles_200_seed3.json, see src/test/resources/golden/SOURCE.md).
 */
class LogisticRegressionGoldenTest {
    private static final JsonObject GOLDEN =
            Golden.json("logistic_gaussian_quantiles_200_seed3.json").getAsJsonObject();

    private static double coef(JsonObject o, int j) {
        return o.getAsJsonArray("coef").get(j).getAsDouble();
    }

    private static void assertRelative(double expected, double actual, double rel, String what) {
        assertEquals(expected, actual, rel * Math.abs(expected), what);
    }

    /** J(w, b) = C sum(log-loss) + (w1^2 + w2^2) / 2, written out here in the data's own coordinates. */
    static double objective(Dataset data, double C, double w1, double w2, double b) {
        double sum = 0;
        for (int i = 0; i < data.size(); i++) {
            double z = w1 * data.x1(i) + w2 * data.x2(i) + b;
            sum += Math.log1p(Math.exp(-Math.abs(z))) + Math.max(z, 0) - data.label(i) * z;
        }
        return C * sum + 0.5 * (w1 * w1 + w2 * w2);
    }

    @Test
    void crossValidationChoosesScikitLearnsCExactly() {
        LogisticRegressionCV.Result result = LogisticRegressionCV.fit(Golden.seedData());
        assertEquals(GOLDEN.getAsJsonObject("cv").get("C").getAsDouble(), result.C(), 0.0);
        assertTrue(result.fallback().isEmpty());
    }

    @Test
    void theChosenCIsTheFirstWithTheBestMeanScore() {
        LogisticRegressionCV.Result result = LogisticRegressionCV.fit(Golden.seedData());
        double[] scores = result.meanScores();
        int best = 0;
        for (int c = 1; c < scores.length; c++) {
            best = scores[c] > scores[best] ? c : best;
        }
        assertEquals(result.Cs()[best], result.C(), 0.0);
        // The seed data's mean fold accuracies rise from 0.475 and are level from the fifth C on: a tie that the
        // rule "first on ties" settles, and that would pick another C if it were "last on ties".
        assertEquals(4, best);
        assertEquals(scores[4], scores[9], 0.0);
    }

    @Test
    void crossValidatedRefitMatchesScikitLearn() {
        Dataset data = Golden.seedData();
        JsonObject cv = GOLDEN.getAsJsonObject("cv");
        LogisticModel model = LogisticRegressionCV.fit(data).model();
        // scikit-learn's refit stops L-BFGS at tol 1e-4, ours at the exact optimum: compare to 1e-3 of the size of
        // the coefficients (the intercept, about 4e-4, is too small to compare relative to itself).
        double size = Math.max(Math.abs(coef(cv, 0)), Math.abs(coef(cv, 1)));
        assertEquals(coef(cv, 0), model.w1(), 1e-3 * size, "w1");
        assertEquals(coef(cv, 1), model.w2(), 1e-3 * size, "w2");
        assertEquals(cv.get("intercept").getAsDouble(), model.intercept(), 1e-3 * size, "intercept");
        assertEquals(cv.get("accuracy").getAsDouble(), model.accuracy(data), 0.0);
    }

    /**
     * The fixed-C entries are the exact optima of J (Newton's method in float64 until the gradient is at rounding
     * level, revised edition of 2026-12-01): an exact solver lands on them to 1e-9 relative, even the intercept at
     * C = 0.01 (1.497e-4), which scikit-learn's lbfgs, in the first edition, left at 9.2e-5.
     */
    @ParameterizedTest
    @ValueSource(strings = {"C=0.01", "C=1", "C=100"})
    void fixedCFitsAreTheExactOptimaToOnePartInABillion(String key) {
        Dataset data = Golden.seedData();
        JsonObject expected = GOLDEN.getAsJsonObject(key);
        double C = Double.parseDouble(key.substring(2));
        LogisticModel model = LogisticRegression.fit(data, C);
        assertRelative(coef(expected, 0), model.w1(), 1e-9, "w1");
        assertRelative(coef(expected, 1), model.w2(), 1e-9, "w2");
        assertRelative(expected.get("intercept").getAsDouble(), model.intercept(), 1e-9, "intercept");
        assertEquals(expected.get("accuracy").getAsDouble(), model.accuracy(data), 0.0);
        assertEquals(C, model.C(), 0.0);
        // The optimum is where J is least: a step of 1e-6 in any coordinate raises it.
        double j0 = objective(data, C, model.w1(), model.w2(), model.intercept());
        for (double[] d : new double[][] {{1e-6, 0, 0}, {-1e-6, 0, 0}, {0, 1e-6, 0}, {0, -1e-6, 0}, {0, 0, 1e-6}}) {
            assertTrue(objective(data, C, model.w1() + d[0], model.w2() + d[1], model.intercept() + d[2]) > j0);
        }
    }

    @Test
    void candidateCsAreNumpysLogspace() {
        // numpy.logspace(-4, 4, 10), printed with repr by numpy 2.4.6 (the golden C is the fifth).
        double[] numpy = {
            0.0001,
            0.000774263682681127,
            0.005994842503189409,
            0.046415888336127774,
            0.3593813663804626,
            2.782559402207126,
            21.54434690031882,
            166.81005372000558,
            1291.5496650148827,
            10000.0
        };
        double[] Cs = LogisticRegressionCV.defaultCs();
        assertEquals(numpy.length, Cs.length);
        assertEquals(GOLDEN.getAsJsonObject("cv").get("C").getAsDouble(), Cs[4], 0.0);
        for (int i = 0; i < Cs.length; i++) {
            // Math.pow may differ from C's pow by an ulp on some platforms; the exponents themselves are numpy's.
            assertEquals(numpy[i], Cs[i], Math.ulp(numpy[i]), "C[" + i + "]");
        }
    }
}
