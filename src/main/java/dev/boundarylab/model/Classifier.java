package dev.boundarylab.model;

/** A trained binary classifier of 2-D points: what the renderer needs to draw a decision surface. */
public interface Classifier {
    /** The logit (log-odds of class 1) at the point (x1, x2). */
    double logit(double x1, double x2);

    /** The probability of class 1 at (x1, x2). */
    default double probability(double x1, double x2) {
        return Activation.SIGMOID.apply(logit(x1, x2));
    }
}
