package dev.boundarylab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.testutil.Golden;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The gradient and Hessian that drive Newton's method, against finite differences of J and of the gradient. */
class LogisticObjectiveTest {
    static Stream<Arguments> cases() {
        Dataset seed = Golden.seedData();
        Dataset far = LogisticRegressionTest.scaled(seed, 1e6, 3e6);
        return Stream.of(
                // Near the optimum, where most points are uncertain.
                Arguments.of(seed, 0.7, new double[] {0.1, 0.05, 0.01}),
                // Large parameters: many points saturated, the curvature of some below 1e-10.
                Arguments.of(seed, 0.7, new double[] {25.0, -12.0, 3.0}),
                Arguments.of(seed, 1e4, new double[] {-2.0, 0.5, -1.0}),
                Arguments.of(seed, 1e-4, new double[] {0.3, 0.2, -0.1}),
                // Points at 1e6 and beyond, whose penalty curvature in scaled coordinates is about 1e-12.
                Arguments.of(far, 1.0, new double[] {2.0, -1.0, 0.5}));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void gradientMatchesCentralDifferencesOfTheObjective(Dataset data, double C, double[] at) {
        LogisticObjective J = new LogisticObjective(data, C);
        DMatrixRMaj theta = new DMatrixRMaj(3, 1, true, at);
        DMatrixRMaj g = new DMatrixRMaj(3, 1);
        DMatrixRMaj H = new DMatrixRMaj(3, 3);
        double value = J.evaluate(theta, g, H, new DMatrixRMaj(3, 1));
        assertEquals(J.value(theta), value, 1e-14 * value, "evaluate and value agree on J");
        for (int k = 0; k < 3; k++) {
            double h = 1e-5 * Math.max(1.0, Math.abs(at[k]));
            double fd = (J.value(shifted(theta, k, h)) - J.value(shifted(theta, k, -h))) / (2 * h);
            assertEquals(fd, g.get(k), 1e-6 * Math.max(1.0, Math.abs(fd)), "dJ/dtheta" + k);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void hessianMatchesCentralDifferencesOfTheGradient(Dataset data, double C, double[] at) {
        LogisticObjective J = new LogisticObjective(data, C);
        DMatrixRMaj theta = new DMatrixRMaj(3, 1, true, at);
        DMatrixRMaj g = new DMatrixRMaj(3, 1);
        DMatrixRMaj H = new DMatrixRMaj(3, 3);
        J.evaluate(theta, g, H, new DMatrixRMaj(3, 1));
        DMatrixRMaj gPlus = new DMatrixRMaj(3, 1);
        DMatrixRMaj gMinus = new DMatrixRMaj(3, 1);
        DMatrixRMaj unused = new DMatrixRMaj(3, 3);
        double scale = Math.max(1.0, CommonOps_DDRM.elementMaxAbs(H));
        for (int k = 0; k < 3; k++) {
            double h = 1e-5 * Math.max(1.0, Math.abs(at[k]));
            J.evaluate(shifted(theta, k, h), gPlus, unused, new DMatrixRMaj(3, 1));
            J.evaluate(shifted(theta, k, -h), gMinus, unused, new DMatrixRMaj(3, 1));
            for (int j = 0; j < 3; j++) {
                double fd = (gPlus.get(j) - gMinus.get(j)) / (2 * h);
                assertEquals(fd, H.get(j, k), 1e-6 * scale, "d2J/dtheta" + j + "dtheta" + k);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void scaledCoordinatesDescribeTheSameModelAndObjective(Dataset data, double C, double[] at) {
        LogisticObjective J = new LogisticObjective(data, C);
        LogisticModel model = J.toModel(new DMatrixRMaj(3, 1, true, at));
        double raw = LogisticRegressionGoldenTest.objective(data, C, model.w1(), model.w2(), model.intercept());
        DMatrixRMaj back = J.toTheta(model.w1(), model.w2(), model.intercept());
        assertEquals(raw, J.value(back), 1e-9 * raw);
        for (int k = 0; k < 3; k++) {
            assertEquals(at[k], back.get(k), 1e-9 * Math.max(1.0, Math.abs(at[k])), "theta" + k);
        }
    }

    private static DMatrixRMaj shifted(DMatrixRMaj theta, int k, double h) {
        DMatrixRMaj t = theta.copy();
        t.set(k, t.get(k) + h);
        return t;
    }
}
