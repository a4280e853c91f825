package dev.boundarylab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.files.FileFormatException;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Network;
import dev.boundarylab.model.Parameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layers form written and read back, the one-layer form read into it, and the one-layer reader of both. */
class ParametersJsonLayersTest {
    @TempDir
    Path dir;

    @Test
    void aNetworkOfAnyArchitectureComesBackExactly() throws IOException, FileFormatException {
        Architecture a = Architecture.seed(3)
                .with(Architecture.Setting.LAYERS, "3,2")
                .with(Architecture.Setting.FEATURES, "x1,x2,x1sq");
        Network n = Network.random(a, 5);
        Path f = dir.resolve("n.json");
        ParametersJson.write(n, f);
        ParametersJson.Layers l = ParametersJson.readLayers(f);
        assertEquals(List.of(3, 2), l.hidden());
        assertEquals(3, l.inputs());
        assertEquals(n, l.toNetwork(a));
        FileFormatException e = assertThrows(FileFormatException.class, () -> ParametersJson.read(f));
        assertTrue(e.getMessage().contains("one hidden layer on x1, x2"), e.getMessage());
    }

    @Test
    void theOneLayerFormReadsAsLayersAndTheLayersFormAsParameters() throws IOException, FileFormatException {
        Parameters p = Parameters.random(4, 2);
        Path old = dir.resolve("old.json");
        ParametersJson.write(p, old);
        assertEquals(Network.of(p), ParametersJson.readLayers(old).toNetwork(Architecture.seed(4)));
        Path layered = dir.resolve("new.json");
        ParametersJson.write(Network.of(p), layered);
        assertEquals(p, ParametersJson.read(layered));
        Files.writeString(dir.resolve("bad.json"), "{\"layers\": [{\"W\": [[1, 2]], \"b\": [0, 1]}]}");
        FileFormatException e =
                assertThrows(FileFormatException.class, () -> ParametersJson.readLayers(dir.resolve("bad.json")));
        assertTrue(e.getMessage().contains("layer 1: W has 1 rows and b 2 values"), e.getMessage());
    }
}
