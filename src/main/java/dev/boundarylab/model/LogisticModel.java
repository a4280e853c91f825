package dev.boundarylab.model;

import dev.boundarylab.data.Dataset;

/**
 * A fitted logistic-regression baseline: the logit of a point is {@code z = w1 x1 + w2 x2 + intercept} and the
 * probability of class 1 is {@code sigmoid(z)}. Immutable; its decision boundary is the straight line z = 0.
 *
 * @param w1 the weight of the first coordinate
 * @param w2 the weight of the second coordinate
 * @param intercept the bias, which the fit does not penalise
 * @param C the inverse regularisation strength the model was fitted with (larger C, weaker L2 penalty)
 */
public record LogisticModel(double w1, double w2, double intercept, double C) implements Classifier {

    /**
     * Checks that every coefficient is a finite number and that C is a finite number above 0.
     *
     * @throws IllegalArgumentException naming the bad value otherwise
     */
    public LogisticModel {
        if (!Double.isFinite(w1) || !Double.isFinite(w2) || !Double.isFinite(intercept)) {
            throw new IllegalArgumentException("a logistic model needs finite coefficients, got w1 " + w1 + ", w2 " + w2
                    + ", intercept " + intercept);
        }
        LogisticRegression.requireValidC(C);
    }

    /** The logit {@code w1 x1 + w2 x2 + intercept} at (x1, x2). */
    @Override
    public double logit(double x1, double x2) {
        return w1 * x1 + w2 * x2 + intercept;
    }

    /**
     * The share of points of {@code data} on the side of the boundary of their own class. A point counts as
     * class 1 when its probability is above 0.5, decided as logit > 0, which is the same rule without the
     * rounding of the sigmoid near 0 (and scikit-learn's {@code predict}).
     *
     * @throws IllegalArgumentException if the data set is empty
     */
    public double accuracy(Dataset data) {
        requirePoints(data, "accuracy");
        int correct = 0;
        for (int i = 0; i < data.size(); i++) {
            if ((logit(data.x1(i), data.x2(i)) > 0) == (data.label(i) == 1)) {
                correct++;
            }
        }
        return (double) correct / data.size();
    }

    /**
     * The mean binary cross-entropy of {@code data} under this model, computed from the logits with {@link Loss}
     * so that it stays finite however confident the model is; the cost chart draws it as the baseline's level.
     *
     * @throws IllegalArgumentException if the data set is empty
     */
    public double cost(Dataset data) {
        requirePoints(data, "cost");
        double sum = 0;
        for (int i = 0; i < data.size(); i++) {
            sum += Loss.crossEntropy(logit(data.x1(i), data.x2(i)), data.label(i));
        }
        return sum / data.size();
    }

    private static void requirePoints(Dataset data, String what) {
        if (data.size() == 0) {
            throw new IllegalArgumentException("the " + what + " of a logistic model is undefined on the empty data"
                    + " set '" + data.name() + "'");
        }
    }
}
