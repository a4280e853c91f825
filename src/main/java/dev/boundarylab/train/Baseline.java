package dev.boundarylab.train;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.Classifier;
import dev.boundarylab.model.Feature;
import dev.boundarylab.model.FeatureLogisticRegression;
import dev.boundarylab.model.LogisticModel;
import dev.boundarylab.model.LogisticRegressionCV;
import dev.boundarylab.model.MultinomialLogisticRegression;
import dev.boundarylab.model.Network;
import java.util.List;

/**
 * The logistic-regression baseline of a data set, in one of three states: {@link Fitted} (a model, its training
 * accuracy and cost), {@link Fitting} (the fit of large data still running in the background) or
 * {@link Unavailable} (it cannot be fitted, e.g. one class only, and why).
 *
 * <p>The accessors below read every state alike, so that a figure or a report needs no switch: without a model,
 * {@link #model()} is null and the numbers are NaN.
 */
public sealed interface Baseline {
    /** The name the user reads in front of every note. */
    String NAME = "logistic regression";

    /**
     * A fitted baseline.
     *
     * @param model the fitted model
     * @param accuracy its training accuracy
     * @param cost its mean cross-entropy on the data
     * @param note how it was fitted when that is worth saying (e.g. too few points to cross-validate), or empty
     */
    record Fitted(LogisticModel model, double accuracy, double cost, String note) implements Baseline {
        @Override
        public String problem() {
            return note;
        }
    }

    /**
     * A baseline fitted on input features other than x1, x2 ({@code --logistic-features}), or of K &gt; 2 classes
     * (multinomial, on any features).
     *
     * @param network the fitted logistic regression, a network without hidden layers on those features (K outputs
     *     for K &gt; 2 classes)
     * @param C the C cross-validation chose
     * @param accuracy its training accuracy
     * @param cost its mean cross-entropy on the data
     * @param note how it was fitted when that is worth saying, or empty
     */
    record FittedOnFeatures(Network network, double C, double accuracy, double cost, String note) implements Baseline {
        @Override
        public String problem() {
            return note;
        }

        @Override
        public Classifier classifier() {
            return network;
        }

        @Override
        public double chosenC() {
            return C;
        }
    }

    /** The fit still to come: the data is large and its cross-validation runs on a thread of its own. */
    record Fitting() implements Baseline {
        @Override
        public String problem() {
            return NAME + ": fitting";
        }
    }

    /**
     * No baseline on this data.
     *
     * @param reason why, in the user's words, starting with the model's name
     */
    record Unavailable(String reason) implements Baseline {
        @Override
        public String problem() {
            return reason;
        }
    }

    /** The fitted model, or null. */
    default LogisticModel model() {
        return null;
    }

    /** The fitted classifier (on x1, x2 the {@link #model}; on other features a network), or null. */
    default Classifier classifier() {
        return model();
    }

    /** The C of the fitted model, NaN without one. */
    default double chosenC() {
        return model() == null ? Double.NaN : model().C();
    }

    /** The input features of the fitted model: x1, x2 unless it is {@link FittedOnFeatures}. */
    default List<Feature> features() {
        return this instanceof FittedOnFeatures f
                ? f.network().architecture().features()
                : List.of(Feature.X1, Feature.X2);
    }

    /** The training accuracy, NaN without a model. */
    default double accuracy() {
        return Double.NaN;
    }

    /** The mean cross-entropy on the data, NaN without a model. */
    default double cost() {
        return Double.NaN;
    }

    /** Why there is no model, or a note on how it was fitted, or empty. */
    String problem();

    /** Whether the fit is still to come. */
    default boolean isPending() {
        return this instanceof Fitting;
    }

    /** The stand-in while the baseline of a large data set is fitted in the background. */
    static Baseline pending() {
        return new Fitting();
    }

    /**
     * Fits the baseline on {@code features} of the points: on x1, x2 as {@link #fit(Dataset)}; on others,
     * scikit-learn's {@code LogisticRegressionCV()} on the expanded matrix ({@link FeatureLogisticRegression}).
     */
    static Baseline fit(Dataset data, List<Feature> features) {
        if (data.classes() > 2) {
            return fitMultinomial(data, features);
        }
        if (features.equals(List.of(Feature.X1, Feature.X2))) {
            return fit(data);
        }
        try {
            FeatureLogisticRegression.Result r = FeatureLogisticRegression.cv(data, features);
            Network n = r.model();
            return new FittedOnFeatures(
                    n, r.C(), n.accuracy(data), n.cost(data), r.fallback().orElse(""));
        } catch (IllegalArgumentException e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            why = why.startsWith(NAME + " ") ? why.substring(NAME.length() + 1) : why;
            return new Unavailable(NAME + ": " + why);
        }
    }

    /**
     * The baseline of K &gt; 2 classes on {@code features} (x1, x2 among them): scikit-learn's multinomial
     * {@code LogisticRegressionCV()} ({@link MultinomialLogisticRegression}), a network without hidden layers of K
     * outputs.
     */
    private static Baseline fitMultinomial(Dataset data, List<Feature> features) {
        try {
            MultinomialLogisticRegression.Result r = MultinomialLogisticRegression.cv(data, features);
            Network n = r.model();
            return new FittedOnFeatures(
                    n, r.C(), n.accuracy(data), n.cost(data), r.fallback().orElse(""));
        } catch (IllegalArgumentException e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            why = why.startsWith(NAME + " ") ? why.substring(NAME.length() + 1) : why;
            return new Unavailable(NAME + ": " + why);
        }
    }

    /** Fits the baseline (cross-validated L2 logistic regression, scikit-learn's defaults) to {@code data}. */
    static Baseline fit(Dataset data) {
        try {
            LogisticRegressionCV.Result r = LogisticRegressionCV.fit(data);
            LogisticModel m = r.model();
            return new Fitted(m, m.accuracy(data), m.cost(data), r.fallback().orElse(""));
        } catch (IllegalArgumentException e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            // The model's own messages start with its name; say it once.
            why = why.startsWith(NAME + " ") ? why.substring(NAME.length() + 1) : why;
            return new Unavailable(NAME + ": " + why);
        }
    }
}
