package dev.boundarylab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Elementary's tanh against the JDK's and 45-digit arithmetic, over dense ranges and at the edges of the range. */
class ElementaryTest {
    private static final double[] SPECIAL = {
        0.0,
        -0.0,
        Double.MIN_VALUE,
        -Double.MIN_VALUE,
        Double.MIN_NORMAL,
        -Double.MIN_NORMAL,
        1e-300,
        -1e-300,
        1e-20,
        -1e-20,
        1e-8,
        0.625,
        -0.625,
        Math.nextDown(0.625),
        Math.nextUp(0.625),
        -Math.nextDown(0.625),
        19.0,
        19.1,
        20.0,
        22.0,
        40.0,
        354.0,
        355.0,
        709.0,
        710.0,
        1e10,
        1e300,
        Double.MAX_VALUE,
        -Double.MAX_VALUE,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        Double.NaN
    };

    @Test
    void tanhIsWithin1e15OfMathTanhOnADenseRangeAndAtTheEdges() {
        double worst = 0;
        double worstAt = 0;
        for (int k = -1_250_000; k <= 1_250_000; k++) {
            double x = k * 2e-5;
            double err = Math.abs(Elementary.tanh(x) - Math.tanh(x));
            if (err > worst) {
                worst = err;
                worstAt = x;
            }
        }
        Random r = new Random(11);
        for (int k = 0; k < 200_000; k++) {
            double x = r.nextGaussian() * 10;
            double err = Math.abs(Elementary.tanh(x) - Math.tanh(x));
            if (err > worst) {
                worst = err;
                worstAt = x;
            }
        }
        assertTrue(worst <= 1e-15, "max |tanh - Math.tanh| = " + worst + " at x = " + worstAt);
        for (double x : SPECIAL) {
            double expected = Math.tanh(x);
            double actual = Elementary.tanh(x);
            if (Double.isNaN(expected)) {
                assertTrue(Double.isNaN(actual), "tanh(NaN)");
            } else {
                assertEquals(expected, actual, 1e-15, "tanh(" + x + ")");
            }
        }
    }

    @Test
    void tanhOfSmallArgumentsHasASmallRelativeError() {
        double worst = 0;
        double worstAt = 0;
        // Geometric sweep from subnormals to the end of the rational range, and its mirror image.
        for (double x = Double.MIN_VALUE; x < 0.625; x = x * 1.001 + Double.MIN_VALUE) {
            for (double v : new double[] {x, -x}) {
                double rel = Math.abs(Elementary.tanh(v) - Math.tanh(v)) / Math.abs(Math.tanh(v));
                if (rel > worst) {
                    worst = rel;
                    worstAt = v;
                }
            }
        }
        // 1e-15 of ours plus Math.tanh's own error (up to one unit in the last place, 2.2e-16 relative).
        assertTrue(worst <= 1.25e-15, "max relative error " + worst + " at x = " + worstAt);
        assertEquals(Double.MIN_VALUE, Elementary.tanh(Double.MIN_VALUE));
        assertEquals(1e-300, Elementary.tanh(1e-300), Math.ulp(1e-300));
    }

    @Test
    void tanhKeepsTheSignOfZeroAndIsOdd() {
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Elementary.tanh(-0.0)));
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(Elementary.tanh(0.0)));
        // Clamped at +-19.1, where the doubling form must give exactly +-1, as must everything beyond.
        for (double x : new double[] {19.1, Math.nextUp(19.1), 19.5, 25.0, 700.0, 1e300, Double.MAX_VALUE}) {
            assertEquals(1.0, Elementary.tanh(x), "tanh(" + x + ")");
            assertEquals(-1.0, Elementary.tanh(-x), "tanh(" + -x + ")");
        }
        assertEquals(1.0, Elementary.tanh(Double.POSITIVE_INFINITY));
        assertEquals(-1.0, Elementary.tanh(Double.NEGATIVE_INFINITY));
        assertTrue(Double.isNaN(Elementary.tanh(Double.NaN)));
        Random r = new Random(5);
        for (int k = 0; k < 100_000; k++) {
            double x = r.nextGaussian() * 5;
            assertEquals(-Elementary.tanh(x), Elementary.tanh(-x), "tanh(-x) at " + x);
        }
    }

    @Test
    void tanhIsWithin6e16AbsoluteAnd1e15RelativeOfA45DigitReference() {
        Random r = new Random(17);
        double worst = 0;
        double worstAt = 0;
        double worstRelative = 0;
        double worstRelativeAt = 0;
        for (int k = 0; k < 6000; k++) {
            double x = r.nextGaussian() * (k % 2 == 0 ? 0.5 : 6);
            BigDecimal e2x = exactExp(new BigDecimal(x).multiply(BigDecimal.valueOf(2)));
            double expected = e2x.subtract(BigDecimal.ONE)
                    .divide(e2x.add(BigDecimal.ONE), MC)
                    .doubleValue();
            double err = Math.abs(Elementary.tanh(x) - expected);
            if (err > worst) {
                worst = err;
                worstAt = x;
            }
            if (err / Math.abs(expected) > worstRelative) {
                worstRelative = err / Math.abs(expected);
                worstRelativeAt = x;
            }
        }
        assertTrue(worst <= 6e-16, "max |tanh - exact| = " + worst + " at x = " + worstAt);
        assertTrue(
                worstRelative <= 1e-15,
                "max |tanh - exact| / |exact| = " + worstRelative + " at x = " + worstRelativeAt);
    }

    private static final MathContext MC = new MathContext(45);
    private static final BigDecimal LN2 = new BigDecimal("0.693147180559945309417232121458176568075500134360255");

    /** e^x to 45 digits: x = k ln2 + r with |r| <= ln2/2, then 2^k times the Taylor series of e^r. */
    private static BigDecimal exactExp(BigDecimal x) {
        BigDecimal k = x.divide(LN2, MC).setScale(0, RoundingMode.HALF_EVEN);
        BigDecimal rest = x.subtract(k.multiply(LN2, MC), MC);
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int n = 1; n < 36; n++) {
            term = term.multiply(rest, MC).divide(BigDecimal.valueOf(n), MC);
            sum = sum.add(term, MC);
        }
        int ki = k.intValueExact();
        BigDecimal power = BigDecimal.valueOf(2).pow(Math.abs(ki), MC);
        return ki >= 0 ? sum.multiply(power, MC) : sum.divide(power, MC);
    }
}
