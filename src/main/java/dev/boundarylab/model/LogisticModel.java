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

    /** The logits {@code w1 x1 + w2 x2 + intercept} of the points. */
    @Override
    public void logits(double[] x1, double[] x2, int n, double[] out) {
        for (int i = 0; i < n; i++) {
            out[i] = w1 * x1[i] + w2 * x2[i] + intercept;
        }
    }

    /** The probabilities on {@code grid} by the float fast path, for pictures only (see {@code FloatSurface}). */
    @Override
    public void gridProbabilities(Grid grid, float[] out) {
        FloatSurface.linear(w1, w2, intercept).evaluate(grid, out);
    }

    /**
     * The share of points of {@code data} on the side of the boundary of their own class (logit above 0 is class
     * 1, scikit-learn's {@code predict}).
     *
     * @throws IllegalArgumentException if the data set is empty
     */
    @Override
    public double accuracy(Dataset data) {
        requirePoints(data, "accuracy");
        return Classifier.super.accuracy(data);
    }

    /**
     * The mean binary cross-entropy of {@code data} under this model; the cost chart draws it as the baseline's
     * level.
     *
     * @throws IllegalArgumentException if the data set is empty
     */
    @Override
    public double cost(Dataset data) {
        requirePoints(data, "cost");
        return Classifier.super.cost(data);
    }

    private static void requirePoints(Dataset data, String what) {
        if (data.size() == 0) {
            throw new IllegalArgumentException("the " + what + " of a logistic model is undefined on the empty data"
                    + " set '" + data.name() + "'");
        }
    }
}
