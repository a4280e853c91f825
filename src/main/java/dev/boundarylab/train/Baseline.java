package dev.boundarylab.train;

import dev.boundarylab.data.Dataset;

/**
 * The logistic-regression baseline fit to a data set, with its training accuracy and cost; or, when it cannot
 * be fit (one class only, too few points), the reason.
 *
 * @param model the fitted model, or null
 * @param accuracy its training accuracy, NaN without a model
 * @param cost its mean cross-entropy on the data, NaN without a model
 * @param problem why there is no model, or empty
 */
public record Baseline(Object model, double accuracy, double cost, String problem) {
    /** Fits the baseline (cross-validated L2 logistic regression) to {@code data}. */
    public static Baseline fit(Dataset data) {
        return new Baseline(null, Double.NaN, Double.NaN, "logistic regression not yet available");
    }
}
