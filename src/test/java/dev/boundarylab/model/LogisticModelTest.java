package dev.boundarylab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.boundarylab.data.Dataset;
import org.junit.jupiter.api.Test;

/** The fitted model's logit, probability, accuracy and cost, on points worked out by hand. */
class LogisticModelTest {
    // z = 2 x1 - x2 + 0.5
    private final LogisticModel model = new LogisticModel(2.0, -1.0, 0.5, 1.0);

    @Test
    void logitAndProbabilityFollowTheCoefficients() {
        assertEquals(2.0 * 1.5 - 4.0 + 0.5, model.logit(1.5, 4.0), 0.0);
        assertEquals(1.0 / (1.0 + Math.exp(0.5)), model.probability(1.5, 4.0), 1e-16);
    }

    @Test
    void accuracyCountsPointsOnTheirOwnSideAndTheBoundaryAsClassZero() {
        // Logits: 2.5 (class 1, right), -1.5 (class 1, wrong), exactly 0 (class 0, right: 0.5 is not above 0.5),
        // exactly 0 (class 1, wrong), -3.5 (class 0, right).
        Dataset data = new Dataset(
                "hand", new double[] {1, 0, 0, 0.25, -1}, new double[] {0, 2, 0.5, 1, 2}, new int[] {1, 1, 0, 1, 0});
        assertEquals(3.0 / 5, model.accuracy(data), 0.0);
    }

    @Test
    void costIsTheMeanCrossEntropyOfTheLogits() {
        Dataset data = new Dataset("hand", new double[] {1, 0, -1}, new double[] {0, 2, 2}, new int[] {1, 1, 0});
        // Logits 2.5, -1.5, -3.5: -log p for the two of class 1, -log(1 - p) for the one of class 0.
        double expected =
                (Math.log(1 + Math.exp(-2.5)) + Math.log(1 + Math.exp(1.5)) + Math.log(1 + Math.exp(-3.5))) / 3;
        assertEquals(expected, model.cost(data), 1e-15);
    }

    @Test
    void costStaysFiniteForAVeryConfidentWrongModel() {
        LogisticModel sure = new LogisticModel(1e6, 0, 0, 1.0);
        Dataset data = new Dataset("wrong", new double[] {1e3}, new double[] {0}, new int[] {0});
        assertEquals(1e9, sure.cost(data), 1e-6);
    }

    @Test
    void refusesNonFiniteCoefficientsAndABadC() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new LogisticModel(Double.NaN, 0, 1, 1));
        assertEquals("a logistic model needs finite coefficients, got w1 NaN, w2 0.0, intercept 1.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LogisticModel(0, 0, 0, 0));
    }

    @Test
    void accuracyAndCostOfNoPointsAreRefused() {
        Dataset empty = new Dataset("empty", new double[0], new double[0], new int[0]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.cost(empty));
        assertEquals("the cost of a logistic model is undefined on the empty data set 'empty'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> model.accuracy(empty));
    }
}
