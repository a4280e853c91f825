package dev.boundarylab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.testutil.Golden;
import org.junit.jupiter.api.Test;

/** Cross-validated C on data too small or too lopsided to split, and on data it must refuse. */
class LogisticRegressionCVTest {
    @Test
    void fewerPointsThanFoldsFallBackToCOne() {
        Dataset four =
                new Dataset("four", new double[] {0, 1, 2, 3}, new double[] {0, 1, 0, 1}, new int[] {0, 1, 0, 1});
        LogisticRegressionCV.Result r = LogisticRegressionCV.fit(four);
        assertEquals(1.0, r.C(), 0.0);
        assertEquals(LogisticRegression.fit(four, 1.0), r.model());
        assertEquals(
                "only 4 points, fewer than the 5 folds of cross-validation; C = 1.0 used",
                r.fallback().get());
        assertEquals(0, r.meanScores().length);
    }

    @Test
    void aClassWithASinglePointFallsBackToCOne() {
        double[] x = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        int[] y = {0, 0, 0, 0, 1, 0, 0, 0, 0, 0};
        LogisticRegressionCV.Result r = LogisticRegressionCV.fit(new Dataset("lonely", x, x, y));
        assertEquals(1.0, r.C(), 0.0);
        assertTrue(
                r.fallback().get().startsWith("class 1 has a single point"),
                r.fallback().get());
    }

    @Test
    void twoPointsOfAClassAreEnoughToCrossValidate() {
        double[] x = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        int[] y = {1, 0, 0, 0, 0, 0, 0, 0, 0, 1};
        LogisticRegressionCV.Result r = LogisticRegressionCV.fit(new Dataset("pair", x, x, y));
        assertTrue(r.fallback().isEmpty());
        assertEquals(LogisticRegressionCV.C_COUNT, r.meanScores().length);
    }

    @Test
    void oneClassIsRefusedNotFallenBackOn() {
        Dataset ones =
                new Dataset("ones", new double[] {0, 1, 2, 3, 4, 5}, new double[6], new int[] {1, 1, 1, 1, 1, 1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LogisticRegressionCV.fit(ones));
        assertEquals("logistic regression needs points of both classes; this data has only class 1", e.getMessage());
        Dataset two = new Dataset("two", new double[] {0, 1}, new double[2], new int[] {0, 0});
        assertThrows(IllegalArgumentException.class, () -> LogisticRegressionCV.fit(two));
    }

    @Test
    void resultArraysAreCopies() {
        Dataset data = Golden.seedData();
        LogisticRegressionCV.Result r = LogisticRegressionCV.fit(data);
        r.meanScores()[0] = 7;
        r.Cs()[0] = 7;
        assertEquals(1e-4, r.Cs()[0], 0.0);
        assertTrue(r.meanScores()[0] < 1);
    }
}
