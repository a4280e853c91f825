package dev.boundarylab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.testutil.Golden;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The backward pass against central finite differences of the cost, and the cost's behaviour when saturated. */
class NeuralNetworkGradientTest {
    /** Parameters as a flat vector: W1 (h x 2, row-major), b1, W2, b2. */
    static double[] flat(Parameters p) {
        int h = p.hidden();
        double[] v = new double[4 * h + 1];
        for (int j = 0; j < h; j++) {
            v[2 * j] = p.w1(j, 0);
            v[2 * j + 1] = p.w1(j, 1);
            v[2 * h + j] = p.b1(j);
            v[3 * h + j] = p.w2(j);
        }
        v[4 * h] = p.b2();
        return v;
    }

    static Parameters unflat(double[] v, int h) {
        double[][] w1 = new double[h][2];
        double[] b1 = new double[h];
        double[] w2 = new double[h];
        for (int j = 0; j < h; j++) {
            w1[j][0] = v[2 * j];
            w1[j][1] = v[2 * j + 1];
            b1[j] = v[2 * h + j];
            w2[j] = v[3 * h + j];
        }
        return new Parameters(w1, b1, w2, v[4 * h]);
    }

    /** A parameter point away from the symmetric start, where every gradient component matters. */
    static Parameters generic(int h, long seed) {
        Random r = new Random(seed);
        double[] v = new double[4 * h + 1];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.nextGaussian();
        }
        return unflat(v, h);
    }

    @Test
    void gradientOfOneStepMatchesCentralDifferences() {
        Dataset data = Golden.seedData();
        int h = 5;
        Parameters p = generic(h, 7);
        NeuralNetwork net = new NeuralNetwork(p, data);
        net.step(1.0); // theta' = theta - 1 * grad
        double[] before = flat(p);
        double[] after = flat(net.parameters());
        double eps = 1e-6;
        for (int i = 0; i < before.length; i++) {
            double analytic = before[i] - after[i];
            double[] plus = before.clone();
            double[] minus = before.clone();
            plus[i] += eps;
            minus[i] -= eps;
            double numeric =
                    (new NeuralNetwork(unflat(plus, h), data).cost() - new NeuralNetwork(unflat(minus, h), data).cost())
                            / (2 * eps);
            assertEquals(numeric, analytic, 1e-7 * Math.max(1, Math.abs(numeric)), "gradient component " + i);
        }
    }

    @Test
    void saturatedOutputsKeepCostAndGradientsFinite() {
        Dataset seed = Golden.seedData();
        double[] a = seed.x1();
        double[] b = seed.x2();
        for (int i = 0; i < a.length; i++) {
            a[i] *= 1e6;
            b[i] *= 1e6;
        }
        Dataset far = new Dataset("scaled", a, b, seed.labels());
        // Hidden units saturate at +-1 on points this far out, and output weights of 1e6 give logits of ~1e6.
        double[] v = flat(generic(4, 3));
        for (int j = 0; j < 4; j++) {
            v[12 + j] *= 1e6;
        }
        NeuralNetwork net = new NeuralNetwork(unflat(v, 4), far);
        double c = net.step(1e-9);
        assertTrue(Double.isFinite(c), "cost " + c);
        assertTrue(c > 1, "points misclassified at logits of size ~1e6 must cost a lot, got " + c);
        assertTrue(net.parametersFinite());
        assertTrue(Double.isFinite(net.cost()));
    }

    @Test
    void lossFromLogitsIsExactAndFiniteWhenSaturated() {
        assertEquals(Math.log(2), Loss.crossEntropy(0, 1), 1e-16);
        assertEquals(1000.0, Loss.crossEntropy(-1000, 1), 1e-12);
        assertEquals(0.0, Loss.crossEntropy(1000, 1), 1e-300);
        assertEquals(Math.log1p(Math.exp(-3)), Loss.crossEntropy(3, 1), 1e-16);
        assertEquals(3 + Math.log1p(Math.exp(-3)), Loss.crossEntropy(3, 0), 1e-15);
    }
}
