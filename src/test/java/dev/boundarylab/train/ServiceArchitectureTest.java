package dev.boundarylab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.data.DatasetKind;
import dev.boundarylab.model.Activation;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Architecture.Setting;
import dev.boundarylab.model.Network;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service trains any architecture: a change restarts the network from the init seed, the rate stays live. */
class ServiceArchitectureTest {
    private static final Dataset DATA = DatasetKind.GAUSSIAN_QUANTILES.generate(200, 3);

    @Test
    void aNewArchitectureStartsOverFromTheInitSeedAsTheCommandLineDrawsIt() throws Exception {
        Architecture deep = Architecture.defaults()
                .with(Setting.LAYERS, "8,8")
                .with(Setting.ACTIVATION, "relu")
                .with(Setting.L2, "0.1");
        try (TrainingService service = new TrainingService(() -> DATA, 4, 2, 1.2, Double.POSITIVE_INFINITY, null)) {
            DivergenceTest.await(service, t -> true, "the first snapshot");
            service.step(50);
            DivergenceTest.await(service, t -> t.epoch() == 50, "50 epochs");
            service.setLearningRate(0.3);
            service.setArchitecture(deep);
            TrainingSnapshot s = DivergenceTest.await(
                    service, t -> t.architecture().equals(deep) && t.epoch() == 0, "the deep network at epoch 0");
            assertEquals(Network.random(deep, 2), s.initialNetwork(), "the command line's draw, init seed 2");
            assertEquals(List.of(8, 8), s.network().architecture().layers());
            assertEquals(Activation.RELU, s.architecture().activation());
            assertEquals(0.3, s.learningRate(), "the rate stays as set");
            assertEquals(8, s.hidden());
            service.step(20);
            s = DivergenceTest.await(service, t -> t.epoch() == 20, "20 epochs of the deep network");
            Trainer alone = new Trainer(DATA, Network.random(deep, 2), 0.3);
            alone.run(20, null);
            assertEquals(alone.network(), s.network(), "the service trains as a Trainer does");
            assertThrows(IllegalStateException.class, s::parameters, "no seed form");
            service.setHidden(5);
            s = DivergenceTest.await(
                    service, t -> t.architecture().layers().equals(List.of(5, 8)), "the first layer of 5");
            assertEquals(0, s.epoch());
            assertEquals(Activation.RELU, s.architecture().activation(), "the rest kept");
        }
    }

    @Test
    void settingsOutsideTheirLimitsAreRefusedWithTheLimitsMessage() throws Exception {
        try (TrainingService service = new TrainingService(() -> DATA, 4, 2, 1.2, Double.POSITIVE_INFINITY, null)) {
            Architecture seven = Architecture.defaults().with(Setting.LAYERS, "2,2,2,2,2,2,2");
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> service.setArchitecture(seven));
            assertTrue(e.getMessage().contains(Limit.LAYERS.range()), e.getMessage());
            Architecture wide = Architecture.defaults().with(Setting.LAYERS, "4,101");
            assertThrows(IllegalArgumentException.class, () -> service.setArchitecture(wide));
        }
    }
}
