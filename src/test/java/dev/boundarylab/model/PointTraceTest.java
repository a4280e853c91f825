package dev.boundarylab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.testutil.Golden;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A point's numbers through the network: worked out here by hand for a two-layer network, and the shares of every
 * point summing to the gradient of the mean cost in the output layer's weights (central finite differences).
 */
class PointTraceTest {
    private static final Architecture TWO_LAYERS = new Architecture(
            List.of(Feature.X1, Feature.X2, Feature.X1SQ), List.of(3, 2), Activation.TANH, 0, 0, 10, InitScale.XAVIER);

    @Test
    void eachLayersNumbersAreTheForwardPassByHand() {
        Network n = Network.random(TWO_LAYERS, 5);
        double x1 = 0.7;
        double x2 = -1.3;
        PointTrace t = PointTrace.of(n, x1, x2, 1, 200);
        double[] x = {x1, x2, x1 * x1};
        assertArrayEquals(x, t.x(), 1e-15);
        double[] in = x;
        for (int l = 0; l < 3; l++) {
            double[][] w = n.weights(l);
            double[] b = n.biases(l);
            double[] z = new double[b.length];
            for (int j = 0; j < b.length; j++) {
                z[j] = b[j];
                for (int i = 0; i < in.length; i++) {
                    z[j] += w[j][i] * in[i];
                }
            }
            assertArrayEquals(z, t.z()[l], 1e-12, "z of layer " + (l + 1));
            if (l < 2) {
                double[] a = new double[z.length];
                for (int j = 0; j < z.length; j++) {
                    a[j] = Math.tanh(z[j]);
                }
                assertArrayEquals(a, t.a()[l], 1e-12, "a of layer " + (l + 1));
                in = a;
            }
        }
        double logit = t.z()[2][0];
        assertEquals(1 / (1 + Math.exp(-logit)), t.p(), 1e-14);
        assertEquals(Math.log1p(Math.exp(-logit)), t.loss(), 1e-12);
        for (int j = 0; j < 2; j++) {
            assertEquals((t.p() - 1) * t.a()[1][j] / 200, t.shareW()[j], 1e-15);
        }
        assertEquals((t.p() - 1) / 200, t.shareB(), 1e-15);
    }

    @Test
    void theSharesOfAllPointsSumToTheOutputLayersGradient() {
        Network n = Network.random(TWO_LAYERS, 3);
        Dataset data = Golden.seedData();
        int m = data.size();
        double[] sum = new double[2];
        for (int i = 0; i < m; i++) {
            PointTrace t = PointTrace.of(n, data.x1(i), data.x2(i), data.label(i), m);
            for (int j = 0; j < 2; j++) {
                sum[j] += t.shareW()[j];
            }
        }
        for (int j = 0; j < 2; j++) {
            double h = 1e-6;
            double numeric = (costWith(n, data, j, h) - costWith(n, data, j, -h)) / (2 * h);
            assertEquals(numeric, sum[j], 1e-8 + 1e-6 * Math.abs(numeric), "dJ/dW3[0][" + j + "]");
        }
    }

    /** The mean cost of n with its output weight j moved by h. */
    private static double costWith(Network n, Dataset data, int j, double h) {
        double[][][] w = n.weights();
        w[2][0][j] += h;
        return new Network(n.architecture(), w, n.biases()).cost(data);
    }
}
