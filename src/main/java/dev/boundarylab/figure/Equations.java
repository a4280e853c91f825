package dev.boundarylab.figure;

import dev.boundarylab.model.Activation;
import dev.boundarylab.model.Architecture;
import java.util.List;
import java.util.Locale;

/**
 * How the network computes, as plain text generated from its architecture: the forward pass with the shapes of
 * the current data, the cost, the backward pass, and the update with the current numbers. The window shows it
 * beside the diagram; for the seed's network it is the lesson's own six lines.
 */
public final class Equations {
    private Equations() {}

    /**
     * The equations of {@code a} on {@code m} training points, then the cost at {@code epoch}, and the learning
     * rate; one line each.
     */
    public static String text(Architecture a, int m, long epoch, double cost, double learningRate) {
        List<Integer> layers = a.layers();
        int depth = layers.size() + 1;
        StringBuilder sb = new StringBuilder("Forward\n");
        String x = "  A0 = X: "
                + String.join(", ", a.features().stream().map(f -> f.id()).toList());
        sb.append(x)
                .append(pad(34 - x.length()))
                .append("X ")
                .append(shape(a.features().size(), m))
                .append('\n');
        int previous = a.features().size();
        for (int l = 1; l <= depth; l++) {
            int units = l < depth ? layers.get(l - 1) : a.outputs();
            String z = String.format(Locale.ROOT, "  Z%d = W%d·A%d + b%d", l, l, l - 1, l);
            sb.append(z)
                    .append(pad(34 - z.length()))
                    .append(String.format(
                            Locale.ROOT, "W%d %s, Z%d %s%n", l, shape(units, previous), l, shape(units, m)));
            sb.append(
                    l < depth
                            ? String.format(
                                    Locale.ROOT,
                                    "  A%d = %s(Z%d)%n",
                                    l,
                                    a.activation().id(),
                                    l)
                            : a.classes() > 2
                                    ? String.format(
                                            Locale.ROOT,
                                            "  A%d = softmax(Z%d)             the probabilities of the %d classes%n",
                                            l,
                                            l,
                                            a.classes())
                                    : String.format(
                                            Locale.ROOT,
                                            "  A%d = sigmoid(Z%d)             the probability of class 1%n",
                                            l,
                                            l));
            previous = units;
        }
        sb.append(
                a.classes() > 2
                        ? String.format(Locale.ROOT, "Cost%n  J = mean(−log A%d[y])", depth)
                        : String.format(Locale.ROOT, "Cost%n  J = mean(softplus(Z%d) − Y·Z%d)", depth, depth));
        if (a.l2() > 0) {
            sb.append(String.format(Locale.ROOT, " + %s/(2·%d)·Σ‖W‖²", trim(a.l2()), m));
        }
        sb.append("\nBackward\n");
        sb.append(
                a.classes() > 2
                        ? String.format(
                                Locale.ROOT,
                                "  dZ%d = A%d − Y                  Y one-hot, %s%n",
                                depth,
                                depth,
                                shape(a.classes(), m))
                        : String.format(Locale.ROOT, "  dZ%d = A%d − Y%n", depth, depth));
        for (int l = depth; l >= 1; l--) {
            String reg = a.l2() > 0 ? String.format(Locale.ROOT, " + %s/%d·W%d", trim(a.l2()), m, l) : "";
            sb.append(String.format(
                    Locale.ROOT, "  dW%d = dZ%d·A%dᵀ / %d%s    db%d = Σ dZ%d / %d%n", l, l, l - 1, m, reg, l, l, m));
            if (l > 1) {
                sb.append(String.format(
                        Locale.ROOT, "  dZ%d = W%dᵀ·dZ%d ∘ %s%n", l - 1, l, l, derivative(a.activation(), l - 1)));
            }
        }
        int batch = a.fullBatch(m) ? m : a.batch();
        sb.append(String.format(
                Locale.ROOT,
                "Update%n  W ← W − %s·dW, b ← b − %s·db   (%s)%n",
                trim(learningRate),
                trim(learningRate),
                batch == m ? "full batch, one update an epoch" : "mini-batches of " + batch));
        sb.append(String.format(Locale.ROOT, "Now: epoch %,d, J = %.5f", epoch, cost));
        return sb.toString();
    }

    /** g'(Z_l) written through what the forward pass keeps. */
    static String derivative(Activation g, int l) {
        return switch (g) {
            case TANH -> "(1 − A" + l + "²)";
            case SIGMOID -> "A" + l + "(1 − A" + l + ")";
            case RELU -> "[Z" + l + " > 0]";
            case LINEAR -> "1";
        };
    }

    private static String shape(int rows, int columns) {
        return rows + "×" + columns;
    }

    private static String pad(int n) {
        return " ".repeat(Math.max(1, n));
    }

    private static String trim(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
