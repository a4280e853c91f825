package dev.boundarylab.figure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.model.Activation;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Feature;
import dev.boundarylab.model.InitScale;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The equations follow the architecture: its layers, shapes, activation's derivative, L2 and batches. */
class EquationsTest {
    @Test
    void theSeedsNetworkHasTheLessonsLinesWithTheDatasShapes() {
        String t = Equations.text(Architecture.seed(4), 200, 1841, 0.11526, 1.2);
        for (String line : new String[] {
            "Z1 = W1·A0 + b1",
            "W1 4×2, Z1 4×200",
            "A1 = tanh(Z1)",
            "W2 1×4, Z2 1×200",
            "A2 = sigmoid(Z2)",
            "J = mean(softplus(Z2) − Y·Z2)",
            "dZ2 = A2 − Y",
            "dZ1 = W2ᵀ·dZ2 ∘ (1 − A1²)",
            "dW1 = dZ1·A0ᵀ / 200",
            "W ← W − 1.2·dW",
            "full batch",
            "epoch 1,841, J = 0.11526"
        }) {
            assertTrue(t.contains(line), "missing '" + line + "' in\n" + t);
        }
    }

    @Test
    void aPointOfThreeClassesGivesItsSoftmaxLossAndOneHotShareWorkedOutByHand() {
        double[][] w1 = {{1.2, -0.4}, {0.3, 0.9}};
        double[] b1 = {0.1, -0.2};
        double[][] w2 = {{2.0, -1.0}, {-1.5, 0.5}, {0.2, 1.8}};
        double[] b2 = {0.3, 0.0, -0.1};
        dev.boundarylab.model.Network n = new dev.boundarylab.model.Network(
                Architecture.seed(2).withClasses(3), new double[][][] {w1, w2}, new double[][] {b1, b2});
        dev.boundarylab.data.Dataset d = new dev.boundarylab.data.Dataset(
                "two", new double[] {0.5, -1}, new double[] {-0.25, 1}, new int[] {2, 0}, List.of("r", "g", "b"));
        double[] a = {Math.tanh(1.2 * 0.5 + 0.4 * 0.25 + 0.1), Math.tanh(0.3 * 0.5 - 0.9 * 0.25 - 0.2)};
        double[] e = new double[3];
        double sum = 0;
        for (int k = 0; k < 3; k++) {
            e[k] = Math.exp(w2[k][0] * a[0] + w2[k][1] * a[1] + b2[k]);
            sum += e[k];
        }
        double p2 = e[2] / sum;
        String t = Equations.point(n, d, 0);
        assertTrue(t.startsWith("point 1: x1 = 0.500, x2 = -0.250, class b (y = 2)"), t);
        assertTrue(t.contains(String.format(java.util.Locale.ROOT, "loss −log p2 = %.4f", -Math.log(p2))), t);
        // Class 2's row of the share: (p2 − 1)·a / 2.
        String row = String.format(
                java.util.Locale.ROOT, "  class 2: (%.3g, %.3g)", (p2 - 1) * a[0] / 2, (p2 - 1) * a[1] / 2);
        assertTrue(t.contains(row), "missing '" + row + "' in\n" + t);
    }

    @Test
    void threeClassesHaveThreeSoftmaxOutputsTheirCrossEntropyAndAOneHotDelta() {
        String t = Equations.text(Architecture.seed(8).withClasses(3), 300, 50, 0.9, 0.5);
        for (String line : new String[] {
            "W1 8×2, Z1 8×300",
            "W2 3×8, Z2 3×300",
            "A2 = softmax(Z2)             the probabilities of the 3 classes",
            "J = mean(−log A2[y])",
            "dZ2 = A2 − Y                  Y one-hot, 3×300",
            "dZ1 = W2ᵀ·dZ2 ∘ (1 − A1²)"
        }) {
            assertTrue(t.contains(line), "missing '" + line + "' in\n" + t);
        }
        assertTrue(!t.contains("sigmoid") && !t.contains("softplus"), t);
    }

    @Test
    void deeperNetworksGetALineALayerAndTheirOwnDerivativeRegularisationAndBatches() {
        Architecture a = new Architecture(
                List.of(Feature.X1, Feature.X2, Feature.X1SQ),
                List.of(8, 5),
                Activation.RELU,
                0.5,
                32,
                10,
                InitScale.HE);
        String t = Equations.text(a, 140, 10, 0.3, 0.05);
        for (String line : new String[] {
            "X 3×140",
            "W1 8×3, Z1 8×140",
            "W2 5×8",
            "W3 1×5, Z3 1×140",
            "A2 = relu(Z2)",
            "+ 0.5/(2·140)·Σ‖W‖²",
            "dZ2 = W3ᵀ·dZ3 ∘ [Z2 > 0]",
            "dW3 = dZ3·A2ᵀ / 140 + 0.5/140·W3",
            "mini-batches of 32"
        }) {
            assertTrue(t.contains(line), "missing '" + line + "' in\n" + t);
        }
    }
}
