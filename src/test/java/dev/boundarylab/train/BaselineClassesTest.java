package dev.boundarylab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.data.DatasetKind;
import dev.boundarylab.model.Feature;
import dev.boundarylab.model.MultinomialLogisticRegression;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The baseline of K classes is the multinomial fit, on x1, x2 or other features; of two it is as it was. */
class BaselineClassesTest {
    @Test
    void kClassesGetTheMultinomialFitOnTheirFeatures() {
        Dataset arms = DatasetKind.ARMS.generate(300, 0.2, 0, 3);
        Baseline b = Baseline.fit(arms, List.of(Feature.X1, Feature.X2));
        Baseline.FittedOnFeatures f = assertInstanceOf(Baseline.FittedOnFeatures.class, b);
        assertEquals(3, f.classifier().classes());
        MultinomialLogisticRegression.Result r =
                MultinomialLogisticRegression.cv(arms, List.of(Feature.X1, Feature.X2));
        assertEquals(r.C(), b.chosenC());
        assertEquals(r.model().accuracy(arms), b.accuracy());
        assertEquals(List.of(Feature.X1, Feature.X2), b.features());
        // A straight-line model cannot follow three arms, but beats a guess among three.
        assertTrue(b.accuracy() > 0.4 && b.accuracy() < 0.7, "accuracy " + b.accuracy());
        Baseline squares = Baseline.fit(
                DatasetKind.GAUSSIAN_QUANTILES.generate(200, 0, 3, 3),
                List.of(Feature.X1, Feature.X2, Feature.X1SQ, Feature.X2SQ));
        assertTrue(squares.accuracy() > 0.9, "the rings on squares: " + squares.accuracy());
        Baseline two =
                Baseline.fit(DatasetKind.GAUSSIAN_QUANTILES.generate(200, 0, 3), List.of(Feature.X1, Feature.X2));
        assertInstanceOf(Baseline.Fitted.class, two);
    }
}
