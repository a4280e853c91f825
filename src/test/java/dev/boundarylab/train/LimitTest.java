package dev.boundarylab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LimitTest {
    @Test
    void theLearningRateRuleAllowsItsEndsAndNothingBeyond() {
        Limit r = Limit.LEARNING_RATE;
        assertTrue(r.allows(1e-4));
        assertTrue(r.allows(1000));
        assertFalse(r.allows(9.9e-5));
        assertFalse(r.allows(1000.5));
        assertFalse(r.allows(Double.NaN));
        assertFalse(r.allows(Double.POSITIVE_INFINITY));
        assertEquals("0.0001 to 1000", r.range());
        assertEquals(
                "learning rate must be from 0.0001 to 1000, got 5000",
                assertThrows(IllegalArgumentException.class, () -> r.check(5000))
                        .getMessage());
        assertEquals("--learning-rate must be from 0.0001 to 1000, got 1e6", r.optionMessage("1e6"));
    }

    @Test
    void wholeNumberRulesRefuseFractions() {
        assertTrue(Limit.HIDDEN.allows(100));
        assertFalse(Limit.HIDDEN.allows(4.5));
        assertFalse(Limit.HIDDEN.allows(101));
        assertEquals(
                "hidden units must be a whole number from 1 to 100, got 4.5",
                assertThrows(IllegalArgumentException.class, () -> Limit.HIDDEN.check(4.5))
                        .getMessage());
    }

    @Test
    void paceMayBeUnlimitedButNotBelowOneEpochAFrame() {
        assertEquals(Double.POSITIVE_INFINITY, Limit.checkPace(Double.POSITIVE_INFINITY));
        assertEquals(300, Limit.checkPace(300));
        assertThrows(IllegalArgumentException.class, () -> Limit.checkPace(10));
        assertThrows(IllegalArgumentException.class, () -> Limit.checkPace(Double.NaN));
    }

    @Test
    void settingsUseTheSameRules() {
        Settings d = Settings.defaults();
        assertEquals(
                Limit.LEARNING_RATE.message("2000"),
                assertThrows(
                                IllegalArgumentException.class,
                                () -> d.withLearningRate(2000).validate())
                        .getMessage());
        assertEquals(
                Limit.HIDDEN.message("150"),
                assertThrows(
                                IllegalArgumentException.class,
                                () -> d.withHidden(150).validate())
                        .getMessage());
    }
}
