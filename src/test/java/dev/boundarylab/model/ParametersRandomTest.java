package dev.boundarylab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The seed's initial draw is numpy's: the expected values were printed by numpy 2.x,
 * {@code np.random.seed(s); np.random.randn(h, 2) * 0.01; np.random.randn(1, h) * 0.01}. A normal value passes
 * through a logarithm (the C library's in numpy, {@link StrictMath#log} here), so it may differ in the last bit or
 * two.
 */
class ParametersRandomTest {
    @Test
    void initSeed2IsTheCourseNotebooksFirstDraw() {
        assertDraw(
                Parameters.random(4, 2),
                new double[][] {
                    {-0.004167578474054706, -0.0005626682722632948},
                    {-0.02136196095668454, 0.016402708084049887},
                    {-0.017934355851948632, -0.00841747365656204},
                    {0.005028814171580428, -0.012452880866072316}
                },
                new double[] {-0.010579522188623389, -0.009090076149268494, 0.005514540445464244, 0.022922080128149575
                });
    }

    @Test
    void anotherSeedAndSizeDrawsW1ThenW2RowByRow() {
        assertDraw(
                Parameters.random(3, 7),
                new double[][] {
                    {0.016905257038003562, -0.004659373705408328},
                    {0.000328201636785844, 0.004075162829965079},
                    {-0.007889230286257386, 2.0655729059481302e-05}
                },
                new double[] {-8.903858579313629e-06, -0.017547243063454208, 0.010176580056634932});
    }

    private static void assertDraw(Parameters p, double[][] w1, double[] w2) {
        for (int j = 0; j < w1.length; j++) {
            assertEquals(w1[j][0], p.w1(j, 0), 4 * Math.ulp(w1[j][0]));
            assertEquals(w1[j][1], p.w1(j, 1), 4 * Math.ulp(w1[j][1]));
            assertEquals(w2[j], p.w2(j), 4 * Math.ulp(w2[j]));
            assertEquals(0.0, p.b1(j), 0.0);
        }
        assertEquals(0.0, p.b2(), 0.0);
    }
}
