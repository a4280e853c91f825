package dev.boundarylab.model;

/**
 * The softmax of K logits and its cross-entropy, computed stably: {@code p_k = e^(z_k - max z) / Σ_j e^(z_j -
 * max z)}, and {@code -log p_y = log Σ_j e^(z_j - max z) - (z_y - max z)}, finite for every finite logit however
 * confident the model is. The K-class output of a network and of multinomial logistic regression.
 */
public final class Softmax {
    private Softmax() {}

    /**
     * The probabilities of {@code k} logits {@code z[from .. from + k)} into {@code out[to .. to + k)}.
     *
     * @param z Not modified.
     * @param out Modified. May be {@code z} itself with {@code to == from} (the logits replaced in place).
     */
    public static void probabilities(double[] z, int from, int k, double[] out, int to) {
        double max = max(z, from, k);
        double sum = 0;
        for (int j = 0; j < k; j++) {
            double e = Math.exp(z[from + j] - max);
            out[to + j] = e;
            sum += e;
        }
        for (int j = 0; j < k; j++) {
            out[to + j] /= sum;
        }
    }

    /**
     * The cross-entropy {@code -log p_y} of the {@code k} logits {@code z[from .. from + k)} for class {@code y}.
     *
     * @param z Not modified.
     */
    public static double crossEntropy(double[] z, int from, int k, int y) {
        double max = max(z, from, k);
        double sum = 0;
        for (int j = 0; j < k; j++) {
            sum += Math.exp(z[from + j] - max);
        }
        return Math.log(sum) - (z[from + y] - max);
    }

    /**
     * The most probable of the {@code k} classes of the logits {@code z[from .. from + k)}: the first largest
     * logit, as numpy's {@code argmax} and scikit-learn's {@code predict} break ties.
     *
     * @param z Not modified.
     */
    public static int argmax(double[] z, int from, int k) {
        int best = 0;
        for (int j = 1; j < k; j++) {
            if (z[from + j] > z[from + best]) {
                best = j;
            }
        }
        return best;
    }

    private static double max(double[] z, int from, int k) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            max = Math.max(max, z[from + j]);
        }
        return max;
    }
}
