package dev.boundarylab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher loads JavaFX from a lib folder as named modules, the configuration JavaFX supports. */
class LauncherTest {
    @TempDir
    Path lib;

    @Test
    void javafxJarsInALibFolderBecomeNamedModulesOfALayer() throws Exception {
        // The JavaFX jars of the test class path, as ./mvnw package copies them: platform jars and Maven's empty
        // placeholders side by side.
        List<Path> jars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .filter(p -> p.toString().contains("openjfx") && p.toString().endsWith(".jar"))
                .collect(Collectors.toList());
        assertTrue(jars.size() >= 3, "JavaFX jars on the test class path: " + jars);
        for (Path jar : jars) {
            Files.copy(jar, lib.resolve(jar.getFileName()));
        }
        ModuleLayer layer = Launcher.javafxLayer(lib);
        assertTrue(layer.findModule("javafx.controls").isPresent());
        Class<?> platform = Class.forName("javafx.application.Platform", false, layer.findLoader("javafx.graphics"));
        // JavaFX warns of an "unsupported configuration" unless this is its own named module.
        assertEquals("javafx.graphics", platform.getModule().getName());
    }
}
