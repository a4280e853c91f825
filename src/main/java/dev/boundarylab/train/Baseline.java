package dev.boundarylab.train;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.LogisticModel;
import dev.boundarylab.model.LogisticRegressionCV;

/**
 * The logistic-regression baseline fit to a data set, with its training accuracy and cost; or, when it cannot
 * be fit (one class only), the reason.
 *
 * @param model the fitted model, or null
 * @param accuracy its training accuracy, NaN without a model
 * @param cost its mean cross-entropy on the data, NaN without a model
 * @param problem why there is no model, or a note on how it was fit (e.g. too few points to cross-validate), or
 *     empty
 */
public record Baseline(LogisticModel model, double accuracy, double cost, String problem) {
    private static final String NAME = "logistic regression";
    /** The problem of a baseline still being fitted; compared by identity. */
    private static final String FITTING = NAME + ": fitting";

    /** A stand-in while the baseline of a large data set is fitted in the background: no model yet. */
    public static Baseline pending() {
        return new Baseline(null, Double.NaN, Double.NaN, FITTING);
    }

    /** Whether this is the stand-in of {@link #pending()}, the fit still to come. */
    public boolean isPending() {
        return problem == FITTING;
    }

    /** Fits the baseline (cross-validated L2 logistic regression, scikit-learn's defaults) to {@code data}. */
    public static Baseline fit(Dataset data) {
        try {
            LogisticRegressionCV.Result r = LogisticRegressionCV.fit(data);
            LogisticModel m = r.model();
            return new Baseline(m, m.accuracy(data), m.cost(data), r.fallback().orElse(""));
        } catch (IllegalArgumentException e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            // The model's own messages start with its name; say it once.
            why = why.startsWith(NAME + " ") ? why.substring(NAME.length() + 1) : why;
            return new Baseline(null, Double.NaN, Double.NaN, NAME + ": " + why);
        }
    }
}
