package dev.boundarylab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.render.FigureRenderer;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code java -jar boundary-lab.jar train --png} through the real entry point in a fresh JVM, as on a server:
 * with no DISPLAY at all, and with a DISPLAY naming an X server that is not there.
 */
class HeadlessLaunchTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"", ":97"})
    void trainWritesItsFigureWithoutAScreen(String display) throws Exception {
        Path png = dir.resolve("figure.png");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // No java.awt.headless here: the launcher must manage without being told.
        ProcessBuilder pb = new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "dev.boundarylab.Launcher",
                "train",
                "--epochs",
                "20",
                "--png",
                png.toString(),
                "--scale",
                "2");
        pb.environment().remove("DISPLAY");
        if (!display.isEmpty()) {
            pb.environment().put("DISPLAY", display);
        }
        pb.redirectErrorStream(true);
        Path log = dir.resolve("output.txt");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run ends");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("final cost"), output);
        BufferedImage img = ImageIO.read(png.toFile());
        assertNotNull(img);
        assertEquals(new FigureRenderer(2).figureSize().width, img.getWidth());
        assertEquals(
                List.of("figure.png", "output.txt"),
                List.of(dir.toFile().list()).stream().sorted().toList());
    }
}
