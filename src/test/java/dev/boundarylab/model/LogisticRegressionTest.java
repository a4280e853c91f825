package dev.boundarylab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.testutil.Golden;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Newton's method reaches the optimum of the penalised log-loss, on easy, separable and badly scaled data. */
class LogisticRegressionTest {

    /** The points of {@code data} with both coordinates multiplied by k and the second then moved by shift. */
    static Dataset scaled(Dataset data, double k, double shift) {
        double[] x1 = data.x1();
        double[] x2 = data.x2();
        for (int i = 0; i < x1.length; i++) {
            x1[i] *= k;
            x2[i] = x2[i] * k + shift;
        }
        return new Dataset(data.name() + " x" + k, x1, x2, data.labels());
    }

    /** The seed's points relabelled by the line x1 + 0.3 x2 = 0.1, so that a line separates the classes. */
    static Dataset separable() {
        Dataset seed = Golden.seedData();
        int[] y = new int[seed.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = seed.x1(i) + 0.3 * seed.x2(i) > 0.1 ? 1 : 0;
        }
        return new Dataset("separable", seed.x1(), seed.x2(), y);
    }

    static Stream<Arguments> fits() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (Dataset data : new Dataset[] {Golden.seedData(), separable(), scaled(Golden.seedData(), 1e6, 3e6)}) {
            for (double C : new double[] {1e-4, 0.01, 1, 100, 1e4, 1e8}) {
                b.add(Arguments.of(data, C));
            }
        }
        return b.build();
    }

    /**
     * At the optimum the gradient of J, written out here in the data's own coordinates, vanishes:
     * {@code dJ/dw_j = C sum_i (sigmoid(z_i) - y_i) x_ij + w_j} and {@code dJ/db = C sum_i (sigmoid(z_i) - y_i)}.
     * Each component is compared with the sum of the absolute values of its terms, the scale of its rounding.
     */
    @ParameterizedTest
    @MethodSource("fits")
    void gradientOfTheObjectiveVanishesAtTheFit(Dataset data, double C) {
        LogisticRegression.Solution s = LogisticRegression.solve(data, C);
        assertTrue(s.converged(), "converged after " + s.iterations() + " steps");
        LogisticModel m = s.model();
        double[] w = {m.w1(), m.w2()};
        double[] g = {w[0], w[1], 0};
        double[] size = {Math.abs(w[0]), Math.abs(w[1]), 0};
        for (int i = 0; i < data.size(); i++) {
            double z = m.logit(data.x1(i), data.x2(i));
            // sigmoid(z) - y, without cancellation when the point is confidently right
            double r = data.label(i) == 1 ? -1.0 / (1.0 + Math.exp(z)) : 1.0 / (1.0 + Math.exp(-z));
            double[] term = {C * r * data.x1(i), C * r * data.x2(i), C * r};
            for (int j = 0; j < 3; j++) {
                g[j] += term[j];
                size[j] += Math.abs(term[j]);
            }
        }
        for (int j = 0; j < 3; j++) {
            assertEquals(0.0, g[j], 1e-9 * size[j], "gradient component " + j + " of " + size[j]);
        }
    }

    /**
     * Two points, (0, 0) of class 0 and (1, 0) of class 1: by symmetry w2 = 0 and b = -w1 / 2, and the gradient
     * in w1 vanishes where w1 = C sigmoid(-w1 / 2). A large C makes the pair separable with a far optimum.
     */
    @ParameterizedTest
    @ValueSource(doubles = {1e-4, 1, 1e4, 1e8, 1e12})
    void twoPointsFitTheirClosedForm(double C) {
        Dataset pair = new Dataset("pair", new double[] {0, 1}, new double[] {0, 0}, new int[] {0, 1});
        LogisticModel m = LogisticRegression.fit(pair, C);
        double w = m.w1();
        assertEquals(C / (1 + Math.exp(w / 2)), w, 1e-12 * w);
        assertEquals(-w / 2, m.intercept(), 1e-12 * w);
        assertEquals(0.0, m.w2(), 0.0);
    }

    @Test
    void separableDataConvergesToAFiniteModelThatSeparates() {
        Dataset data = separable();
        for (double C : new double[] {1e4, 1e8}) {
            LogisticRegression.Solution s = LogisticRegression.solve(data, C);
            assertTrue(s.converged() && s.iterations() < LogisticRegression.MAX_ITERATIONS);
            assertEquals(1.0, s.model().accuracy(data), 0.0, "C = " + C);
        }
        // The penalty keeps |w| finite, and it grows as the penalty weakens.
        assertTrue(LogisticRegression.fit(data, 1e8).w1()
                > LogisticRegression.fit(data, 1e4).w1());
    }

    /**
     * Scaling the coordinates by k is the same problem with C times k^2: fit(k x, C / k^2) has weights w / k and
     * the same intercept as fit(x, C), and moving x2 by a shift moves the intercept by -w2' shift.
     */
    @ParameterizedTest
    @ValueSource(doubles = {1e6, 1e-6})
    void scaledDataGivesTheScaledModel(double k) {
        Dataset seed = Golden.seedData();
        double shift = 3 * k;
        LogisticModel plain = LogisticRegression.fit(seed, 1.0);
        LogisticModel far = LogisticRegression.fit(scaled(seed, k, shift), 1.0 / (k * k));
        assertEquals(plain.w1() / k, far.w1(), 1e-9 * Math.abs(plain.w1() / k));
        assertEquals(plain.w2() / k, far.w2(), 1e-9 * Math.abs(plain.w2() / k));
        double shifted = plain.intercept() - far.w2() * shift;
        assertEquals(shifted, far.intercept(), 1e-9 * Math.abs(plain.w2() * 3));
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e-4, 1, 1e4})
    void dataAtAMillionStaysFiniteAndConverges(double C) {
        Dataset far = scaled(Golden.seedData(), 1e6, 3e6);
        LogisticRegression.Solution s = LogisticRegression.solve(far, C);
        assertTrue(s.converged());
        LogisticModel m = s.model();
        assertTrue(Double.isFinite(m.w1()) && Double.isFinite(m.w2()) && Double.isFinite(m.intercept()));
        assertTrue(Double.isFinite(m.cost(far)));
        LogisticRegressionCV.Result cv = LogisticRegressionCV.fit(far);
        assertTrue(Double.isFinite(cv.model().intercept()) && cv.fallback().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void refusesACThatIsNotAFinitePositiveNumber(double C) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> LogisticRegression.fit(Golden.seedData(), C));
        assertEquals(
                "C, the inverse regularisation strength, must be a finite number above 0; got " + C, e.getMessage());
    }

    @Test
    void refusesAnEmptyDataSet() {
        Dataset empty = new Dataset("empty.csv", new double[0], new double[0], new int[0]);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> LogisticRegression.fit(empty, 1.0));
        assertEquals("logistic regression needs points to fit; the data set 'empty.csv' is empty", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void refusesDataOfOneClass(int label) {
        Dataset one =
                new Dataset("one", new double[] {0, 1, 2}, new double[] {1, 0, 2}, new int[] {label, label, label});
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> LogisticRegression.fit(one, 1.0));
        assertEquals(
                "logistic regression needs points of both classes; this data has only class " + label, e.getMessage());
    }
}
