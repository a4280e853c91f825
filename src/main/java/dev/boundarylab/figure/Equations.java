package dev.boundarylab.figure;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.Activation;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Feature;
import dev.boundarylab.model.Network;
import dev.boundarylab.model.PointTrace;
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

    /** Training point i of {@code data} (counted from 0) through {@code n}, as {@link #point(PointTrace, int, double,
     * double, String, List)} writes it, the mean over all of {@code data}'s points. */
    public static String point(Network n, Dataset data, int i) {
        if (n.classes() > 2) {
            return ClassPointText.of(n, data, i);
        }
        PointTrace t = PointTrace.of(n, data.x1(i), data.x2(i), data.label(i), data.size());
        return point(
                t,
                i + 1,
                data.x1(i),
                data.x2(i),
                data.labelNames().get(data.label(i)),
                n.architecture().features());
    }

    /**
     * A training point's numbers through the network, one line a layer: its number ({@code index}, counted from
     * 1) and class name, A0 = x with the features' names, each layer's z and a, p and the loss, and its share of
     * the last layer's gradient. The panels' readout and the equations panel show this same text.
     */
    public static String point(PointTrace t, int index, double x1, double x2, String className, List<Feature> names) {
        StringBuilder sb = new StringBuilder(String.format(
                Locale.ROOT, "point %d: x1 = %.3f, x2 = %.3f, class %s (y = %d)", index, x1, x2, className, t.label()));
        sb.append("\nA0 = x = (");
        for (int k = 0; k < t.x().length; k++) {
            sb.append(k == 0 ? "" : ", ")
                    .append(names.get(k).id())
                    .append(' ')
                    .append(String.format(Locale.ROOT, "%.3g", t.x()[k]));
        }
        sb.append(')');
        int depth = t.z().length;
        for (int l = 0; l < depth; l++) {
            sb.append(String.format(Locale.ROOT, "%nz%d = %s", l + 1, row(t.z()[l])));
            if (l < depth - 1) {
                sb.append(String.format(Locale.ROOT, "%na%d = %s", l + 1, row(t.a()[l])));
            }
        }
        sb.append(String.format(Locale.ROOT, "%np = %.4f, loss %.4f", t.p(), t.loss()));
        sb.append(String.format(
                Locale.ROOT,
                "%nits share of dW%d = (p − y)·a%dᵀ / %d%n  = %s",
                depth,
                depth - 1,
                t.m(),
                row(t.shareW())));
        sb.append(String.format(Locale.ROOT, "%nand of db%d = (p − y) / %d = %.3g", depth, t.m(), t.shareB()));
        return sb.toString();
    }

    /** The values as "(v1, v2, ...)", three significant digits each. */
    static String row(double[] v) {
        StringBuilder sb = new StringBuilder("(");
        for (int j = 0; j < v.length; j++) {
            sb.append(j == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3g", v[j]));
        }
        return sb.append(')').toString();
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
