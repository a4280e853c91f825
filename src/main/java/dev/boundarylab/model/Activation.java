package dev.boundarylab.model;

/** The activations of the network, each with its derivative written next to it. */
public enum Activation {
    /** Hyperbolic tangent, used by the hidden layer. */
    TANH {
        @Override
        public double apply(double z) {
            return Math.tanh(z);
        }

        /** tanh'(z) = 1 - tanh(z)^2, given a = tanh(z). */
        @Override
        public double derivativeFromOutput(double a) {
            return 1.0 - a * a;
        }
    },
    /** Logistic sigmoid, used by the output unit. */
    SIGMOID {
        @Override
        public double apply(double z) {
            // Both branches avoid exp overflow: exp of a non-positive number is at most 1.
            if (z >= 0) {
                return 1.0 / (1.0 + Math.exp(-z));
            }
            double e = Math.exp(z);
            return e / (1.0 + e);
        }

        /** sigmoid'(z) = a (1 - a), given a = sigmoid(z). */
        @Override
        public double derivativeFromOutput(double a) {
            return a * (1.0 - a);
        }
    };

    /** The activation at z. */
    public abstract double apply(double z);

    /** The derivative at z, written in terms of the output a = apply(z). */
    public abstract double derivativeFromOutput(double a);
}
