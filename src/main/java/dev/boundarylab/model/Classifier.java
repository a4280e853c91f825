package dev.boundarylab.model;

/** A trained binary classifier of 2-D points: what the renderer needs to draw a decision surface. */
public interface Classifier {
    /** The logit (log-odds of class 1) at the point (x1, x2). */
    double logit(double x1, double x2);

    /** The probability of class 1 at (x1, x2). */
    default double probability(double x1, double x2) {
        return Activation.SIGMOID.apply(logit(x1, x2));
    }

    /**
     * The share of the points of {@code data} this classifier labels as they are labelled (a logit above 0 means
     * class 1, as in training); NaN for no points.
     */
    default double accuracy(dev.boundarylab.data.Dataset data) {
        int correct = 0;
        for (int i = 0; i < data.size(); i++) {
            int predicted = logit(data.x1(i), data.x2(i)) > 0 ? 1 : 0;
            correct += predicted == data.label(i) ? 1 : 0;
        }
        return data.size() == 0 ? Double.NaN : (double) correct / data.size();
    }
}
