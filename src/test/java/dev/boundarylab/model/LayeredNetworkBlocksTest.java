package dev.boundarylab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.data.DatasetKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The general engine on more points than one block: 6,000 points are two stripes of 3,000, each eleven blocks of
 * 256 and one of 184, whose sums are kept in lanes (set by a stripe's first block, added to by the others) or, for
 * a layer of more than {@value LayeredPass#LANE_WEIGHTS} weights, summed by dot products. The step is checked
 * against finite differences of the cost, and the cost against a sum over the points of the network's logits.
 */
class LayeredNetworkBlocksTest {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"'8,8', relu", "'20,20', tanh", "'3', sigmoid"})
    void aStepOverManyBlocksAndTwoStripesIsMinusTheRateTimesTheFiniteDifferenceGradient(String layers, String g) {
        Dataset data = DatasetKind.GAUSSIAN_QUANTILES.generate(6000, 1);
        Architecture a = Architecture.defaults()
                .with(Architecture.Setting.LAYERS, layers)
                .with(Architecture.Setting.ACTIVATION, g)
                .with(Architecture.Setting.INIT_SCALE, "xavier");
        LayeredNetwork net = new LayeredNetwork(Network.random(a, 3), data);
        // The cost as a plain sum over the points, beside the engine's lanes and logs.
        double[] z = new double[data.size()];
        net.network().logits(data.x1(), data.x2(), data.size(), z);
        double direct = 0;
        for (int i = 0; i < z.length; i++) {
            direct += Loss.crossEntropy(z[i], data.labels()[i]);
        }
        assertEquals(direct / z.length, net.cost(), 1e-13, "J");

        double worst = StepGradient.worstError(net);
        assertTrue(worst < 1e-5, "worst relative gradient error " + worst);
    }
}
