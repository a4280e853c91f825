package dev.boundarylab.model;

/**
 * Binary cross-entropy computed from the output logit rather than the probability.
 *
 * <p>With p = sigmoid(z), {@code -[y log p + (1-y) log(1-p)] = log(1 + e^z) - y z}, and
 * {@code log(1 + e^z) = max(z, 0) + log1p(e^-|z|)} never overflows, so the loss is finite for every
 * finite logit, however saturated the sigmoid.
 */
public final class Loss {
    private Loss() {}

    /** softplus(z) = log(1 + e^z), finite for every finite z. */
    public static double softplus(double z) {
        return Math.max(z, 0.0) + Math.log1p(Math.exp(-Math.abs(z)));
    }

    /**
     * The cross-entropy of one point with logit z and label y (0 or 1). Written as softplus(-z) for y = 1 rather
     * than softplus(z) - z, which would cancel to noise for confidently right points.
     */
    public static double crossEntropy(double z, int y) {
        return softplus(y == 1 ? -z : z);
    }
}
