package dev.boundarylab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.data.DatasetKind;
import org.junit.jupiter.api.Test;

/** The baseline's three states are types: fitted, still fitting, or unavailable with the reason. */
class BaselineTest {
    @Test
    void twoClassesAreFittedOneClassIsUnavailableAndPendingIsFitting() {
        Baseline fitted = Baseline.fit(DatasetKind.GAUSSIAN_QUANTILES.generate(200, 3));
        Baseline.Fitted f = assertInstanceOf(Baseline.Fitted.class, fitted);
        assertTrue(f.accuracy() > 0.3 && f.accuracy() <= 1, "accuracy " + f.accuracy());
        assertEquals("", f.problem());
        assertFalse(fitted.isPending());

        Dataset one = new Dataset("one", new double[] {0, 1, 2}, new double[] {0, 1, 0}, new int[] {1, 1, 1});
        Baseline none = Baseline.fit(one);
        assertInstanceOf(Baseline.Unavailable.class, none);
        assertNull(none.model());
        assertTrue(Double.isNaN(none.accuracy()) && Double.isNaN(none.cost()));
        assertTrue(none.problem().startsWith("logistic regression: needs points of both classes"), none.problem());

        Baseline pending = Baseline.pending();
        assertInstanceOf(Baseline.Fitting.class, pending);
        assertTrue(pending.isPending());
        // A state, not a string compared by identity: any Fitting is pending, and equal to any other.
        assertTrue(new Baseline.Fitting().isPending());
        assertEquals(pending, new Baseline.Fitting());
        assertNull(pending.model());
    }
}
