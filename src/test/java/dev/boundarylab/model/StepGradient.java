package dev.boundarylab.model;

/**
 * The gradient check the engine's tests share: one tiny step of a network gives its gradient (the change of each
 * parameter over the rate), compared with central finite differences of its cost.
 */
final class StepGradient {
    private StepGradient() {}

    /**
     * The worst relative difference, over every parameter of {@code net}, between the gradient its step takes and
     * the finite-difference gradient of its cost; {@code net} is left at its parameters before the call, stepped
     * once.
     */
    static double worstError(LayeredNetwork net) {
        int count = net.parameterCount();
        double[] theta = new double[count];
        net.saveParameters(theta);
        double rate = 1e-7;
        net.step(rate);
        double[] after = new double[count];
        net.saveParameters(after);
        double worst = 0;
        // The last entry is the epoch counter, not a parameter.
        for (int i = 0; i < count - 1; i++) {
            double analytic = (theta[i] - after[i]) / rate;
            double h = 1e-6;
            double[] t = theta.clone();
            t[i] = theta[i] + h;
            net.restoreParameters(t);
            double up = net.cost();
            t[i] = theta[i] - h;
            net.restoreParameters(t);
            double down = net.cost();
            double numeric = (up - down) / (2 * h);
            double err = Math.abs(analytic - numeric) / Math.max(1e-4, Math.abs(analytic) + Math.abs(numeric));
            worst = Math.max(worst, err);
        }
        return worst;
    }
}
